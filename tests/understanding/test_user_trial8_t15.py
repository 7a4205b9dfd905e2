"""User trial 8 (helper t15): understanding and plan findings. Each test holds the trial's own line and
phrasings of our own. Findings: F1.1/F1.5 (a question inside an answer), F1.8/F2.5/F5.5/F6.3 (what the
plan shows under "What you told me"), F1.2 (no set date), F1.6 (a kind of doctor said with "not"),
F3.3 (doctor titles), F5.2 (a speed word), F2.4 (the first message), F1.7 (questions written tidily),
F3.4 ("sim yes"), F4.1/F4.2 (questions about the list), F4.4/F4.6 (the country's numbers)."""

from __future__ import annotations

import pytest
from .reading_support import reading

from assistant.engine import Engine
from assistant.kit.providers import first_doctor, record_holders
from assistant.rules import said
from assistant.understanding.question_beside import tidy_question
from assistant.understanding.told_clean import for_the_plan
from assistant.understanding.wished import rejected_in
from benchmarks.understanding import prepare


# --- 1. A question inside an answer: the answer kept, the question answered (F1.1, F1.5) -------------
@pytest.mark.parametrize("line, kept, asked", [
    ("theres no date he gave me. he said prostate cancer grows slow. but he wants to book the surgery soon. whats a gleason score by the way",
     None, "What is a gleason score?"),
    ("no date. whats a biopsy by the way", "no_deadline", "What is a biopsy?"),
    ("within a few weeks. what is a PSA test", "weeks", "What is a PSA test?"),
    ("in about 2 months. btw whats a lumpectomy", "months", "What is a lumpectomy?"),
    ("no set date, whats an ejection fraction?", None, None),  # a comma, not a sentence: left as it was read before
])
def test_a_medical_word_asked_beside_the_deadline_goes_on_the_list(line, kept, asked):
    engine = prepare("decision_when", "patient")
    turn = engine.respond(line)
    if asked is None:
        return
    assert asked in (engine.slots.get("questions_added") or []), turn.text
    assert "A doctor who knows your case can explain" in turn.text
    assert engine.slots.get("deadline") == kept


def test_no_date_beside_soon_is_offered_first():
    result = reading("decision_when", "theres no date he gave me. he said prostate cancer grows slow. but he wants to book the surgery soon.")
    assert result.options[0] == "no_deadline" and set(result.options) == {"no_deadline", "days", "weeks"}


@pytest.mark.parametrize("line", ["no date. but he wants to do it soon", "he didnt give me a date, he wants it done soon",
                                  "there is no set date, but soon he said", "no deadline really. soon i guess"])
def test_a_choice_said_in_words_beside_soon_is_offered(line):
    result = reading("decision_when", line)
    assert "no_deadline" in (result.options or ()) or result.value == "no_deadline", result


def test_soon_alone_still_asks_days_or_weeks():
    assert reading("decision_when", "he said soon").options == ("days", "weeks")


@pytest.mark.parametrize("line", [
    "none. the urologist is a specialist i guess. im on medicare, will they pay for a second opinion?",
    "none. will medicare pay for a second opinion?",
    "none of these. i have blue cross, will they cover it?",
    "nope. how much does a second opinion cost?",
    "nothing else. how much will it cost?",
    "no. will my plan pay for it?",
])
def test_a_cost_question_beside_none_keeps_none_and_says_plans_often_pay(line):
    engine = prepare("signs_more", "patient")
    turn = engine.respond(line)
    assert engine.slots.get("signs_more") == ["none"], turn.text
    assert "Many health plans pay for a second opinion" in turn.text


@pytest.mark.parametrize("line", [
    "the urologist only talked about surgery, never said a word about radiation or watching it. seems like hes a surgeon so he wants to cut. is that normal??",
    "the surgeon only offered surgery. is that normal?",
    "he never mentioned radiation at all. is that normal?",
    "she didnt explain any other options. is this normal?",
    "my doctor only talks about operating, hes a surgeon. is that usual?",
])
def test_is_that_normal_about_one_sided_advice_gets_its_answer_and_the_worry_is_kept(line):
    engine = prepare("decision_why", "patient")
    turn = engine.respond(line)
    assert turn.state == "decision_when"
    assert "Ask each doctor to explain all the options" in turn.text
    kept = engine.slots["unsure_because"]
    assert "?" not in kept and kept.split()[0] == line.split()[0]


def test_is_that_normal_about_a_symptom_keeps_its_own_answer():
    engine = prepare("decision_why", "patient")
    turn = engine.respond("the pain wakes me up every night now. is that normal?")
    assert "Tell the doctor about it" in turn.text and engine.slots["unsure_because"] == "the pain wakes me up every night now"


