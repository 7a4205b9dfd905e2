"""The fourth user trial (brief t4, 2026-12-04): questions back, lists and corrections, in wordings of our own."""

from __future__ import annotations

import pytest

import readability
from assistant.flow import default_flow
from assistant.kit.timeline import entries
from assistant.understanding.about_app import choices_reply, choose_reply
from assistant.understanding.lexicon import default_lexicon
from assistant.understanding.text import command_in
from benchmarks.understanding import prepare

from assistant.understanding import LIKELY, SURE

from .reading_support import pick, picks, reading

FLOW = default_flow()


def _at(state: str, role: str = "patient"):
    return prepare(state, role)


# --- 1. questions about my own list and words: answered by me, never on the doctor's list ----------
@pytest.mark.parametrize("state, line, says", [
    ("decision_situation", "how is 2 different from 6?", 'Choice 2 is "'),
    ("decision_situation", "whats the diff between 3 and 4", 'Choice 3 is "'),
    ("fit_alternatives", "what is the difference between the first and the last", "Pick the one"),
    ("signs_more", "would my GP count as a specialist?", "It counts if"),
    ("signs_more", "he is a family doctor, does that count", "It counts if"),
    ("records", "do phone photos of the scan count as scans?", "It counts if"),
])
def test_a_question_about_my_own_list_gets_my_answer_and_is_not_listed(state, line, says):
    engine = _at(state)
    turn = engine.respond(line)
    assert turn.kind == "reply" and turn.state == state
    assert says in turn.text
    assert "I added it to your questions" not in turn.text and not engine.slots.get("questions_added")


@pytest.mark.parametrize("state, line", [
    ("fit", "which one would you go with?"),
    ("fit", "honestly what would you do in my shoes"),
    ("fit_alternatives", "can you just pick for me?"),
    ("decision_situation", "if you were me which should i pick?"),
    ("compare_decision_point", "what do you recommend"),
])
def test_what_would_you_pick_is_an_honest_i_cannot_choose(state, line):
    engine = _at(state)
    turn = engine.respond(line)
    assert turn.kind == "reply" and turn.state == state
    assert "I cannot choose for you" in turn.text and "1. " in turn.text
    assert not engine.slots.get("questions_added")


@pytest.mark.parametrize("state, line", [("decision_sure", "whats this SURE thing?"), ("summary_sure", "what does SURE stand for"),
                                         ("decision_sure", "what is the sure test")])
def test_a_word_of_my_own_is_explained_with_the_questions_idea(state, line):
    engine = _at(state)
    turn = engine.respond(line)
    assert turn.kind == "reply" and "SURE test" in turn.text and not engine.slots.get("questions_added")


@pytest.mark.parametrize("state, line", [("welcome", "hello, am i doing this right?"), ("logistics", "is that on my moms plan?"),
                                         ("decision_when", "is this thing even working?")])
def test_a_question_on_no_topic_and_not_about_the_care_is_not_listed(state, line):
    engine = _at(state)
    turn = engine.respond(line)
    assert "I added it to your questions" not in turn.text and not engine.slots.get("questions_added")


@pytest.mark.parametrize("state, line", [("records", "what is a frozen section?"), ("specialist", "why not a cancer surgeon instead?"),
                                         ("decision_when", "will the tumor grow if we wait?")])
def test_a_question_about_the_illness_or_the_doctors_still_goes_on_the_list(state, line):
    engine = _at(state)
    engine.respond(line)
    assert engine.slots.get("questions_added")


@pytest.mark.parametrize("line", ["is it covered by my husbands insurance?", "does my insurer need to ok it?"])
def test_an_insurance_question_gets_the_cost_reply(line):
    assert "insurer" in reading("logistics", line).reply


