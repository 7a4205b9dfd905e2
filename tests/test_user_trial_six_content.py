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