# --- 2. What the plan shows under "What you told me" (F1.8, F2.5, F2.8, F5.5, F6.3) -----------------
@pytest.mark.parametrize("note, shown", [
    ("Neither, and you didnt answer about the gleason score", ""),
    ("none. the urologist is a specialist i guess. im on medicare, will they pay for a second opinion?", "the urologist is a specialist i guess."),
    ("These are dates from November. Please stop asking", "These are dates from November."),
    ("Hes playing with legos", ""),
    ("no not right now, hes playing with legos", ""),
    ("2 3. dying to get this over with", ""),
    ("1. kidneys bad too. this whole thing is killing me", "kidneys bad too."),
    ("that's all for this list, the other health problems are for your next question I assume", ""),
    ("i meant it as a side effect of the surgery. thats all", ""),
    ("ok so the scans are at st marys", "the scans are at st marys"),
    ("Like I said, he is on warfarin", "he is on warfarin"),
    ("He's 4", "He's 4"),
    ("toe went black this morning n smells bad", "toe went black this morning n smells bad"),
    ("He mentioned maybe an MRI but then said we could just go ahead", "He mentioned maybe an MRI but then said we could just go ahead"),
])
def test_the_plan_shows_only_what_is_about_the_care(note, shown):
    assert for_the_plan(note) == shown


def test_the_plan_and_the_printout_leave_out_a_complaint_at_the_assistant():
    slots = {"answer_notes": {"decision_when": "Neither, and you didnt answer about the gleason score",
                              "red_flags": "no. these are dates from November. Please stop asking",
                              "timing_tests": "He mentioned maybe an MRI"}}
    notes = said(slots)["notes"]
    assert "decision_when" not in notes
    assert notes["red_flags"] == "These are dates from November." and notes["timing_tests"] == "He mentioned maybe an MRI"


@pytest.mark.parametrize("line, kept", [
    ("Like I said, whether Dad should get the pacemaker that Dr. Patel recommended", "whether Dad should get the pacemaker that Dr. Patel recommended"),
    ("as i said, whether to have the knee replaced", "whether to have the knee replaced"),
    ("ok so which surgeon to pick", "which surgeon to pick"),
    ("well, whether to do chemo first", "whether to do chemo first"),
    ("anyway whether to have the operation", "whether to have the operation"),
    ("like i said, surgery", "surgery"),  # a pointer back to what was said goes whatever follows (a lead's walk, 2026-12-07)
    ("like i said the pacemaker thing", "the pacemaker thing"),  # with no mark after it too
    ("so much to weigh up here", "so much to weigh up here"),
])
def test_a_leading_filler_is_cut_from_the_decision(line, kept):
    result = reading("decision_what", line)
    assert result.value == kept


# --- 3. A kind of doctor said with "not" (F1.6) ---------------------------------------------------------
@pytest.mark.parametrize("line", ["plan a second opinion. but not with another surgeon, i want somebody who does radiation too",
                                  "not from another surgeon please", "i want someone, not with a surgeon", "not to see another surgeon",
                                  "but not another surgeon", "no more surgeons"])
def test_a_kind_said_with_not_reads_as_that_kind(line):
    assert rejected_in(line) == ["a surgeon"]


def test_who_to_see_never_says_not_a_with():
    engine = prepare("fit", "patient")
    engine.respond("plan a second opinion. but not with another surgeon, i want somebody who does radiation too")
    plan = engine.plan()
    assert plan["specialist_rejected"] == ["a surgeon"]


# --- 4. Doctor titles (F3.3) ---------------------------------------------------------------------------
@pytest.mark.parametrize("line, named", [
    ("only one doctor, the mastologist dra. Silva", "dra. Silva"),
    ("the mastologist Dra Silva", "Dra Silva"),
    ("my doctor is Dr.ª Costa", "Dr.ª Costa"),
    ("Doctora Ruiz said surgery", "Doctora Ruiz"),
    ("Prof. Lima is my surgeon", "Prof. Lima"),
    ("profa. Mendes, the oncologist", "profa. Mendes"),
])
def test_doctor_titles_of_other_languages_name_the_first_doctor(line, named):
    assert first_doctor(record_holders([line])) == named


def test_a_title_with_no_name_names_no_one():
    assert record_holders(["the dra said wait"]) == []


# --- 5. A speed word that describes a thing (F5.2) -------------------------------------------------------
@pytest.mark.parametrize("line, picks", [
    ("i think dr brooks didnt see the first echo, he did his own quick one. so 5 and maybe 3", ["records"]),
    ("he did his own quick one", None),
    ("a quick look, that's all he did", None),
    ("she only did a fast scan. 5", ["scans", "records"]),  # the scan is named; "fast" picks nothing
    ("it was a rushed visit. 2", ["rare"]),
])
def test_a_quick_one_is_not_act_within_days(line, picks):
    result = reading("compare_context", line)
    assert "urgent" not in (result.value or [])
    assert (result.value or None) == picks


@pytest.mark.parametrize("line", ["she said act fast", "he wants it done quickly", "quick", "they want to move quick"])
def test_acting_fast_still_is(line):
    assert reading("compare_context", line).value == ["urgent"]


