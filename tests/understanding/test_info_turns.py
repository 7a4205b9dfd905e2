"""A line typed at a turn that only tells ("Press Enter to go on."): "ok" goes on, a question gets
a reply and the same turn, anything else goes on and is kept as a note for the plan."""

from __future__ import annotations

import pytest

from assistant import paths, yaml_cache
from assistant.understanding import info_turns
from assistant.understanding.lexicon import LexiconError
from benchmarks.understanding import prepare


def answer(state: str, line: str):
    engine = prepare(state, "patient")
    return engine, engine.respond(line)


@pytest.mark.parametrize("line", ["", "ok", "Okay, thanks!", "got it", "next", "makes sense, go on", "cool thx"])
@pytest.mark.parametrize("state", ["timing", "specialist"])
def test_go_on_words_go_on_and_keep_nothing(state, line):
    engine, turn = answer(state, line)
    assert turn.state != state
    assert not (engine.slots.get("answer_notes") or {}).get(state)


@pytest.mark.parametrize("line", ["what does that mean", "can I bring my sister along", "how long do the results take?",
                                  "is it ok to wait till after christmas"])
def test_a_question_gets_a_reply_and_the_same_turn(line):
    engine, turn = answer("timing", line)
    assert turn.state == "timing" and turn.kind in ("reply", "why", "help")
    assert not (engine.slots.get("answer_notes") or {}).get("timing")


def test_a_question_with_nothing_to_say_is_told_so_not_asked_to_answer():
    _, turn = answer("specialist", "what does that mean")
    assert "nothing to answer" not in turn.text and "Type a few words" not in turn.text
    assert "press Enter to go on" in turn.text


@pytest.mark.parametrize("line", ["he has a stress test on the 14th", "My daughter will drive me there",
                                  "we already saw a surgeon at the university"])
def test_anything_else_goes_on_and_is_kept_for_the_plan(line):
    engine, turn = answer("timing", line)
    assert turn.state == "specialist_focus"
    assert engine.slots["answer_notes"]["timing"] == line
    assert f'I kept your note "{line}"' in turn.text


def test_the_kept_note_is_in_the_written_plan():
    engine, _ = answer("timing", "he has a stress test on the 14th")
    engine.machine.set_state("summary", model=engine.model)
    assert "About timing: He has a stress test on the 14th" in engine._ask().text  # with a capital in the plan (u24b)


@pytest.fixture
def go_on_file(tmp_path, monkeypatch):
    """Write dialogues/info_turns.yaml in a folder of its own; the cached words are dropped before and after."""
    monkeypatch.setattr(paths, "dialogues_dir", lambda: tmp_path)
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    info_turns.go_on_words.cache_clear()
    yield lambda text: (tmp_path / "info_turns.yaml").write_text(text, encoding="utf-8")
    info_turns.go_on_words.cache_clear()


def test_a_broken_go_on_file_names_itself(go_on_file):
    go_on_file("go_on: ok\n")  # not a list
    with pytest.raises(LexiconError, match=r"^dialogues/info_turns\.yaml: needs a list 'go_on'"):
        info_turns.go_on_words()


def test_a_word_yaml_reads_as_a_boolean_is_refused_by_name(go_on_file):
    go_on_file("go_on: [ok, on, next]\n")  # bare on: a boolean
    with pytest.raises(LexiconError, match=r"^dialogues/info_turns\.yaml: go_on holds True, not a word; put words like on"):
        info_turns.go_on_words()


@pytest.mark.parametrize("line", ["2", "3, 4", " 5 "])
def test_a_number_typed_where_nothing_is_listed_is_not_kept_as_a_note(line):
    """ut15b: "2" typed at "Press Enter to go on" (meant for the next list) became a plan note "2"."""
    engine, turn = answer("timing", line)
    assert turn.state == "timing"
    assert "nothing to pick" in turn.text and "Press Enter to go on" in turn.text
    assert not (engine.slots.get("answer_notes") or {}).get("timing")


@pytest.mark.parametrize("line", ["1", "1."])
def test_one_is_the_continue_choice_and_goes_on(line):
    engine, turn = answer("timing", line)
    assert turn.state == "specialist_focus"
    assert not (engine.slots.get("answer_notes") or {}).get("timing")


@pytest.mark.parametrize("line", ["he has 2 tests on the 14th", "2 weeks off work after"])
def test_a_line_with_a_number_and_words_is_still_a_note(line):
    engine, turn = answer("timing", line)
    assert turn.state == "specialist_focus"
    assert engine.slots["answer_notes"]["timing"] == line
