"""User trial 6 (2026-12-04), content findings (branch t10): the assistant's own words explained,
wording by country, a teen or a small child, and warnings only from what is the patient's own."""

from __future__ import annotations

import pytest
from benchmarks.understanding import prepare

CANNOT = "I cannot answer that here"


def reply(state: str, line: str, role: str = "caregiver") -> str:
    return prepare(state, role).respond(line).text


@pytest.mark.parametrize("state, line, said", [
    ("records", "what do u mean by records?? like his whole file from birth?", "You do not need every paper since birth"),
    ("logistics", "what do you mean by records?", "By records I mean"),
    ("decision_when", "what do u mean by decide, isnt it the doctors call?", "The final choice is made together"),
    ("timing_tests", "what do u mean by change the plan?", "A test changes the plan when"),
    ("logistics", "whats in network?", "A network is the group of doctors"),
])
def test_questions_about_my_own_words_are_answered(state, line, said):
    text = reply(state, line)
    assert said in text and CANNOT not in text


def test_an_answer_with_a_question_about_my_own_words_keeps_both():
    text = reply("timing_tests", "yes he has a cardiac MRI in january. what do u mean by change the plan?")
    assert 'I kept "Yes"' in text and "A test changes the plan when" in text and CANNOT not in text


def test_a_question_about_cost_that_names_a_second_opinion_is_still_about_cost():
    text = reply("logistics", "what is a second opinion going to cost?")
    assert "A second opinion is another doctor's view" not in text and "cost" in text


@pytest.mark.parametrize("line", ["is it normal to ask for a second opinion?", "is it rude to ask my doctor for another opinion?"])
def test_asking_for_a_second_opinion_is_normal(line):
    text = reply("logistics_ask", line)
    assert "Most doctors expect and support" in text and CANNOT not in text


def test_is_that_normal_about_a_symptom_says_to_tell_the_doctor():
    text = reply("logistics", "he gets really tired after eating, is that normal??")
    assert "Tell the doctor about it" in text and CANNOT not in text and "I cannot answer medical" not in text


def test_a_line_saying_who_handles_it_is_not_a_question():
    text = reply("logistics", "my mom does that stuff, idk", role="patient")
    assert CANNOT not in text


def test_a_question_after_a_statement_without_its_mark_is_still_one():
    text = reply("logistics", "i have medicaid does that cover it", role="patient")
    assert "covered" in text


# --- 19: the country ---------------------------------------------------------------------------------

from assistant.engine import Engine  # noqa: E402
from support import talk  # noqa: E402

THYROID = ["1", "whether to have half my thyroid out", "skip", "2", "1", "none", "none", "2, 10", "none", "1", "1", "no", "ok",
           "none", "ok", "all", "skip"]


@pytest.mark.parametrize("country", ["CA", "UK", "IE", "NZ", "EU"])
def test_the_welcome_names_a_poison_centre_in_every_country(country):
    welcome = Engine(country=country).start().text
    assert "poison" in welcome.lower()


def test_no_poison_number_is_made_up_where_none_is_known():
    welcome = Engine(country="CA").start().text
    assert "your local poison centre" in welcome and "1-800-222-1222" not in welcome
    assert "Poison Control 1-800-222-1222" in Engine(country="US").start().text


def test_a_canadian_is_not_told_about_networks():
    _, turns = talk(THYROID, Engine(country="CA"))
    text = " ".join(t.text for t in turns)
    assert "in network" not in text and "your network" not in text
    assert "health plan or insurer" in text and "referral from your family doctor" in text


def test_the_us_wording_stays_for_the_us():
    _, turns = talk(THYROID, Engine(country="US"))
    text = " ".join(t.text for t in turns)
    assert "if the doctor is in network" in text and "Ask your insurer which experts are in your network" in text


def test_the_plan_to_do_outside_the_us():
    from assistant.kit.plan import todo

    items = " ".join(i["text"] for i in todo({"role": "patient", "insurance": "not_checked"}, {}, us=False))
    assert "network" not in items and "health plan or insurer" in items and "family doctor" in items
    assert "which doctors are in the network" in " ".join(i["text"] for i in todo({"role": "patient"}, {}, us=True))


# --- 20: an interpreter ------------------------------------------------------------------------------

def test_the_interpreter_reply_asks_for_a_trained_interpreter_not_family():
    text = reply("decision_why", "ill ask him. do we get an interpreter at the other place?")
    assert "trained medical interpreter" in text and "better than family" in text and "Ask if there is a cost" in text