# --- 6. The first message (F2.4) --------------------------------------------------------------------------
DAN = ("Hi, I'm looking into this for my dad, he's 78 and was diagnosed with early dementia about a year ago. His cardiologist "
       "Dr. Patel says he needs a pacemaker because his heart rate keeps dropping into the 30s and he had two fainting spells last "
       "month. I'm his health care proxy and I want to know if the pacemaker is really the right call given his dementia, and whether "
       "we should get another cardiologist to look at it before the procedure which is scheduled for January 12.")


@pytest.mark.parametrize("agree", ["Yes, that's right, I'm his son.", "yes", "yes im his son", "that's right, i'm helping my dad"])
def test_the_first_message_offers_its_decision_and_its_date_back(agree):
    from datetime import date

    engine = Engine(today=lambda: date(2026, 12, 5))
    engine.start()
    engine.respond(DAN)
    turn = engine.respond(agree)
    assert engine.slots["role"] == "caregiver"
    assert turn.state == "decision_what" and "Is that the decision?" in turn.text and "I took that as" not in turn.text
    engine.respond("yes")
    turn = engine.respond("skip")
    assert "january 12" in turn.text.lower()
    engine.respond("yes")
    assert engine.slots["deadline_date"] == "2027-01-12"


# --- 7. Questions written tidily, yes in other words, the list, the numbers (F1.7, F3.4, F4.1, F4.2, F4.4, F4.6)
@pytest.mark.parametrize("line, tidy", [
    ("whats a gleason score by the way", "What is a gleason score?"),
    ("how long will the second opinion take? i dont want this cancer spreading while i wait around", "How long will the second opinion take?"),
    ("btw can i drive after", "Can I drive after?"),
    ("what the radiation guy thinks of watching it instead", "What does the radiation guy think of watching it instead?"),
    ("what my cardiologist says about waiting", "What does my cardiologist say about waiting?"),
    ("is it safe to wait?", "Is it safe to wait?"),
])
def test_a_question_for_the_doctor_is_written_tidily(line, tidy):
    assert tidy_question(line) == tidy


def test_an_own_question_with_a_worry_after_it_keeps_the_question():
    engine = prepare("questions_own", "patient")
    engine.respond("how long will the second opinion take? i dont want this cancer spreading while i wait around")
    assert engine.slots["questions_own"] == "How long will the second opinion take"


@pytest.mark.parametrize("line", ["sim yes", "sim", "oui", "ja", "tak", "si", "yes sim", "tak, yes"])
def test_yes_in_another_language_answers_a_check(line):
    engine = Engine()
    engine.start()
    engine.respond("its me. the urologist says i got prostate cancer and wants to cut it out")
    assert "Is that the decision?" in engine.last_turn.text
    engine.respond(line)
    assert engine.slots.get("decision") == "Whether to let them cut it out"


@pytest.mark.parametrize("state, line, means", [
    ("fit", "try another way first maybe? whats the difference between 1 and 2", ["another doctor goes over the whole case", "a smaller, faster step"]),
    ("fit", "what is the difference between 2 and 3", ["a smaller, faster step", "no delay and no extra cost"]),
    ("fit", "whats option 3 mean", ["no delay and no extra cost"]),
    ("signs", "what does 4 mean?", ["you feel worse, but the tests look fine"]),
    ("signs", "whats number 8?", ["several options but no clear way to weigh them"]),
    ("signs", "difference between 4 and 5", ["you feel worse, but the tests look fine", "fuzzy"]),
])
def test_a_question_about_choices_says_what_they_mean(state, line, means):
    engine = prepare(state, "patient")
    turn = engine.respond(line)
    for part in means:
        assert part.lower() in turn.text.lower(), turn.text
    assert turn.state == state


@pytest.mark.parametrize("line", ["the surgeon, Dr Kowalski, and my physio Jenny. does a physio count?", "does a physio count?",
                                  "does my GP count?", "would the nurse practitioner count", "do chiropractors count?"])
def test_does_a_physio_count_gets_what_counts_here(line):
    engine = prepare("fit_opinions", "patient")
    turn = engine.respond(line)
    assert "A physio or a nurse is not a doctor" in turn.text and "cannot answer" not in turn.text
    assert "fit_opinions" not in engine.slots and not engine.slots.get("questions_added")


@pytest.mark.parametrize("country, number", [("AU", "000"), ("UK", "999"), ("US", "911"), ("NZ", "111")])
def test_help_gives_the_countrys_emergency_number(country, number):
    engine = Engine(country=country)
    engine.start()
    assert f"call **{number}** now" in engine.explain("help")
    assert number in engine.respond("help").text


def test_the_diagnosis_error_figure_is_said_to_be_from_the_us_outside_it():
    for country, said_us in (("AU", "One estimate, made in the US"), ("US", "One US estimate")):
        engine = prepare("signs", "patient")
        engine.country = country
        turn = engine._ask()
        assert said_us in turn.text, country
