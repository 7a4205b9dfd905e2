"""The second plain-mode user trial, what was still open (issues 11, 12, t3): readings, in wordings of our own."""

from __future__ import annotations

import pytest
from .reading_support import pick, picks, reading


# --- "I haven't the faintest idea" and other no-idea idioms: an I-don't-know ----------------
@pytest.mark.parametrize("line", [
    "I haven't the faintest idea",
    "honestly not the slightest idea",
    "i havent the foggiest idea",
    "not the faintest clue",
    "we dont have the faintest idea",
])
@pytest.mark.parametrize("state", ["fit_alternatives", "decision_what", "signs"])
def test_a_no_idea_idiom_is_i_dont_know(state, line):
    result = reading(state, line)
    assert result.dont_know and result.value is None


@pytest.mark.parametrize("line, expected", [
    ("they mailed a form and a list of doctors, but i havent the faintest idea about a deadline", {"form", "approved_list"}),
    ("a form. not the foggiest idea about the deadline", {"form"}),
])
def test_a_no_idea_idiom_beside_a_choice_is_not_that_choice(line, expected):
    """At the insurer's list, "not the faintest idea about the deadline" is not knowing the deadline."""
    assert picks("logistics_insurer", line) == expected


# --- fillers and doubts around the decision are no part of it -------------------------------
@pytest.mark.parametrize("line, kept", [
    ("umm idk exactly. whether to have the valve replaced", "whether to have the valve replaced"),
    ("ok so basically whether to start the insulin", "whether to start the insulin"),
    ("well, whether to move mom to hospice", "whether to move mom to hospice"),
    ("hmm whether to get the stent i guess", "whether to get the stent"),
    ("whether to do the fusion idk", "whether to do the fusion"),
    ("whether to take the new pills, lol idk", "whether to take the new pills"),
    ("which surgeon to pick, i dont really know", "which surgeon to pick"),
    ("i mean like whether to have the surgery or not", "whether to have the surgery or not"),
])
def test_fillers_and_doubts_around_the_decision_are_left_out(line, kept):
    for state in ("decision_what", "compare_decision"):
        assert pick(state, line) == kept


@pytest.mark.parametrize("line", ["right knee surgery or not", "well-being of my dad, whether to move him", "so much to weigh up here",
                                  "whether to have surgery, not sure", "I said no to the surgery but they keep pushing"])
def test_words_that_only_look_like_fillers_are_kept(line):
    assert pick("decision_what", line) == line


# --- the SURE test: sure of something else; a feeling said softly ---------------------------
@pytest.mark.parametrize("state", ["decision_sure", "summary_sure"])
@pytest.mark.parametrize("line", ["im sure i want a real answer", "i am sure we need another opinion", "im sure that i need more facts",
                                  "pretty sure i want someone to explain it properly"])
def test_sure_of_wanting_answers_is_not_sure_of_the_choice(state, line):
    result = reading(state, line)
    assert "sure" not in (result.value or []) and result.certainty != "sure"


@pytest.mark.parametrize("line, kept", [
    ("my dad is supportive. im sure we want a proper answer", ["support"]),
    ("i know the pros and cons, im sure i need more advice", ["understand"]),
    ("im sure i need help deciding", None),  # neither sure nor supported: wanting help is not having it
])
def test_what_else_was_said_is_kept_and_the_sure_part_asked(line, kept):
    result = reading("decision_sure", line)
    assert result.certainty == "unclear" and result.value == kept


@pytest.mark.parametrize("line, expected", [
    ("im sure i want the surgery", {"sure"}),
    ("I feel sure we want the new valve, and i know the risks", {"sure", "understand"}),
    ("im sure about it", {"sure"}),
    ("sure. i want answers tho", {"sure"}),
])
def test_sure_of_an_option_is_still_sure(line, expected):
    assert picks("decision_sure", line) == expected


@pytest.mark.parametrize("state", ["decision_sure", "summary_sure"])
@pytest.mark.parametrize("line, expected", [("support i guess", "support"), ("i have support i think", "support"),
                                            ("the good and bad points i suppose", "understand")])
def test_a_feeling_said_softly_is_offered_back(state, line, expected):
    result = reading(state, line)
    assert result.certainty == "likely" and result.value == [expected]


# --- an interpreter, said or asked, at any question -----------------------------------------
INTERPRETER_ADDED = "Can we have an interpreter at the visit?"


@pytest.mark.parametrize("line", ["i need interpreter", "my dad only speaks Polish, can they give us a translator?",
                                  "is there an interpreter there", "her english is not good", "he no speak english, we need help"])
@pytest.mark.parametrize("state", ["decision_why", "signs", "logistics_ask", "records"])
def test_a_need_for_an_interpreter_gets_the_guides_reply_and_goes_on_the_list(state, line):
    result = reading(state, line)
    assert result.asked and "interpreter" in result.reply and result.add_question == INTERPRETER_ADDED


def test_the_rest_of_the_line_is_still_the_answer():
    result = reading("welcome", "its for my grandma, she speaks no english")
    assert result.value == "caregiver" and result.certainty == "sure" and result.add_question == INTERPRETER_ADDED
    result = reading("records", "scans and the biopsy, and we need a translator")
    assert set(result.value) == {"imaging", "pathology"} and result.add_question == INTERPRETER_ADDED


@pytest.mark.parametrize("line", ["the interpreter said the surgeon wants to operate", "I translate for him, he is my father"])
def test_an_interpreter_in_a_story_or_the_person_translating_is_read_as_usual(line):
    assert not reading("decision_what", line).asked


def test_the_reply_says_whom_to_ask_and_not_the_doctor():
    from assistant.understanding.dialogue import decide
    from .reading_support import FLOW, LEX

    step = decide(reading("signs", "i need interpreter"), FLOW.state("signs"), "i need interpreter", LEX)
    assert step.action == "reply" and "Ask your doctor" not in step.say and "I added it to your questions" in step.say
