"""Pick-several answers with an unclear part (helper u23b): every clearly said pick kept, the unclear part asked about
by quoting it whole, never dropped silently. Wordings of our own, not the corpus lines, and look-alikes that must keep
their reading."""

from __future__ import annotations

import pytest

from assistant.understanding import UNCLEAR
from benchmarks.understanding import prepare

from .reading_support import reading


def turn(state: str, line: str):
    engine = prepare(state, "patient")
    return engine, engine.respond(line)


# --- a danger sign said with a doubt beside a plain one: the advice at once, the doubted sign named back ------------

@pytest.mark.parametrize("state, line, kept, quoted, named", [
    ("red_flags", "3, not sure about 5", {"heart_attack"}, "not sure about 5", "Sudden loss of sight"),
    ("red_flags", "1 and 3, unsure about 4", {"stroke", "heart_attack"}, "unsure about 4", "Very short of breath at rest"),
    ("red_flags", "3, not sure if 5 counts", {"heart_attack"}, "not sure if 5 counts", "Sudden loss of sight"),
    ("red_flags", "3, 5, not sure if that counts", {"heart_attack"}, "5 not sure if that counts", "Sudden loss of sight"),
    ("red_flags_child", "2, not sure about 4", {"unconscious"}, "not sure about 4", "A fever with a stiff neck"),
])
def test_a_doubted_sign_is_named_back_beside_the_emergency_advice(state, line, kept, quoted, named):
    engine, said = turn(state, line)
    assert engine.state == "urgent_care" and said.urgent and set(engine.slots["red_flags"]) == kept
    assert f'You also said "{quoted}"' in said.text and named in said.text and "tell them that too" in said.text
    assert "Call 911 now" in said.text and "questions_added" not in engine.slots  # the advice itself, no question for the doctor


@pytest.mark.parametrize("line", ["3", "1 and 3", "3, and it started an hour ago"])
def test_a_sign_said_plainly_alone_is_not_said_back_as_doubted(line):
    engine, said = turn("red_flags", line)
    assert engine.state == "urgent_care" and said.urgent and "You also said" not in said.text


def test_a_doubt_alone_keeps_the_direct_check_reply():
    engine, said = turn("red_flags", "not sure about 5")
    assert said.kind == "reply" and "call a doctor or nurse now" in said.text and not engine.slots.get("red_flags")


# --- a choice's own words split by "and" are quoted whole ("the pros and cons of ...") -----------------------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("summary_sure", "1, i kinda know the pros and cons of surgery vs brace", ["sure"],
     "i kinda know the pros and cons of surgery vs brace"),
    ("decision_sure", "4, sort of know the pros and cons of each", ["support"], "sort of know the pros and cons of each"),
    ("summary_sure", "i kinda know the pros and cons, and i have support", ["support"], "i kinda know the pros and cons"),
])
def test_a_partly_known_choice_is_quoted_whole(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value == kept
    said = result.unclear.replace(" and ", " ").split()  # (the left-over words of a line may lose the joining "and")
    assert said == quoted.replace(" and ", " ").split()  # the whole part, not "i kinda know the pros" alone


@pytest.mark.parametrize("state, line, kept", [
    ("decision_sure", "i know the pros and cons and i have support", {"understand", "support"}),
    ("summary_sure", "1 and 2", {"sure", "understand"}),
])
def test_plainly_known_pros_and_cons_are_kept(state, line, kept):
    result = reading(state, line)
    assert result.certainty != UNCLEAR and set(result.value) == kept


# --- plain picks, then "maybe X?": the "?" is the hedge said aloud, not a question to the assistant ------------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("logistics_insurer", "the form, maybe the deadline?", ["form"], "maybe the deadline"),
    ("logistics_insurer", "the list, and maybe the form?", ["approved_list"], "maybe the form"),
    ("fit_alternatives", "2, maybe the patient advocate?", ["written_plan"], "maybe the patient advocate"),
    ("fit_alternatives", "the written plan, perhaps a nurse navigator?", ["written_plan"], "perhaps a nurse navigator"),
])
def test_a_hedged_last_pick_with_a_question_mark_keeps_the_plain_picks(state, line, kept, quoted):
    engine, said = turn(state, line)
    assert said.kind == "reask" and engine.pending is not None and engine.pending.kind == "partial"
    assert engine.pending.reading.value == kept and f'You said "{quoted}"' in said.text
    assert "I cannot answer that" not in said.text and "questions_added" not in engine.slots


