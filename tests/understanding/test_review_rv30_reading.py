"""The second review at the merge (rv30, thirtieth session): what it found in the readers, mended."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


@pytest.mark.parametrize("state, line", [
    ("red_flags", "1, it went away, fine now"),
    ("red_flags", "3 ok now"),
    ("red_flags", "4 thats from the copd"),
    ("red_flags", "5, thats from the chemo"),
    ("red_flags", "1, but not so much"),
    ("red_flags_child", "1 fine now"),
])
def test_a_danger_sign_picked_then_explained_still_gets_the_emergency_advice(state, line):
    # the emergency turn says "Call even if the signs go away"; an extra question there had no emergency number
    engine = prepare(state, "caregiver")
    turn = engine.respond(line)
    assert engine.state == "urgent_care" and turn.urgent and "911" in turn.text


@pytest.mark.parametrize("line", ["no 2 and 4", "2 and 3 off the list"])
def test_words_that_take_items_off_the_order_are_not_read_as_a_yaml_false(line):
    engine = prepare("questions_order", "caregiver")
    turn = engine.respond(line)
    assert "In which order" not in turn.text
