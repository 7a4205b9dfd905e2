"""The fallback by word overlap (assistant/understanding/overlap.py): a line, or part of a line, no
phrase rule read is compared word by word with each choice's own words.

Every answer here was written for these tests, as a patient or a caregiver would type it (none is
from a corpus round). A wrong pick taken silently is the failure that matters most: lines that
name two choices, negate one, hedge, or say nothing of the question are never taken.
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE, UNCLEAR
from assistant.understanding.overlap import ACCEPT, judge, names_another, place, single, vocabulary
from assistant.understanding.overlap import LIKELY as OFFER
from understanding.reading_support import FLOW, LEX, reading, stored


def verdict(state: str, line: str):
    return judge(line, FLOW.state(state), LEX)


# Strong, specific words of one choice: taken.
ACCEPTED = [
    ("welcome", "it's my own health problem", "patient"),
    ("decision_situation", "things have gone downhill very quickly this week", "worsening"),
    ("decision_situation", "it's a simple hernia and the plan seems fine", "straightforward"),
    ("decision_situation", "he has been having seizures and they changed his meds twice with no effect", "treatment_failure"),
    ("decision_situation", "they booked me for a procedure on my heart valve", "surgery"),
    ("decision_situation", "she is going downhill fast, weaker each day", "worsening"),
    ("decision_situation", "routine thing, the plan is doing its job", "straightforward"),
    ("decision_situation", "the symptoms have been there a long time and still no diagnosis", "chronic"),
    ("decision_situation", "a procedure has been offered, it is not an emergency", "surgery"),
    ("decision_sure", "i get the pros and cons of each path", "understand"),
    ("decision_sure", "i have my family and my nurse behind me", "support"),
    ("decision_sure", "plenty of support and advice from my family", "support"),
    ("signs", "they want me to do a risky chemo with lots of side effects", "high_risk_treatment"),
    ("signs", "it's a brand new cancer diagnosis", "serious_diagnosis"),
    ("signs", "i want to feel at peace before i sign anything", "peace_of_mind"),
    ("signs", "the condition he has is rare and the case is complex", "rare_complex"),
    ("signs", "they advised a major operation on her bowel", "major_procedure"),
    ("signs", "i don't understand what the plan even is", "not_heard"),
    ("signs_more", "he also has diabetes, kidney disease and a bad heart", "comorbidities"),
    ("signs_more", "the insurance company told us to get another opinion", "insurance_requires"),
    ("signs_more", "it's a drug that is still being tested in trials", "experimental"),
    ("signs_more", "she has heart failure and diabetes on top of this", "comorbidities"),
    ("fit_two_opinions", "put the two side by side now", "compare"),
    ("fit", "let's go ahead and set up the second opinion", "second_opinion"),
    ("fit", "try to get answers another way first", "alternative"),
    ("fit_alternatives", "a sit down appointment just to go over everything and decide", "structured_followup"),
    ("fit_alternatives", "get the plan written down on paper", "written_plan"),
    ("fit_alternatives", "have another radiologist look at the scan again", "targeted_review"),
    ("fit_alternatives", "a patient navigator to help us", "advocate"),
    ("specialist_focus", "it depends a lot on what the mri shows", "imaging"),
    ("specialist_focus", "getting there is hard, we live far away", "travel_hard"),
    ("specialist_focus", "it's a kind of lymphoma with many subtypes", "subtype"),
    ("specialist_focus", "an unusual and complicated case", "rare"),
    ("records", "the tissue results from the biopsy", "pathology"),
    ("records", "the discharge summary they gave us when he left", "discharge_summaries"),
    ("records", "the operation notes from his knee procedure", "procedure_notes"),
    ("logistics_insurer", "what paperwork they need and who fills it in", "form"),
    ("logistics_insurer", "the date they need the opinion by", "deadline"),
    ("logistics_ask", "i plan to bring it up next time i see her", "will_ask"),
    ("questions", "the most likely cause and other possibilities", "q1"),
    ("questions", "the backup plan if it doesnt work", "q9"),
    ("compare_who", "this is about my own treatment", "patient"),
    ("compare_one_field", "a whole panel of doctors at the cancer center", "team"),
    ("compare_one_field", "a board of experts at the university", "team"),
    ("compare_one_confidence", "he had doubts and wanted more tests", "unsure"),
    ("compare_one_treatment", "keep an eye on it with regular checks", "watch"),
    ("compare_one_treatment", "a device they would put in, like a stimulator", "device"),
    ("compare_differs", "how serious it is and how far it has spread", "stage"),
    ("compare_context", "one doctor questioned the lab report on the biopsy", "biopsy"),
    ("compare_context", "the doctor asked for the scan to be redone", "scans"),
    ("compare_values", "the plan with fewer side effects even if it does less", "gentler"),
]

# One choice ahead, but on little (one word, a near spelling) or with a hedge: offered for a Yes.
OFFERED = [
    ("decision_situation", "they found a mass and still can't tell what kind it is", "new_diagnosis"),  # a "not" of other words
    ("welcome", "looking into this on behalf of my grandmother", "caregiver"),
    ("welcome", "i got two different answers from two hospitals and need to weigh them", "compare"),
    ("decision_situation", "pain that has dragged on for two years without an answer", "chronic"),
    ("decision_situation", "a blood cancer was just found and the kind is still unclear", "new_diagnosis"),
    ("signs", "he is never heard by them", "not_heard"),
    ("signs", "nobody hears what we are saying", "not_heard"),
    ("signs", "the tests look normal but i feel awful", "mismatch"),
    ("signs", "it is an unusual sort of thing, the doctors say", "rare_complex"),  # (11b10: "unusual disease", "very few people" are lexicon words now)
    ("signs", "i just want to be certain before going ahead", "peace_of_mind"),
    ("signs", "a rare one, not many get it", "rare_complex"),  # (11b10: "hardly anyone has" is a lexicon phrase now)
    ("signs", "they talk over me and nobody listens", "not_heard"),
    ("signs", "the numbers look fine but she feels awful", "mismatch"),
    ("signs_more", "everyone keeps telling me it's just stress", "dismissed"),
    ("signs_more", "they keep dismissing my pain", "dismissed"),
    ("signs_more", "whenever i mention the pain they brush it off", "dismissed"),
    ("fit", "stick with what we are doing for now", "keep_plan"),
    ("fit", "i still want to see another specialist", "second_opinion"),
    ("fit_two_opinions", "weigh the two against each other", "compare"),
    ("fit_alternatives", "a nurse who can guide us", "advocate"),
    ("records", "the papers they gave us when she was sent home from the ward", "discharge_summaries"),
    ("records", "his blood tests from last month", "labs"),
    ("logistics", "we have no health coverage at the moment", "no_insurance"),
    ("logistics", "i'm uninsured right now", "no_insurance"),
    ("logistics_ask", "i'd rather keep it quiet for now", "not_yet"),
    ("questions", "what happens if we let a couple of months go by", "q6"),
    ("compare_first", "i have seen four doctors", "three_plus"),
    ("compare_one_confidence", "he was somewhat confident", "fairly"),
    ("compare_one_treatment", "tablets and physio", "medicine"),
    ("compare_one_treatment", "a pacemaker", "device"),
    ("compare_differs", "how quickly we need to act", "urgency"),
    ("compare_context", "the scan was blurry and they want a new one", "scans"),
    ("compare_values", "something softer on her body", "gentler"),
]


@pytest.mark.parametrize("state, line, choice", ACCEPTED)
def test_strong_specific_words_of_one_choice_are_taken(state, line, choice):
    found = verdict(state, line)
    assert found is not None and (found.choice, found.how) == (choice, ACCEPT)


@pytest.mark.parametrize("state, line, choice", OFFERED)
def test_one_choice_ahead_on_little_evidence_is_offered_not_taken(state, line, choice):
    found = verdict(state, line)
    assert found is not None and (found.choice, found.how) == (choice, OFFER)


# Never taken: a negated choice, two choices weighed, a hedge, a question, words of no choice.
NEVER_TAKEN = [
    ("compare_one_field", "no kidney specialist yet", "specialist"),
    ("compare_one_field", "not a surgeon, that much i know", "surgeon"),
    ("compare_one_field", "it wasn't our family doctor", "primary_care"),
    ("compare_differs", "not the diagnosis", "diagnosis"),
    ("compare_one_treatment", "they did not want to operate", "surgery"),
    ("specialist_focus", "no biopsy was done", "pathology"),
    ("records", "never got the discharge papers", "discharge_summaries"),
    ("records", "we don't have the biopsy report", "pathology"),
    ("fit", "not another opinion, we've had enough", "second_opinion"),
    ("fit", "i don't want to keep the current plan", "keep_plan"),
    ("signs", "the treatment has not failed so far", "treatment_failed"),
    ("signs_more", "my insurance does not require it", "insurance_requires"),
    ("signs_more", "my symptoms are not brushed off", "dismissed"),
    ("compare_values", "not the strongest one", "more_now"),
]


@pytest.mark.parametrize("state, line, choice", NEVER_TAKEN)
def test_a_negated_choice_is_never_taken_or_offered(state, line, choice):
    found = verdict(state, line)
    assert found is None or found.choice != choice


ASKED = [
    ("compare_one_field", "a surgeon or maybe a specialist"),  # two choices weighed
    ("fit", "second opinion or keep the plan, I can't decide"),
    ("records", "imaging or labs"),
    ("specialist_focus", "it depends on what the mri shows but we live far away"),  # two choices
    ("compare_values", "the gentler one but maybe the stronger one"),
    ("compare_context", "unclear scan but clear biopsy"),
    ("specialist_focus", "the scans or the biopsy, not sure which"),
    ("welcome", "banana bread"),  # words of no choice
    ("welcome", "the weather is nice today"),
    ("decision_situation", "my cat is sick"),
    ("signs", "purple monkey dishwasher"),
    ("records", "lorem ipsum dolor sit amet"),
    ("questions", "pizza"),
    ("compare_one_confidence", "he is a nice man"),
    ("fit_alternatives", "my car broke down"),
    ("logistics_insurer", "call me maybe"),
    ("decision_sure", "i know which downsides i can live with"),  # shared words only
    ("compare_one_treatment", "what is radiation like?"),  # a question
    ("records", "the thing from the clinic, the other thing from the ward"),  # two choices, one word each
]


@pytest.mark.parametrize("state, line", ASKED)
def test_nothing_ahead_two_close_or_nothing_said_is_asked(state, line):
    assert verdict(state, line) is None


# A choice's words said of something else: someone else's case, the past, what is missing or
# waiting, what is not the issue. At most offered, never taken.
TURNED = [
    ("records", "we are still waiting for the lab to send the blood results"),
    ("records", "the hospital lost all his scans and the biopsy slides"),
    ("records", "his surgeon refused to give us the operation notes"),
    ("signs", "my friend had a rare condition once, not me"),
    ("signs", "the side effects they mentioned seem mild and low risk"),
    ("signs_more", "my doctor is a top specialist in this field"),
    ("decision_situation", "the surgery was last year and went fine"),
    ("decision_situation", "my neighbour had the same surgery"),
    ("fit_alternatives", "we already had a written plan and a follow-up visit"),
    ("compare_one_treatment", "he ruled out surgery completely"),
    ("compare_context", "the scans were clear and the biopsy was solid"),
    ("specialist_focus", "scans are not really the issue here"),
    ("specialist_focus", "the biopsy came back clean, so no"),
    ("decision_sure", "my family does not support me at all"),
    ("fit", "my sister thinks a second opinion is a waste of time"),
]


@pytest.mark.parametrize("state, line", TURNED)
def test_a_choices_words_said_of_something_else_are_never_taken(state, line):
    found = verdict(state, line)
    assert found is None or found.how == OFFER


HEDGED = [
    ("signs", "maybe the condition is rare and the case is complex", "rare_complex"),
    ("fit_alternatives", "i guess the plan written down on paper", "written_plan"),
    ("decision_situation", "i think they booked a procedure on his heart valve", "surgery"),
    ("compare_one_field", "probably a whole panel of doctors at the cancer center", "team"),
    ("decision_situation", "they booked me for a procedure on my heart valve, but it is a while off", "surgery"),
]


@pytest.mark.parametrize("state, line, choice", HEDGED)
def test_a_hedge_or_a_but_makes_strong_words_an_offer(state, line, choice):
    found = verdict(state, line)
    assert found is not None and (found.choice, found.how) == (choice, OFFER)


@pytest.mark.parametrize("line", ["i dont feel heard at all", "i do not feel heard", "we don't feel heard"])
def test_a_choice_said_with_not_matches_a_line_said_with_not(line):
    found = verdict("signs", line)
    assert found is not None and found.choice == "not_heard"


def test_a_near_spelling_counts_a_little_less():
    exact, typo = verdict("signs", "i dont feel heard at all"), verdict("signs", "i dont feel herd at all")
    assert typo is not None and typo.choice == "not_heard" and typo.how == OFFER and typo.score < exact.score


@pytest.mark.parametrize("state", ["red_flags", "red_flags_child", "urgent_care", "urgent_care_check"])
def test_the_emergency_questions_are_left_to_the_rules_and_the_safety_screen(state):
    assert verdict(state, "my chest feels tight and heavy and i am sweating a lot") is None
    assert verdict(state, "nothing like that is going on, all fine here") is None


@pytest.mark.parametrize("line", ["", "   ", "!!!", "?", ",,, ... ;;", "the and of to a", "um well you know like",
                                  "情况很复杂", "🙂🙂🙂", "\x1b[31mred\x1b[0m", "é à ü", "12 34 56"])
def test_bad_input_gives_no_reading_and_no_error(line):
    for state in ("records", "fit", "decision_situation", "questions"):
        assert verdict(state, line) is None


def test_a_very_long_line_is_asked_about_not_guessed():
    story = "the discharge summary they gave us when he left " + "and then we drove home and had dinner " * 30
    assert verdict("records", story) is None
    result = reading("records", story)
    assert not stored(result)


def test_the_vocabulary_of_a_question_is_built_once():
    spec = FLOW.state("records")
    assert vocabulary(spec, LEX) is vocabulary(spec, LEX)


def test_single_turns_a_verdict_into_a_reading_to_store_or_offer():
    spec = FLOW.state("decision_situation")
    taken = single("they booked me for a procedure on my heart valve", spec, LEX)
    offered = single("pain that has dragged on for two years without an answer", spec, LEX)
    assert (taken.certainty, taken.value) == (SURE, "surgery")
    assert (offered.certainty, offered.value) == (LIKELY, "chronic")
    assert single("my cat is sick", spec, LEX) is None


def test_place_adds_a_clear_remainder_offers_a_likely_one_and_asks_about_the_rest():
    spec = FLOW.state("records")
    added = place(["the discharge summary they gave us when he left"], spec, LEX, ["imaging"])
    assert (added.certainty, added.value) == (SURE, ["imaging", "discharge_summaries"])
    offered = place(["his blood tests from last month"], spec, LEX, ["imaging"])
    assert (offered.certainty, offered.value) == (LIKELY, ["imaging", "labs"])
    mixed = place(["the discharge summary they gave us when he left", "purple monkey"], spec, LEX, ["imaging"])
    assert (mixed.certainty, mixed.value, mixed.unclear) == (UNCLEAR, ["imaging", "discharge_summaries"], "purple monkey")
    assert place(["purple monkey"], spec, LEX, ["imaging"]) is None  # nothing changed: the re-ask as before
    assert place(["the discharge summary they gave us when he left"], spec, LEX, ["none"]) is None  # never on top of "none"


def test_a_remainder_about_a_choice_already_read_is_set_aside_only_on_strong_words():
    spec = FLOW.state("records")
    same = place(["the discharge summary they gave us when he left"], spec, LEX, ["discharge_summaries"])
    assert (same.certainty, same.value) == (SURE, ["discharge_summaries"])
    one_word = place(["the thing from the clinic"], spec, LEX, ["clinic_notes"])
    assert one_word is None  # one word of it: still asked


def test_place_never_offers_fewer_picks_than_the_question_needs():
    spec = FLOW.state("questions")  # at least three
    result = place(["what happens if we let a couple of months go by"], spec, LEX, ["q1"])
    assert result.certainty == UNCLEAR and result.value == ["q1"]


def test_a_remark_is_read_only_when_it_names_another_choice_on_more_than_one_word():
    spec = FLOW.state("records")
    assert names_another("the papers they gave us when she was sent home from the ward", spec, LEX, ("pathology",))
    assert not names_another("the papers they gave us when she was sent home from the ward", spec, LEX, ("discharge_summaries",))
    assert not names_another("thank god we kept everything", spec, LEX, ("pathology",))
    assert not names_another("someone to explain it in spanish", FLOW.state("fit_alternatives"), LEX, ("advocate",))


@pytest.mark.parametrize("text, problem", [
    ("stop: [a]\n", "needs the lists"),
    ("stop: a\nnegations: []\nnegation_ends: []\nnegation_reach: 3\nhedges: []\ngeneral: []\nturns: []\n", "must be lists"),
    ("stop: [a\n", "overlap.yaml"),
    ("- just\n- a list\n", "needs the lists"),
])
def test_a_broken_word_file_is_one_clear_error(tmp_path, text, problem):
    from assistant.understanding.lexicon import LexiconError
    from assistant.understanding.overlap import load_words

    path = tmp_path / "overlap.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=problem) as caught:
        load_words(path)
    assert str(caught.value).startswith("overlap.yaml:")
    with pytest.raises(LexiconError, match="cannot be read"):
        load_words(tmp_path / "missing.yaml")