@pytest.mark.parametrize("line, meant", [
    ("plan a second opinion. could we even get one before the surgery?", "second_opinion"),
    ("get a second opinion. can i get one in time?", "second_opinion"),
])
def test_an_answer_then_a_question_about_getting_one_keeps_the_answer(line, meant):
    result = reading("fit", line)
    assert result.value == meant and result.certainty == SURE and result.reply


@pytest.mark.parametrize("line", ["will aks him", "will tell her", "would call them tomorrow", "can mention it"])
def test_a_statement_with_its_i_left_out_is_no_question(line):
    assert not reading("logistics_ask", line).asked


@pytest.mark.parametrize("line", ["will you ask him for me?", "can the surgeon wait?", "should i tell him"])
def test_a_modal_with_its_subject_is_still_a_question(line):
    assert reading("decision_when", line).asked


def test_my_replies_about_the_list_are_plain_language():
    lex = default_lexicon()
    for state in ("fit", "decision_situation", "signs_more"):
        spec = FLOW.state(state)
        for text in (choose_reply(spec), choices_reply("does that count?", spec, lex), choices_reply("the difference between 1 and 2", spec, lex)):
            assert readability.flesch_kincaid_grade(text.split("The choices are:")[0]) <= 6.0, text


# --- 2. questions taken off the list are gone everywhere ------------------------------------------
OWN = ["Can I swim after it?", "Does my insurance cover it?", "Will it hurt?"]


@pytest.mark.parametrize("line", ["drop 7 and 8", "take out 6, 7 and 8, those were for you", "remove 8"])
def test_a_question_taken_off_is_not_shown_as_asked_either(line):
    engine = _at("questions_order")
    engine.slots["questions_added"] = list(OWN)
    engine.respond(line)
    removed = engine.slots["questions_removed"]
    assert removed and set(removed) <= set(OWN)
    said = engine.plan()["said"]["questions_added"]
    assert not set(said) & set(removed) and all(q in said for q in OWN if q not in removed)


@pytest.mark.parametrize("line, gone, first", [
    ("drop 6 put 5 first", [6], 5),
    ("remove 7 move 2 to the top", [7], 2),
    ("drop 8 make 3 first", [8], 3),
])
def test_a_drop_then_an_order_without_a_comma_does_both(line, gone, first):
    engine = _at("questions_order")
    engine.slots["questions_added"] = list(OWN)
    shown = engine._question_list()
    engine.respond(line)
    order = engine.slots["questions_order"]
    assert order[0] == shown[first - 1]
    assert [shown[n - 1] for n in gone] == list(engine.slots["questions_removed"])
    assert len(order) == len(shown) - len(gone)


def test_keep_beside_a_drop_keeps_it_and_moves_nothing():
    engine = _at("questions_order")
    engine.slots["questions_added"] = list(OWN)
    shown = engine._question_list()
    engine.respond("ugh drop 6 and 7, sorry. keep 8")
    assert engine.slots["questions_order"] == [q for k, q in enumerate(shown, 1) if k not in (6, 7)]


def test_keep_and_drop_of_the_same_question_is_asked():
    engine = _at("questions_order")
    engine.slots["questions_added"] = list(OWN)
    turn = engine.respond("drop 6 and 7 but keep 7")
    assert "questions_order" not in engine.slots and "keeps and takes off the same question" in turn.text


# --- 3. a "no" that corrects is not the "none" choice ---------------------------------------------
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "no, only 3", {"values"}),
    ("decision_sure", "nope. just the support one", {"support"}),
    ("decision_sure", "i never said none, just 4", {"support"}),
    ("signs", "no not that, the 8th", {"many_options"}),
    ("signs_more", "NO! just the insurance one", {"insurance_requires"}),
])
def test_a_no_that_corrects_is_not_none(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [("signs", "no none of that"), ("signs_more", "no, nothing like that"), ("decision_sure", "none")])
def test_a_real_none_is_still_none(state, line):
    assert picks(state, line) == {"none"}


