"""The danger signs for a child name the baby-only signs (wet diapers, a soft spot, a fever under
3 months) only when the child is a baby; a teenager's parent, or a teen typing for themself, sees
the signs without them, and the answers that name them are still read."""

from __future__ import annotations

import pytest

from assistant.engine import Engine

TO_SIGNS = ["a surgeon wants to operate", "2", "1", "yes", "yes", "yes", "yes", "1", "1"]
BABY_PARTS = ("wet diapers", "soft spot", "under 3 months")


def at_child_danger_signs(*opening: str) -> Engine:
    engine = Engine()
    engine.start()
    turn = None
    for line in [*opening, *TO_SIGNS]:
        turn = engine.respond(line)
        if turn.state == "red_flags_child":
            return engine, turn
    raise AssertionError(f"never reached the child danger signs; at {turn.state}")


@pytest.mark.parametrize("opening", [["2", "my son, he is 15", "Whether he should have his appendix out"],
                                     ["2", "my daughter", "2", "Whether she should have her tonsils out"],
                                     ["2", "my boy, hes 8", "whether he needs knee surgery"]])
def test_a_child_or_teen_sees_the_danger_signs_without_the_baby_only_parts(opening):
    _, turn = at_child_danger_signs(*opening)
    shown = " ".join(turn.choices) + turn.text
    assert "Not drinking, or not peeing" in turn.choices
    assert "A fever with a stiff neck or a rash that does not fade" in turn.choices
    assert not any(part in shown for part in BABY_PARTS)


def test_a_baby_sees_the_baby_only_signs():
    _, turn = at_child_danger_signs("2", "my baby girl", "Whether she should have surgery for her hip")
    shown = " ".join(turn.choices)
    assert all(part in shown for part in BABY_PARTS)


def test_a_teen_whose_parent_names_a_baby_sign_is_still_read_as_that_sign():
    engine, _ = at_child_danger_signs("2", "my son, he is 15", "Whether he should have his appendix out")
    turn = engine.respond("he hasnt peed since yesterday and wont drink")
    assert turn.state == "urgent_care"
