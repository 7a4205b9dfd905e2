"""A need for an interpreter told beside the answer (a 14-year-old typing for his mother, walk of 2026-12-07): the
guides' reply (a trained interpreter is better than family for a big choice), and the answer in the same line kept."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


@pytest.mark.parametrize("line", [
    "im 14 and my mom told me to do this for her she doesnt read english good",
    "for my mother she only speaks spanish",
    "for my dad, he dont speak english well",
])
def test_the_answer_is_kept_beside_the_interpreter_reply(line):
    engine = prepare("welcome", None)
    turn = engine.respond(line)
    assert engine.slots.get("role") == "caregiver" and engine.state != "welcome"
    assert "trained medical interpreter" in turn.text and "better than family" in turn.text


@pytest.mark.parametrize("line", ["she reads english fine and its for her", "for my mom"])
def test_no_need_told_no_interpreter_reply(line):
    engine = prepare("welcome", None)
    turn = engine.respond(line)
    assert "interpreter" not in turn.text
