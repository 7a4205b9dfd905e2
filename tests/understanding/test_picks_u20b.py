"""Pick-several answers (helper u20b): what is clear is kept, only the unclear part is asked about (quoted as said),
and no pick is dropped or added silently. Wordings of our own, not the corpus lines, and look-alikes that must keep
their reading."""

from __future__ import annotations

import pytest

from assistant.flow import default_flow
from assistant.understanding import UNCLEAR
from assistant.understanding.lexicon import LexiconError

from .reading_support import FLOW, picks, reading


# --- A closing hedge after picks each joined on their own: the last part asked about -----------------------------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("signs", "1 and 3 and 7 probably", {"serious_diagnosis", "high_risk_treatment"}, "7 probably"),
    ("signs", "2 n 4 n 5 probably", {"major_procedure", "mismatch"}, "5 probably"),
    ("signs", "1 and 3 and also 7 prob", {"serious_diagnosis", "high_risk_treatment"}, "7 prob"),
    ("records", "the scans and labs, probably", {"imaging"}, "labs, probably"),
])
def test_closing_hedge_on_the_last_part_is_asked_with_the_rest_kept(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR
    assert set(result.value or []) == kept
    assert result.unclear == quoted


@pytest.mark.parametrize("state, line, want", [
    # one list and one closing hedge: the hedge covers the list alike, as the rounds mark it
    ("signs", "1 and 5 probably", {"serious_diagnosis", "vague_diagnosis"}),
    ("signs", "1, 3 and 7 probably", {"serious_diagnosis", "high_risk_treatment", "rare_complex"}),
    ("decision_sure", "2 and 4 i guess", {"understand", "support"}),
    # picks joined twice with no hedge at all
    ("signs", "1 and 3 and 7", {"serious_diagnosis", "high_risk_treatment", "rare_complex"}),
])
def test_a_list_hedged_whole_or_not_at_all_keeps_every_pick(state, line, want):
    assert picks(state, line) == want


# --- A plain pick beside a wish: the pick kept, the wish asked about -----------------------------------------------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("decision_sure", "I feel sure but I want to understand the options better", {"sure"},
     "i want to understand the options better"),
    ("decision_sure", "i know what matters to me, i wish i had more support", {"values"}, "i wish i had more support"),
    ("summary_sure", "i know what matters but id like to know the pros and cons better", {"values"},
     "id like to know the pros and cons better"),
])
def test_plain_pick_beside_a_wish_is_kept_and_the_wish_asked(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR
    assert set(result.value or []) == kept
    assert result.unclear.lower() == quoted


def test_a_wish_alone_is_still_asked_with_nothing_kept():
    result = reading("decision_sure", "I want to feel sure")
    assert result.certainty == UNCLEAR and not result.value


@pytest.mark.parametrize("state, line, want", [
    ("decision_sure", "I feel sure, but need more advice", {"sure"}),  # the wish is for something that is no item
    ("decision_sure", "I feel sure and I know the pros and cons", {"sure", "understand"}),
])
def test_items_said_plainly_keep_their_reading(state, line, want):
    assert picks(state, line) == want


# --- One list of doubt words, as data --------------------------------------------------------------------------------------

def test_the_doubt_words_are_one_list_read_by_each_reader():
    from assistant.understanding.doubt_words import doubt_words

    shared = doubt_words()
    assert {"maybe", "perhaps", "probably"} <= shared
    assert shared < doubt_words("clauses") and shared < doubt_words("count")
    assert "might" in doubt_words("clauses") and "suppose" in doubt_words("count")


def test_a_count_said_with_a_shared_doubt_word_is_offered_not_stored():
    result = reading("compare_first", "my GP agreed too, so that makes two probably")
    assert result.certainty != "sure" or result.value is None


# --- travel_easy.yaml is checked against the flow ---------------------------------------------------------------------------

def test_travel_choice_is_checked_against_the_flow(monkeypatch):
    from assistant.understanding import travel_easy

    travel_easy.check_against(FLOW)  # the shipped file fits the shipped flow
    data = dict(travel_easy.WORDS.data())
    data["choice"] = "travel_far"
    monkeypatch.setattr(travel_easy.WORDS, "_data", data)
    with pytest.raises(LexiconError, match="travel_far"):
        travel_easy.check_against(default_flow())


def test_deadline_alone_still_keeps_a_coming_time_and_not_a_past_one():
    from assistant.understanding.deadline_alone import deadline_alone
    from .reading_support import LEX, TODAY

    spec = FLOW.state("decision_why")
    assert deadline_alone("the surgeon want answer in 2 wks", spec, LEX, TODAY).note
    assert deadline_alone("had pain for 6 weeks", spec, LEX, TODAY) is None
    assert deadline_alone("2 weeks ago", spec, LEX, TODAY) is None


# --- An item said not to hold yet beside plain picks, at the SURE tests -------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("summary_sure", "1, 2 and 3. 4 not yet", {"sure", "understand", "values"}),
    ("summary_sure", "understand and values yes, support still no", {"understand", "values"}),
    ("decision_sure", "I know the pros and cons. Sure? No, not yet.", {"understand"}),
    ("decision_sure", "I know what matters to me. Support, less so.", {"values"}),
    ("summary_sure", "Clear on my values. Sure-ness pending the scan results.", {"values"}),
    ("summary_sure", "2 and 4. not sure yet", {"understand", "support"}),
    ("decision_sure", "pros and cons: check. support: tbd", {"understand"}),
    ("decision_sure", "I understand the options, and my kids help me. I dont feel sure.", {"understand", "support"}),
])
def test_an_item_said_not_to_hold_yet_is_left_out_and_the_rest_stored(state, line, want):
    assert picks(state, line) == want


