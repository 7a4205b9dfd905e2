""" "Same as before" at the second SURE test (summary_sure): alone it is asked (which answer was it?); beside the
picks typed it only says so (a terminal walk, 2026-12-06: "same like before, only 2" asked what "same like before"
meant, and Enter after that said "I did not get an answer")."""

import pytest

from .reading_support import picks, reading, stored


@pytest.mark.parametrize("line", ["same like before, only 2", "only 2, same as before", "2, nothing changed", "same as last time, 2"])
def test_the_picks_typed_beside_same_as_before_are_the_answer(line):
    assert picks("summary_sure", line) == {"understand"}


@pytest.mark.parametrize("line", ["same as before", "same like before", "nothing changed"])
def test_same_as_before_alone_is_asked_never_none(line):
    result = reading("summary_sure", line)
    assert not stored(result)


def test_a_doubt_beside_it_is_still_asked():
    result = reading("summary_sure", "2 and maybe 3, same as before")
    assert not stored(result) and result.value == ["understand"]


def test_enter_after_a_partly_understood_answer_keeps_what_was_understood():
    # "I got 2. What did you mean by ...? Type more choices, or 'that's all'": Enter alone is "that's all"
    from benchmarks.understanding import prepare

    engine = prepare("summary_sure", "patient")
    assert engine.respond("2 and the thing about my cousin").kind == "reask"
    engine.respond("")
    assert engine.slots["sure_after"] == ["understand"]
    assert engine.state != "summary_sure"


def test_enter_after_too_few_picks_still_asks_for_more():
    from benchmarks.understanding import prepare

    engine = prepare("questions", "patient")
    engine.respond("3, 5 and the one about stroke")
    turn = engine.respond("")
    assert engine.state == "questions" and turn.kind == "reask"


def test_enter_at_the_danger_list_never_settles_a_partly_understood_answer():
    # at the safety question Enter alone does not finish a partly understood answer: it is asked again, plainly
    # (it once read 'What did you mean by ""?')
    from benchmarks.understanding import prepare

    engine = prepare("red_flags", "patient")
    assert engine.respond("none of those, but something else is off").kind == "reask"
    turn = engine.respond("")
    assert engine.state == "red_flags" and turn.kind == "reask"
    assert '""' not in turn.text and "I did not get an answer." in turn.text
