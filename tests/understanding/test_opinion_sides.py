"""Each opinion told by its order when the choice is stated is offered back at that opinion's questions, never stored
unasked (opinion_sides.py; a lead's walk, 2026-12-07: a daughter comparing two plans for her mother's breast cancer).
Wordings of our own."""

from __future__ import annotations

import pytest
from support import talk

from assistant.understanding.opinion_sides import sides

START = ["its for my mom shes 67. we got 2 opinions already and they dont agree", "ya"]
CHOICE = "breast cancer stage 2. first surgeon said mastectomy, 2nd one at the cancer center says radiation is just as good"


def test_the_first_doctors_kind_and_advice_are_offered_and_a_yes_keeps_them():
    engine, turns = talk([*START, CHOICE])
    assert turns[-1].state == "compare_one_field" and 'You said "surgeon". Did you mean *A surgeon*?' in turns[-1].markdown
    engine.respond("yes")
    assert engine.slots["compare_one_field"] == "surgeon"
    engine.respond("breast cancer stage 2")
    turn = engine.respond("pretty sure")
    assert turn.state == "compare_one_treatment" and 'You said "mastectomy". Did you mean *Surgery or a procedure*?' in turn.markdown
    engine.respond("yes")
    assert engine.slots["compare_one_treatment"] == "surgery"
    assert engine.slots["answer_notes"]["compare_one_treatment"] == "mastectomy"  # the words, for "The plan, in your words"


def test_the_second_doctors_advice_is_offered_at_its_own_question():
    engine, turns = talk([*START, CHOICE, "yes", "breast cancer stage 2", "pretty sure", "yes", "the tumor size",
                          "an oncologist", "the same", "yes", "very sure"])
    assert turns[-1].state == "compare_two_treatment"
    assert 'You said "radiation". Did you mean *A strong treatment, like chemotherapy or radiation*?' in turns[-1].markdown
    engine.respond("yes")
    assert engine.slots["compare_two_treatment"] == "strong" and engine.slots["compare_one_treatment"] == "surgery"


def test_a_no_to_the_offer_asks_the_question_as_usual():
    engine, turns = talk([*START, CHOICE])
    turn = engine.respond("no")
    assert engine.state == "compare_one_field" and "compare_one_field" not in engine.slots and "What kind of doctor" in turn.text


@pytest.mark.parametrize("line", [
    "whether to have the surgery first or chemo",          # "first" is no opinion here
    "surgeon says operate, oncologist says chemo first",  # no order said: nothing to tell which opinion is which
    "my first thought was surgery, the second thought was no",  # a thought, no doctor (review rv29)
])
def test_no_sides_are_found_where_none_were_told(line):
    assert sides(line) == (None, None)


@pytest.mark.parametrize("line", ["my first thought was surgery, the second opinion said radiation",
                                  "at first they said it was benign, then the second doctor said cancer"])
def test_a_first_that_is_no_opinion_is_not_offered(line):
    assert sides(line)[0] is None  # (review rv29: "was surgery" had been offered as the first doctor's advice)


def test_the_kind_of_doctor_is_offered_only_when_named_right_after_first():
    assert sides("the first one at the big hospital said surgery, the second says wait")[0] == ("at the big hospital", "surgery")
    engine, turns = talk([*START, "the first one at the big hospital said surgery, the second says wait"])
    assert turns[-1].state == "compare_one_field" and "You said" not in turns[-1].text


def test_two_plans_of_one_kind_show_their_own_words_in_the_table():
    engine, turns = talk([*START, "breast cancer stage 2. first surgeon said mastectomy, 2nd one says lumpectomy is just as good",
                          "yes", "breast cancer stage 2", "pretty sure", "yes", "the tumor size", "a surgeon too", "the same", "yes",
                          "very sure", "yes", "keeps the breast"])
    table = turns[-1].text
    assert turns[-1].state == "compare_differs"
    assert "| The plan       | mastectomy            | lumpectomy            |" in table
    assert "in your words" not in table  # both are in the table already


def test_long_words_stay_below_the_table_with_the_kind_in_it():
    engine, turns = talk([*START, "whether to have a mastectomy or a lumpectomy", "1", "breast cancer stage 2", "pretty sure",
                          "mastectomy with reconstruction at the same time", "the tumor size", "1", "the same", "yes",
                          "very sure", "lumpectomy", "keeps the breast"])
    text = turns[-1].text
    assert turns[-1].state == "compare_differs"
    assert "| The plan       | Surgery or a procedure | lumpectomy" in text
    assert "The plan, in your words. First: mastectomy with reconstruction at the same time. Second: lumpectomy." in text