@pytest.mark.parametrize("state, line", [
    # a doubt about what an item means, or about "the rest": the line's own reading, never a silent no
    ("decision_sure", "I get the pros and cons, but 'what matters most' I'm not sure what that means"),
    ("summary_sure", "understand the options, not sure about the rest maybe values"),
    # a plain part said with a degree is no plain pick
    ("decision_sure", "no sure. understand some"),
])
def test_doubts_beside_a_no_are_not_stored_as_plain_picks(state, line):
    result = reading(state, line)
    assert result.certainty != "sure" or result.value is None


@pytest.mark.parametrize("state, line, want", [
    ("decision_sure", "I am sure, no doubt", {"sure"}),  # "no doubt" is no "no"
    ("summary_sure", "all four now", {"sure", "understand", "values", "support"}),
    ("decision_sure", "I feel sure and I know the pros and cons", {"sure", "understand"}),
])
def test_plain_answers_at_the_sure_tests_keep_their_reading(state, line, want):
    assert picks(state, line) == want


# --- Signs and questions said by their gist ---------------------------------------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("signs", "major surgery and idk how to pick", {"major_procedure", "many_options"}),
    ("signs", "the chemo is hard on the body and the oncologist talked at us the whole time", {"high_risk_treatment", "not_heard"}),
    ("signs", "the pills keep failing and the new ones have scary side effects", {"treatment_failed", "high_risk_treatment"}),
    ("signs", "the operation is dangerous for him, and nobody listens", {"high_risk_treatment", "not_heard"}),
    ("questions", "the risks, what if we wait, and what theyd do if it were their own kid",
     {"q5", "q6", "q8"}),
    ("questions", "how soon, the risks, and what if no surgery at all", {"q4", "q5", "q3"}),
])
def test_gist_words_name_the_choice(state, line, want):
    assert picks(state, line) == want


def test_a_regimen_named_beside_a_risk_is_still_the_risk():
    result = reading("signs", "a high-risk regimen")
    assert "many_options" not in set(result.value or [])


# --- Numbers first, then a sentence naming another choice: the numbers kept, that sentence asked -----------------------

@pytest.mark.parametrize("state, line, kept", [
    ("signs", "3, 8. chemo is brutal, with about 1-2 percent mortality", {"high_risk_treatment", "many_options"}),
])
def test_numbers_first_then_another_choice_keeps_the_numbers_and_asks(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR
    assert set(result.value or []) == kept
    assert result.unclear and result.unclear.lower() != line.lower()


@pytest.mark.parametrize("state, line, want", [
    # the sentence after the numbers names only numbered choices: the numbers are the answer
    ("signs", "2, 8. the surgery is big and there are many options", {"major_procedure", "many_options"}),
    # an illness named in the reasons after the numbers (not_safe.py): the numbers stand
    ("signs", "2 and 3. The tumour board said cancer, and the risk of a leak is real.", {"major_procedure", "high_risk_treatment"}),
    ("signs", "1 and 2. the cancer is serious and the surgery big.", {"serious_diagnosis", "major_procedure"}),
    # numbers and words in one sentence: read as one answer
    ("signs", "1, 2 and the rare one", {"serious_diagnosis", "major_procedure", "rare_complex"}),
])
def test_numbers_with_their_own_reasons_are_stored(state, line, want):
    assert picks(state, line) == want


@pytest.mark.parametrize("state, line, want", [
    # rv14's worry: a pick said beside a test still to come is a pick that holds, never dropped
    ("signs", "5, 8 awaiting biopsy", {"vague_diagnosis", "many_options"}),
    ("summary_sure", "2 and 3, awaiting the biopsy", {"understand", "values"}),
])
def test_a_pick_beside_a_test_to_come_is_kept(state, line, want):
    result = reading(state, line)
    assert set(result.value or []) >= want or result.certainty != "sure"
