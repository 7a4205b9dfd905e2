"""Round 20 (issue 11b): clear answers asked again, partly kept or confirmed, fixed by mechanism, in
our own words (none of these lines is in a round's data)."""

from __future__ import annotations

import pytest

from .reading_support import pick, picks, reading


# A verb of choosing before the numbers only points at them, in any of its forms (lexicon.yaml
# `pointers`, dialogues/choosing.yaml).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "please tick 1 and 3", {"sure", "values"}),
    ("decision_sure", "I'd select 2, 3", {"understand", "values"}),
    ("summary_sure", "marking 2 and 4", {"understand", "support"}),
    ("summary_sure", "circled 1, 2", {"sure", "understand"}),
    ("questions", "kindly ticked 2, 6 and 9", {"q2", "q6", "q9"}),
    ("questions", "I opted for 1, 4 and 5", {"q1", "q4", "q5"}),
])
def test_a_verb_of_choosing_points_at_the_numbers(state, line, meant):
    assert picks(state, line) == meant


# The same verb after a negation leaves the number out, never picks it (choosing.py).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "don't tick 2, only 3", {"values"}),
    ("decision_sure", "dont pick 1, just 4", {"support"}),
    ("summary_sure", "I would not select 1 but 2 and 4", {"understand", "support"}),
    ("questions", "never chose 3, only 5, 6 and 8", {"q5", "q6", "q8"}),
    ("questions", "I won't mark 1. 2, 7 and 9", {"q2", "q7", "q9"}),
])
def test_a_negated_verb_of_choosing_leaves_the_number_out(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("line", ["I would not choose 1", "don't tick 3", "never selected 2"])
def test_a_number_only_left_out_is_never_stored(line):
    result = reading("decision_sure", line)
    assert result.certainty != "sure" or not result.value


# A hedge over the whole pick-any answer, before or after a list of numbers, covers every pick
# alike: the numbers are kept (whole_hedge.py, dialogues/hedges.yaml).
@pytest.mark.parametrize("state, line, meant", [
    ("summary_sure", "probably 1 and 3", {"sure", "values"}),
    ("summary_sure", "I think 2 and 4.", {"understand", "support"}),
    ("decision_sure", "2, 3 i believe", {"understand", "values"}),
    ("decision_sure", "i'd say 3 and 4", {"values", "support"}),
    # (helper 11a14: a guess said FIRST at a question of fact, "possibly 2 and 3", is now offered back for a Yes,
    # test_round28_misreads.py; said after, it is still kept)
    ("signs_more", "2 and 3 probably", {"insurance_requires", "not_specialist"}),
    ("questions", "maybe 3, 6 and 7. I guess.", {"q3", "q6", "q7"}),
])
def test_a_hedge_over_the_whole_list_keeps_every_pick(state, line, meant):
    assert picks(state, line) == meant


# Picks said as places under a hedge ("perhaps the first and the third"): offered back for a Yes.
# One hedged pick is read as before: "maybe 3" asked (round 5), "5 i guess" a choice made (round 14).
@pytest.mark.parametrize("line", ["perhaps the first and the third", "I think the second and the fourth"])
def test_hedged_places_are_offered_back(line):
    result = reading("summary_sure", line)
    assert result.certainty == "likely" and len(result.value) == 2


@pytest.mark.parametrize("line", ["maybe 2", "1, 2 maybe", "3 and 4 perhaps"])
def test_maybe_on_one_number_is_never_stored_whole(line):
    result = reading("summary_sure", line)
    assert not (result.certainty == "sure" and result.value and not result.unclear and len(result.value) >= 2)
    assert not (result.certainty == "sure" and line == "maybe 2")


# A hedge on one pick among plain ones, a hedge with "?", "or", a doubt, or words: not taken whole.
@pytest.mark.parametrize("state, line", [
    ("summary_sure", "2, 3 and maybe 4"),
    ("summary_sure", "maybe 2 or 3"),
    ("summary_sure", "maybe 2 and 4? idk"),
    ("decision_sure", "probably 1 and 2, not sure"),
    ("red_flags", "maybe 2 and 3"),
    ("compare_context", "the second one didnt have the echo from october i think"),
])
def test_a_hedge_that_is_a_doubt_is_not_taken_whole(state, line):
    result = reading(state, line)
    assert not (result.certainty == "sure" and result.value and not result.unclear and len(result.value) >= 2)


# The first doctor's treatment in people's words: a removal said with the particle after its object,
# however long the object ("the top of my lung") or with an adverb after it ("laparoscopically"), or
# with "only/just" before a part said with "out" alone (phrasal.py); a procedure by the ending of
# its word ("-tripsy", "-oscopically", dialogues/plain_words.yaml `endings`).
@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "take the stone out surgically"),
    ("compare_one_treatment", "have the top of his lung out"),
    ("compare_two_treatment", "just the left ovary out"),
    ("compare_two_treatment", "only the gallbladder out, nothing else"),
    ("compare_one_treatment", "lithotripsy for the kidney stone"),
    ("compare_two_treatment", "remove it endoscopically"),
    ("compare_one_treatment", "a thoracoscopic wedge"),
])
def test_surgery_in_peoples_words_is_surgery(state, line):
    assert pick(state, line) == "surgery"