@pytest.mark.parametrize("state, line", [
    ("logistics_insurer", "the form, maybe the deadline, what is that?"),  # a question asked after the hedge
    ("logistics_insurer", "maybe the deadline?"),  # the hedge alone: no plain pick to keep
    ("logistics_insurer", "what is the deadline?"),
])
def test_a_real_question_is_still_answered(state, line):
    engine, said = turn(state, line)
    assert said.kind == "reply" and not engine.slots.get("insurer_needs")


# --- one item questioned and hedged at the SURE tests: the plain items kept, the questioned one asked ---------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("summary_sure", "I have support. sure? kinda", ["support"], "sure? kinda"),
    ("decision_sure", "2 and 4. 1? sort of", ["understand", "support"], "1? sort of"),
    ("summary_sure", "support yes, the values one... maybe?", ["support"], "the values one... maybe?"),
    ("decision_sure", "i get the pros and cons now. sure? kinda??", ["understand"], "sure? kinda??"),
])
def test_a_questioned_item_is_asked_and_the_plain_ones_kept(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value == kept and result.unclear == quoted
    engine, said = turn(state, line)
    assert not engine.slots.get("sure_before") and not engine.slots.get("sure_after") and "I got" in said.text


@pytest.mark.parametrize("state, line, offered", [
    ("decision_sure", "I understand it and I have support. I think.", {"understand", "support"}),  # the hedge covers all
    ("decision_sure", "2 and 4? kinda", {"understand", "support"}),
    ("summary_sure", "1 and 2... maybe?", {"sure", "understand"}),
])
def test_a_hedge_on_the_whole_answer_is_still_offered_back(state, line, offered):
    engine, said = turn(state, line)
    assert said.kind == "confirm" and set(engine.pending.reading.value) == offered


# --- plain picks, then one more only on a condition: the plain picks kept, the conditioned part asked --------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("signs", "1 and 2, and 6 if you count the pills that didnt work", ["serious_diagnosis", "major_procedure"],
     "6 if you count the pills that didnt work"),
    ("compare_differs", "the plan, and the stage if you count the size", ["treatment"], "the stage if you count the size"),
    ("records", "scans and labs, and the biopsy if that counts", ["imaging", "labs"], "the biopsy if that counts"),
    ("signs", "1, 2 and 6 unless you count the physio", ["serious_diagnosis", "major_procedure"], "6 unless you count the physio"),
])
def test_a_pick_named_only_on_a_condition_is_asked_and_the_plain_ones_kept(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value == kept and result.unclear == quoted
    engine, said = turn(state, line)
    assert engine.pending is not None and engine.pending.kind == "partial" and f'"{quoted}"' in said.text


@pytest.mark.parametrize("state, line", [
    ("signs_more", "several health problems if you count the asthma"),  # the condition in the only part: asked whole
    ("signs_more", "none really, unless you count her asthma"),  # "none" first: never kept beside a pick
])
def test_a_condition_on_the_whole_answer_keeps_nothing(state, line):
    engine, said = turn(state, line)
    assert said.kind == "reask" and not engine.slots.get("signs_more")
    assert engine.pending is None or "none" not in (engine.pending.reading.value or [])


# --- picks, then a question of one's own "what about ...": the picks kept and the question added ------------------

def test_picks_then_what_about_something_else_keep_the_picks_and_the_question():
    engine, said = turn("questions", "2, 4 and what about his other meds?")
    assert engine.pending is not None and engine.pending.reading.value == ["q2", "q4"]
    assert "What about his other meds?" in said.text and "Choice 2 is" not in said.text


@pytest.mark.parametrize("state, line", [("questions", "what about 2?"), ("signs", "4, what about it?"), ("signs", "what is 4 about?")])
def test_asking_about_a_numbered_choice_is_still_answered(state, line):
    engine, said = turn(state, line)
    assert said.kind == "reply" and "Choice" in said.text


def test_a_question_of_ones_own_after_picks_is_never_read_as_a_listed_question():
    engine, said = turn("questions", "1, 3, 5 and whether he can still drive")
    assert "q4" not in (engine.slots.get("questions_picked") or []) and said.kind != "confirm"
    assert engine.pending is None or "q4" not in (engine.pending.reading.value or [])
    assert "whether he can still drive" in said.text.lower()


@pytest.mark.parametrize("line, kept", [
    ("2, 3 and the one about waiting", {"q2", "q3", "q6"}),
    ("1, 5 and the family one", {"q1", "q5", "q8"}),
    ("the diagnosis one, the risk one and what if plan fails", {"q1", "q5", "q9"}),
])
def test_a_listed_question_named_in_words_after_picks_is_still_kept(line, kept):
    engine, said = turn("questions", line)
    assert set(engine.slots.get("questions_picked") or []) == kept


# --- plain picks, then one more said to hold only at times or to depend on something -------------------------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("summary_sure", "2, 4 and 3 on a good day", ["understand", "support"], "3 on a good day"),
    ("logistics_insurer", "the form and the deadline, the list depends on the plan", ["form", "deadline"],
     "the list depends on the plan"),
    ("signs", "1, 2, and 8 depending on the day", ["serious_diagnosis", "major_procedure"], "8 depending on the day"),
    ("records", "scans and labs, the biopsy depends which hospital", ["imaging", "labs"], "the biopsy depends which hospital"),
])
def test_a_pick_that_holds_only_at_times_is_asked_and_the_plain_ones_kept(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value == kept and result.unclear == quoted


@pytest.mark.parametrize("state, line, kept", [
    ("records", "scans, and the labs they sometimes send", {"imaging", "labs"}),  # a story, no qualifier on a pick
    ("decision_sure", "2 and 4 some days", {"understand", "support"}),  # the qualifier may cover both: as before
])
def test_a_qualifier_that_is_no_part_of_its_own_keeps_the_reading(state, line, kept):
    result = reading(state, line)
    assert result.certainty != UNCLEAR and set(result.value) == kept


# --- a part told about someone who is never the patient names no pick ----------------------------------------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("specialist_focus", "3, my neighbour had a rare cancer", ["surgery"], "my neighbour had a rare cancer"),
    ("fit_alternatives", "2, my coworker had a nurse navigator and loved it", ["written_plan"],
     "my coworker had a nurse navigator and loved it"),
    ("compare_context", "3, a friend said it's rare", ["scans"], "a friend said its rare"),
])
def test_a_choice_named_only_in_someone_elses_story_is_asked_about(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value == kept and result.unclear.replace("'", "") == quoted


@pytest.mark.parametrize("state, line, kept", [
    ("signs_more", "1, my mom has several other problems too", {"comorbidities"}),  # a relative may be the patient
    ("signs", "1 and 9, my friend had a serious diagnosis too", {"serious_diagnosis", "not_heard"}),  # nothing added
    ("specialist_focus", "3 and 5", {"surgery", "rare"}),
])
def test_a_story_that_adds_nothing_or_a_relative_keeps_the_reading(state, line, kept):
    result = reading(state, line)
    assert result.certainty != UNCLEAR and set(result.value) == kept


def test_a_record_said_not_really_had_is_asked_never_stored():
    result = reading("records", "scans and labs, visit notes not really")
    assert result.certainty == UNCLEAR and result.value == ["imaging", "labs"] and result.unclear == "visit notes not really"


@pytest.mark.parametrize("state, line, kept", [
    ("decision_sure", "2 and 3. support not so much", {"understand", "values"}),  # the SURE tests leave it out (not_yet_item)
    ("records", "scans and labs, not really anything else", {"imaging", "labs"}),
])
def test_not_really_about_the_rest_or_at_the_sure_tests_keeps_its_reading(state, line, kept):
    result = reading(state, line)
    assert result.certainty != UNCLEAR and set(result.value) == kept


def test_a_friend_who_helps_at_the_sure_tests_is_support_not_a_story():
    engine, said = turn("summary_sure", "I understand it now. And my neighbour will drive me.")
    assert "my neighbour will drive me" not in said.text.lower() or engine.slots.get("sure_after")