# --- 4. corrections: back, the later answer, never the same re-ask twice --------------------------
@pytest.mark.parametrize("line", ["no i didnt say that. back", "i never said that, go back", "thats not what i said. back please",
                                  "typo, back", "i did not pick that - back"])
def test_a_denial_around_back_is_back(line):
    assert command_in(line) == "back"


@pytest.mark.parametrize("state, line, later", [
    ("fit", "1 i guess... wait no, 2", "alternative"),
    ("decision_when", "we have 2 weeks. well actually there is no deadline", "no_deadline"),
    ("compare_first", "3, on second thought 2", "two"),
    ("decision_sure", "1 and 4. oh wait, only 4", ["support"]),
])
def test_the_later_answer_is_offered_back(state, line, later):
    result = reading(state, line)
    assert result.certainty == LIKELY and result.value == later


def test_a_same_answer_said_twice_around_i_mean_stands():
    assert pick("fit", "2, no i meant 2") in (None, "alternative")


def test_a_reask_is_never_the_same_twice_in_a_row():
    engine = _at("decision_when")
    first = engine.respond("hmm the thing")
    second = engine.respond("hmm the thing")
    assert first.kind == second.kind == "reask"
    assert first.text.split("\n")[0] != second.text.split("\n")[0]
    assert "I still" in second.text


# --- 5. yes to my own follow-up; "I don't know" at "at least 3" -----------------------------------
@pytest.mark.parametrize("follow", ["yes add that one", "yes", "that one too please", "yeah include it"])
def test_yes_to_my_follow_up_adds_what_it_asked_about(follow):
    engine = _at("signs")
    first = engine.respond("big surgery and peace of mind. maybe many options too, there are 4 kinds")
    assert first.kind == "reask"
    engine.respond(follow)
    assert set(engine.slots["signs"]) == {"major_procedure", "peace_of_mind", "many_options"}


def test_i_dont_know_at_pick_at_least_three_never_says_pick_one():
    engine = _at("questions")
    turn = engine.respond("no clue honestly")
    assert "the one" not in turn.text.split("\n")[0] and "3" in turn.text.split("\n")[0]


# --- 6. a test said done is no test pending; no to the offer names the others ---------------------
@pytest.mark.parametrize("line, meant", [("had the mri. nothing else", "no"), ("already did the bloods, nothing more", "no"),
                                         ("we got the ct last week. nothing else planned", "no")])
def test_a_test_said_done_is_history(line, meant):
    assert pick("timing_tests", line) == meant


def test_a_test_said_done_alone_is_never_offered_as_pending():
    assert reading("timing_tests", "had the ultrasound").value != "yes"


def test_no_to_the_offer_at_a_short_list_names_the_other_choices():
    engine = _at("timing_tests")
    turn = engine.respond("i think there could be more tests?")
    assert turn.kind == "confirm"
    turn = engine.respond("no")
    first = turn.text.split("\n")[0]
    assert "not \"Yes\"" in first and "2 for \"No\"" in first


# --- 7. the timeline: full stops and month names cut events ---------------------------------------
@pytest.mark.parametrize("line, count", [
    ("felt a lump in aug. sept mammogram and biopsy. oct saw the surgeon", 3),
    ("pain since january. in march an mri. saw ortho in april", 3),
    ("2020 diagnosed. 2022 relapse. this spring clear scans", 3),
])
def test_lower_case_sentences_with_dates_are_separate_events(line, count):
    assert len(entries(line)) == count


def test_a_sentence_without_a_date_stays_with_the_event_before():
    found = entries("mri in may. it showed a tear. june saw the surgeon")
    assert len(found) == 2 and "tear" in found[0]["what"]


# --- at the safety questions, a question is answered as before: the number to call comes again ----
@pytest.mark.parametrize("line", ["is it bad?", "what would you pick?", "whats the difference between 1 and 2?"])
def test_at_the_urgent_turn_every_question_still_brings_the_number_to_call(line):
    result = reading("urgent_care", line)
    assert result.asked and result.add_question