@pytest.mark.parametrize("line", ["he said go out and walk daily", "they took him out for lunch happily", "no surgery, just pills"])
def test_other_outs_are_not_surgery(line):
    assert pick("compare_one_treatment", line) != "surgery"


# Word families: a verb's -es after a hiss ("fixes", "reaches") is the same word as "fix" in a
# lexicon phrase of two words or more (stems.py).
def test_a_verb_in_another_form_matches_its_phrase():
    from assistant.understanding.stems import stem

    assert [stem(w) for w in ("fixes", "reaches", "wishes", "misses", "boxes")] == ["fix", "reach", "wish", "miss", "box"]


# "Which plan would you lean toward?" in people's words: the most done, said as getting all of it or
# for good; not able to choose yet is Not sure (dialogues/lexicon.yaml).
@pytest.mark.parametrize("line, meant", [
    ("whatever fix it for good", "more_now"),
    ("the one that gets all of it", "more_now"),
    ("I just want the tumor gone", "more_now"),
    ("the plan that does most, side effects or not", "more_now"),
    ("once and for all, the strong one", "more_now"),
    ("can't choose yet", "not_sure"),
    ("cant pick yet, sorry", "not_sure"),
])
def test_the_plans_values_in_peoples_words(line, meant):
    assert pick("compare_values", line) == meant


def test_getting_it_all_denied_is_not_the_most_done():
    assert pick("compare_values", "the gentle one, not the one that gets it all") == "gentler"


