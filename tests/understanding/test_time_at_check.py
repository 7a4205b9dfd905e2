"""A time typed at "Is that the decision?" is not the decision (tried in the window, 2026-12-05: "its
for my husband, he is 71 and they want to do a bypass on his heart", then "in 3 weeks i think" at the
check, stored "in 3 weeks" as the decision and asked "By when?" again)."""

from __future__ import annotations

import pytest

from support import talk

FIRST = "im the patient, my surgeon wants me to have a knee replacement"


@pytest.mark.parametrize("said, kept", [("in 3 weeks i think", "in 3 weeks"), ("within 2 weeks", "within 2 weeks"),
                                        ("next month prob", "next month"), ("by jan 10", "by jan 10"),
                                        ("surgery is booked for jan 20", "jan 20")])
def test_a_time_at_the_decision_check_keeps_the_check_and_holds_the_time(said, kept):
    engine, turns = talk([FIRST, said])
    turn = turns[-1]
    assert turn.state == "decision_what" and turn.kind == "confirm"
    assert f'I kept "{kept}"' in turn.text and "Is that the decision?" in turn.text
    assert "decision" not in engine.slots  # neither the time nor the offer stored unasked


def test_after_yes_the_time_is_offered_back_at_the_deadline_question():
    engine, turns = talk([FIRST, "in 3 weeks i think", "yes"])
    assert "knee replacement" in engine.slots["decision"]
    turn = turns[-1]
    while turn.state != "decision_when":
        turn = engine.respond("skip")
    assert turn.kind == "confirm" and '"in 3 weeks"' in turn.text and "Within a few weeks" in turn.text
    engine.respond("yes")
    assert engine.slots["deadline"] == "weeks"


def test_no_after_a_held_time_asks_for_the_decision_in_own_words():
    engine, turns = talk([FIRST, "in 3 weeks i think", "no"])
    assert turns[-1].state == "decision_what" and "Type it in your own words" in turns[-1].text
    engine.respond("whether to try injections first")
    assert engine.slots["decision"] == "whether to try injections first"


@pytest.mark.parametrize("said", ["whether to have the surgery in january or wait till spring",
                                  "whether to do the surgery in 3 weeks or wait"])
def test_a_decision_that_names_a_time_is_still_the_new_decision(said):
    engine, _ = talk([FIRST, said])
    assert engine.slots["decision"] == said
