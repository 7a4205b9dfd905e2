"""A part said beside the picks that the question does not list (beside_parts.py, dialogues/beside_parts.yaml, helper
u25b): at "Where do the two opinions differ?", how a doctor spoke, the price or the distance said beside a listed
part. The listed part is kept, only the other part is asked about, nothing is stored until the person says more; the
clear answers of the same question are still stored at once."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

STATE = "compare_differs"


def _turn(line):
    e = prepare(STATE, "patient")
    return e, e.respond(line)


@pytest.mark.parametrize("line, kept, part", [
    ("what to do, and honestly one of them was much kinder", ["treatment"], "honestly one of them was much kinder"),
    ("the plan n the second one was rude to my dad", ["treatment"], "the second one was rude to my dad"),
    ("how soon + the price is way different", ["urgency"], "the price is way different"),
    ("the treatment. also one clinic is closer to home for us", ["treatment"], "one clinic is closer to home for us"),
    ("timing and the plan, and the first place costs way more", ["urgency", "treatment"], "the first place costs way more"),
    ("the plan, plus the bedside manner was night and day", ["treatment"], "the bedside manner was night and day"),
    ("the cost and the plan", ["treatment"], "the cost"),
])
def test_listed_part_kept_and_only_the_other_part_asked(line, kept, part):
    e, turn = _turn(line)
    assert e.state == STATE and e.slots.get("compare_differs") is None  # nothing stored yet
    assert e.pending is not None and e.pending.kind == "partial" and set(e.pending.reading.value) == set(kept)
    assert f'You also said "{part}"' in turn.text and "not one of the parts listed here" in turn.text
    assert turn.text.startswith("I got ")


def test_thats_all_after_it_stores_the_kept_part_only():
    e, _ = _turn("the plan, n the second one was rude to my dad")
    e.respond("that's all")
    assert e.slots.get("compare_differs") == ["treatment"] and e.state != STATE


def test_a_part_added_after_it_joins_the_kept_part():
    e, _ = _turn("how soon + the price is way different")
    e.respond("and the plan")
    assert set(e.slots.get("compare_differs")) == {"urgency", "treatment"}


@pytest.mark.parametrize("line, want", [
    ("the plan, one says operate, the other says wait", ["treatment"]),
    ("how soon and the plan, the first one was in a hurry", ["urgency", "treatment"]),
    ("the stage, one said 2 and one said 3", ["stage"]),
    ("the diagnosis and the plan", ["diagnosis", "treatment"]),
    ("2 and 4", None),
])
def test_clear_answers_of_the_same_question_are_stored_at_once(line, want):
    e, turn = _turn(line)
    stored = e.slots.get("compare_differs")
    assert stored is not None and e.state != STATE, turn.text
    if want:
        assert set(stored) == set(want)


def test_only_the_part_alone_is_not_kept_as_a_pick():
    e, turn = _turn("the price is very different")
    assert e.slots.get("compare_differs") is None and e.state == STATE


# --- fit_alternatives: the reason why a step would help, kept as a note (note: true) ---

def _fit(line):
    e = prepare("fit_alternatives", "patient")
    return e, e.respond(line)


def _fit_stored(e):
    return e.slots.get(e.flow.state("fit_alternatives").slot)


@pytest.mark.parametrize("line, want, note", [
    ("the written plan, my english is weak, I read slowly", ["written_plan"], "My english is weak, I read slowly"),
    ("the nurse navigator, plus the plan in writing, i read slowly", ["advocate", "written_plan"], "I read slowly"),
    ("a written plan pls. our english not great, i read with my daughter", ["written_plan"],
     "Our english not great, i read with my daughter"),
])
def test_a_reason_beside_the_picks_is_kept_as_a_note_and_the_picks_stored(line, want, note):
    e, turn = _fit(line)
    assert set(_fit_stored(e)) == set(want) and e.state != "fit_alternatives"
    assert e.slots["answer_notes"]["fit_alternatives"] == note
    assert f'kept your note "{note}"' in turn.text


@pytest.mark.parametrize("line", [
    "the written plan, my english not great, maybe an interpreter",
    "a visit to explain, english is hard for me, or perhaps the written plan",
])
def test_a_doubt_or_an_interpreter_beside_it_is_never_made_a_note_by_this_rule(line):
    # the interpreter is answered by the language rule (language_help.py), the doubt asked: never a bare note
    e, turn = _fit(line)
    assert "interpreter" in turn.text or (e.pending is not None and e.pending.kind == "partial")


@pytest.mark.parametrize("line, want", [
    ("the written plan", ["written_plan"]),
    ("1 and 2", ["structured_followup", "written_plan"]),
    ("a nurse navigator and a second read of the scan", ["advocate", "targeted_review"]),
])
def test_clear_answers_at_the_same_question_still_stored_at_once(line, want):
    e, _ = _fit(line)
    assert set(_fit_stored(e)) == set(want) and e.state != "fit_alternatives"