# Short words of other tongues and of texting, read in English (lexicon.yaml `rewrites`).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_who", "mija", "caregiver"),
    ("compare_who", "for mi hijo", "caregiver"),
    ("compare_who", "me, obvs", "patient"),
    ("timing_seen", "naw not yet", "no"),
    ("decision_worsening", "naw", "no"),
])
def test_short_words_read_in_english(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line", [("compare_one_confidence", "no recuerdo"), ("compare_one_field", "ya no me acuerdo")])
def test_not_remembering_in_spanish_is_not_knowing(state, line):
    result = reading(state, line)
    assert result.dont_know or (result.certainty == "sure" and result.value in ("not_said", "not_sure"))


# A decimal measure at a pick-any question is one word, never choice numbers: "37.2" is no 37 and 2,
# "a 2.5 cm nodule" no pick of 2 (bullets.plain_marks). "1.2" alone may be picks typed with a stop.
@pytest.mark.parametrize("state, line, meant", [
    ("records", "the 2.5 cm nodule scan and the labs", {"imaging", "labs"}),
    ("records", "scans and labs, psa was 4.25", {"imaging", "labs"}),
    ("red_flags_child", "temp was 38.5 yesterday but none of these now", {"none"}),
    ("signs_more", "1, her weight is 3.2 kg only", {"comorbidities"}),
])
def test_a_decimal_measure_is_no_pick(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("line", ["warm at night, 37.4, no rash", "she had 101.3 this morning"])
def test_a_temperature_never_keeps_a_danger_sign_it_does_not_name(line):
    result = reading("red_flags_child", line)
    assert not (result.value and set(result.value) - {"none"} and result.certainty == "sure")
    assert "unconscious" not in (result.value or [])


# A word that only says how the speaker feels, or whom they speak to, standing as its own clause is
# left out: a comment adverb, a word of address, a filler, a thanks to God (dialogues/particles.yaml).
@pytest.mark.parametrize("state, line, meant", [
    ("summary_sure", "I know what matters most, honey.", {"values"}),
    ("summary_sure", "pues, I know the good and bad", {"understand"}),
    ("decision_sure", "Sadly, only 4", {"support"}),
    ("red_flags_child", "none of them thank goodness", {"none"}),
    ("red_flags", "the last one, praise the Lord", {"none"}),
    ("signs", "The tenth, unfortunately.", {"peace_of_mind"}),
])
def test_a_word_of_feeling_or_address_is_no_part(state, line, meant):
    assert picks(state, line) == meant


def test_such_a_word_inside_a_sentence_stays():
    assert picks("summary_sure", "my dear friend helps me") != {"values"}


# A question asked as a request ("tell me", "explain", "clarify", "let me know" before a question
# word) is a question, never an answer (requests.py).
@pytest.mark.parametrize("state, line", [
    ("compare_decision_point", "please explain what a decision point is"),
    ("fit", "kindly tell me which one is cheaper"),
    ("decision_worsening", "could you clarify if a nurse visit counts"),
    ("compare_values", "let me know what gentler means here"),
    ("records", "pls tell us whether the discharge papers count"),
    ("fit_two_opinions", "explain the third opinion one"),
])
def test_a_request_to_explain_is_a_question(state, line):
    result = reading(state, line)
    assert result.asked and not (result.certainty == "sure" and result.value)


@pytest.mark.parametrize("state, line, meant", [
    ("compare_who", "I will tell him it is for me", "patient"),
    ("compare_who", "tell you what, it's for my son", "caregiver"),
])
def test_telling_someone_is_no_request_to_me(state, line, meant):
    assert pick(state, line) == meant


# Examples after a colon say what the pick before it is, as examples in brackets do
# (colon_examples.py, then brackets.py with its guards).
@pytest.mark.parametrize("state, line, meant", [
    ("signs", "many options: drops, laser, operation", {"many_options"}),
    ("signs", "many choices: physio, injections, operation", {"many_options"}),
    ("signs", "too many choices: laser, drops, operation, and no one tells me which", {"many_options"}),
    ("records", "scans: the MRI and the CT", {"imaging"}),
    ("specialist_focus", "the scans: an MRI, a PET", {"imaging"}),
    ("signs", "Major surgery. Also many options: chemo, radiation, surgery.", {"major_procedure", "many_options"}),
])
def test_examples_after_a_colon_describe_the_pick(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("decision_sure", "pros/cons: yes. sure: no"),
    ("signs_more", "Possibly 1: hypertension, controlled with one pill."),
    ("compare_differs", "the plan: one says surgery, the other says wait"),
])
def test_a_colon_that_is_no_list_of_examples_is_read_as_before(state, line):
    result = reading(state, line)
    before = {"decision_sure": {"understand"}}.get(state)
    if before is not None:
        assert result.certainty == "sure" and set(result.value) == before
    else:
        assert not (result.certainty == "sure" and result.value and len(result.value) > 1)


# At the self-checks, picks and then a doubt about the rest ("Beyond that, I am uncertain"): the
# rest is not true for the person, nothing else (beyond_that.py, dialogues/hedges.yaml `self_check`).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "I know the pros and cons. Beyond that, I'm not sure.", {"understand"}),
    ("decision_sure", "my family is with me. Other than that, not really.", {"support"}),
    ("summary_sure", "I understand the options now. Apart from that, still unsure.", {"understand"}),
    ("summary_sure", "3. Besides that, no.", {"values"}),
    ("decision_sure", "2 and 4, aside from that I admit I am uncertain", {"understand", "support"}),
])
def test_a_doubt_about_the_rest_at_a_self_check_is_nothing_else(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("decision_sure", "She knows what she wants. Beyond that, not really."),
    ("records", "the scans. beyond that, not sure"),
    ("decision_sure", "Beyond that, not sure"),
])
def test_a_doubt_about_the_rest_is_never_none_or_a_guess(state, line):
    result = reading(state, line)
    assert not (result.certainty == "sure" and result.value and ("none" in result.value or not result.unclear and state == "records"))