def test_the_plan_asks_for_an_interpreter_in_the_language_said():
    from assistant.kit.plan import todo

    engine, _ = talk(["its for my dad hes 55, he only speaks cantonese", "whether he should have a liver transplant evaluation",
                      "ill ask him. do we get an interpreter at the other place?"])
    items = [i["text"] for i in todo(dict(engine.slots), {})]
    assert "Ask for a trained medical interpreter (Cantonese) when you book." in items


def test_no_interpreter_item_without_a_language_need():
    from assistant.kit.plan import todo

    engine, _ = talk(["its for my dad", "whether he should have a knee replacement"])
    assert not any("interpreter" in i["text"] for i in todo(dict(engine.slots), {}))


# --- 21: a teenager typing for himself -----------------------------------------------------------------

TEEN = ["yo its me, im 15. my derm wants me on accutane for my acne but my mom isnt sure about it", "1", "whether to go on accutane",
        "skip", "3", "1", "none", "none", "2, 10", "none", "1", "1", "no", "ok", "none", "ok", "all", "skip"]


def test_a_teen_who_says_his_age_before_who_it_is_for_is_kept_as_a_teen():
    engine, turns = talk(TEEN)
    assert engine.slots["age_band"] == "teen"
    text = " ".join(t.text for t in turns)
    assert "1 in 20 adults" not in text and "Mayo" not in text
    assert "parent or guardian" in text and "time off school" in text
    assert "treats many teens with this problem" in text and "children's doctor" in text.lower()


def test_not_sure_gets_the_guides_suggestion_and_why_not_the_safest():
    text = reply("fit", "idk what would u pick", role="patient")
    text += reply("fit", "i dont know", role="patient")
    assert "safest" not in text


# --- 22: other people's illnesses, and a check before surgery ------------------------------------------

def test_a_friends_chemo_gives_no_chemo_warning():
    from assistant.condition_signs import condition_signs

    slots = {"role": "patient", "decision": "whether to have my bladder removed",
             "unsure_because": "My buddy from Engine 12 had chemo and radiation and he said it was rough"}
    assert condition_signs(slots) == []
    assert [s["about"] for s in condition_signs({**slots, "unsure_because": "im on chemo now"})] == ["chemotherapy"]
    caregiver = {"role": "caregiver", "who": "my dad", "decision": "whether my dad should keep having chemo"}
    assert [s["about"] for s in condition_signs(caregiver)] == ["chemotherapy"]


def test_chemo_long_ago_gives_no_warning():
    from assistant.condition_signs import condition_signs

    assert condition_signs({"role": "patient", "decision": "whether to get the stent", "unsure_because": "I had chemo back in 2015"}) == []


def test_a_pre_op_clearance_does_not_hold_up_the_second_opinion():
    engine = prepare("timing_tests", "patient")
    engine.respond("I think they want a heart clearance from my cardiologist before surgery, a stress test")
    text = engine.respond("yes").text
    assert "Wait for the planned tests" not in text and "need not hold up the second opinion" in text


def test_a_biopsy_still_is_waited_for():
    text = prepare("timing_tests", "patient").respond("yes, a biopsy before surgery").text
    assert "Wait for the planned tests" in text


# --- 23: a small child --------------------------------------------------------------------------------

ELI = ["its for my son eli, hes 3", "whether eli should have a second heart surgery to replace his pulmonary valve", "skip", "3", "1",
       "none", "none", "2, 10", "none", "1", "1", "no", "ok", "none", "ok", "all", "skip"]


def test_wording_for_a_three_year_old():
    _, turns = talk(ELI)
    text = " ".join(t.text for t in turns)
    assert "What do you need to decide for" in text and "What do you and" not in text
    assert "time off work for whoever goes along" in text and "time off school," not in text
    assert "tired patient" not in text


def test_a_caregiver_telling_of_the_patients_chemo_still_gets_the_warning():
    from assistant.condition_signs import condition_signs

    slots = {"role": "caregiver", "who": "my mother", "decision": "whether to have the surgery",
             "unsure_because": "my mom had chemo last week and she is weak"}
    assert [s["about"] for s in condition_signs(slots)] == ["chemotherapy"]
    later = {"role": "patient", "decision": "whether to have the surgery", "unsure_because": "i start chemo in 2099"}
    assert [s["about"] for s in condition_signs(later)] == ["chemotherapy"]
