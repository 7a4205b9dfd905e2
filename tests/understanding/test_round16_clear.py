"""Round 16 (issue 11b): clear answers that were asked about again, by mechanism, in our own words."""

from __future__ import annotations

import pytest

from assistant.understanding.asides import judged
from assistant.understanding.exclusions import without_excluded
from assistant.understanding.heard import without_comma_asides
from assistant.understanding.inability import cannot_say
from assistant.understanding.negraise import subject_not
from assistant.understanding.order_numbers import swapped_numbers
from assistant.understanding.twosided import without_tag_no

from .reading_support import FLOW, LEX, pick, picks, reading, stored


# A number said with "not" beside the numbers picked: the one left out, said plainly (exclusions.py).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "3 and 4 but not 1", {"values", "support"}),
    ("decision_sure", "2, 4. not 1 for now", {"understand", "support"}),
    ("summary_sure", "not 1 yet, 2 and 3 though", {"understand", "values"}),
    ("summary_sure", "not number 1. the others yes", {"understand", "values", "support"}),
    ("decision_sure", "not 1 haha, all the rest", {"understand", "values", "support"}),
    ("signs", "1 and 3. not 2 - no surgery was offered", {"serious_diagnosis", "high_risk_treatment"}),
    ("signs_more", "only 3, not 1 or 2", {"not_specialist"}),
])
def test_left_out_numbers(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("decision_sure", "2 and 3, maybe not 4"),   # a doubt about the one left out: as typed
    ("decision_sure", "2 and 3, not 3"),         # left out and picked: asked
    ("decision_sure", "not 1?"),
    ("signs_more", "2, not 9"),                  # no choice 9 here
])
def test_left_out_numbers_only_when_plain(state, line):
    assert without_excluded(line, FLOW.state(state)) is None


def test_left_out_number_alone_is_read_as_typed():
    assert without_excluded("not 1", FLOW.state("decision_sure")) is None
    assert without_excluded("not 2", FLOW.state("compare_one_treatment")) is None  # a pick-one question: as typed


# Saying one cannot say, however dressed, is "I don't know" (inability.py).
@pytest.mark.parametrize("line", ["I can't really say just now.", "we couldn't tell you for certain", "cannot honestly say at this point",
                                  "I'm unable to say", "i not recall", "not knowing sorry", "I can't be sure"])
def test_cannot_say_is_dont_know(line):
    assert cannot_say(line) == "i dont know"
    assert pick("fit_decision_point", line) == "not_sure"
    assert picks("summary_sure", line) == {"none"}


def test_cannot_say_without_a_choice_for_it():
    result = reading("fit_opinions", "I honestly can't say")
    assert result.dont_know and result.value is None


@pytest.mark.parametrize("line", ["I can't say he was sure", "can't say no to surgery", "I can't tell my wife yet", "not remember the name of it"])
def test_cannot_say_something_is_read_as_typed(line):
    assert cannot_say(line) is None


# A pick named as the way out if the other fails, right after it: the other is the answer (hedging.fallback).
@pytest.mark.parametrize("state, line, meant", [
    ("fit_two_opinions", "put the two side by side first; a third opinion as a last resort", "compare"),
    ("fit_two_opinions", "compare them, and a third one later if they still clash", "compare"),
    ("compare_one_treatment", "tablets now, the operation if that doesnt work", "medicine"),
    ("compare_two_treatment", "watch it closely, surgery if it comes to that", "watch"),
])
def test_fallback_named_as_one(state, line, meant):
    assert pick(state, line) == meant


def test_fallback_words_of_a_choice_stay_a_pick():
    # "what's next if it fails" is the words of a question on the list, not a fallback.
    assert set(reading("questions", "the risks, and whats next if it fails").value) == {"q5", "q9"}


# A part that only points back at what was just said and judges it: no more answer (asides.judged).
@pytest.mark.parametrize("state, line, meant", [
    ("fit_alternatives", "a second look at the slides, that's the key thing", {"targeted_review"}),
    ("summary_sure", "I know the pros and cons now, which is a first", {"understand"}),
    ("decision_sure", "2 and 4 - this is a big relief", {"understand", "support"}),
])
def test_pointed_back_remark(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("part", ["thats not all", "that or 3", "thats maybe it", "that is wrong", "which is also 4"])
def test_pointed_back_remark_that_turns_is_no_remark(part):
    assert not judged(part.split())
    assert judged("thats the main thing".split())


# "not" with a word of degree says no to the part before it (clauses.py).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "Pros and cons, yes. Sure, not in the slightest.", {"understand"}),
    ("summary_sure", "support: absolutely. sure: by no means", {"support"}),
    ("summary_sure", "what matters, yes. sure, not even close", {"values"}),
    ("decision_sure", "Values, yes. Support, yes. Sure, not at all.", {"values", "support"}),
])
def test_degree_no(state, line, meant):
    assert picks(state, line) == meant


# "not sure about X": the doubt reaches what it is about (matching.py), never X picked.
@pytest.mark.parametrize("line", ["I know the pros and cons; I am not certain about what matters most",
                                  "I understand the options but I'm not clear on what matters most to me",
                                  "I know the good and bad points. not confident about what matters most"])
def test_doubt_reaches_its_object(line):
    result = reading("decision_sure", line)
    assert "values" not in (result.value or [])


# An aside between commas ("however", "frankly") cuts nothing (heard.without_comma_asides).
@pytest.mark.parametrize("line, meant", [
    ("I have good support and I know the pros and cons; I am not sure, frankly, what matters most", {"support", "understand"}),
    ("my family backs me, to be honest, and I know the pros and cons", {"support", "understand"}),
])
def test_comma_aside(line, meant):
    assert picks("decision_sure", line) == meant


def test_comma_aside_keeps_hedges():
    assert without_comma_asides("2 and 3, I think, and 4") is None
    assert without_comma_asides("2, however, 3") == "2 3"


# A count said first, then the parts that add up to it: the parts are no picks (counting.breakdown).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_first", "three - two here and one in Lagos", "three_plus"),
    ("compare_first", "2, one at the clinic and one at the university", "two"),
    ("compare_first", "Three; 2 in Chicago and 1 in Manila", "three_plus"),
])
def test_count_then_its_parts(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("line", ["three, one here and one there", "two, or three", "3 1 2"])
def test_parts_that_do_not_add_up_are_asked(line):
    assert pick("compare_first", line) is None


# A word that fits two kinds of doctor, settled by saying what the doctor is (settled.py).
@pytest.mark.parametrize("line", ["the urologist - she's a surgeon", "a urologist, who is the surgeon for the op"])
def test_two_sided_doctor_word_settled_by_what_they_are(line):
    assert pick("compare_one_field", line) == "surgeon"


@pytest.mark.parametrize("line", ["the urologist, he's the one who wants to operate", "a urologist, he isn't the surgeon", "a urologist"])
def test_two_sided_doctor_word_not_settled_by_what_they_do(line):
    assert pick("compare_one_field", line) is None


# A clause that grants something about someone else leaves the main clause as the answer (concessive.py).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_who", "It's for me, although my husband does the typing", "patient"),
    ("compare_who", "for my brother, even though I'm the one with questions", "caregiver"),
    ("compare_one_treatment", "an operation, although the nurse talked about pills", "surgery"),
])
def test_granted_clause_is_background(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "an operation, though he also mentioned chemo"),
    ("compare_one_treatment", "an operation, though maybe chemo"),
    ("compare_one_field", "a urologist, though he does operate himself"),
])
def test_granted_clause_about_the_same_thing_is_asked(state, line):
    assert pick(state, line) is None


# A treatment said to be done is history, not what the doctor advises now (matching._done_before).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_treatment", "the operation is done, now he wants radiation", "strong"),
    ("compare_two_treatment", "chemo finished; she says watch and wait now", "watch"),
    ("compare_one_treatment", "she already had the surgery, he advises tablets next", "medicine"),
])
def test_done_treatment_is_history(state, line, meant):
    assert pick(state, line) == meant


# The order judged good in a sentence of one's own (order_keep.py), and two questions to swap named
# by number words, as typed or as voice typing heard them (order_numbers.py).
ITEMS = ["q1", "q2", "q3", "q4", "q5"]


def _order(line):
    result = reading("questions_order", line, items=ITEMS, item_ids=[None] * 5)
    return result.value if stored(result) else None


@pytest.mark.parametrize("line", ["This sequence strikes me as entirely sensible.", "the list seems pretty logical to me",
                                  "It looks absolutely fine as it is", "sounds about right", "i think the current order is ideal"])
def test_order_judged_good(line):
    assert _order(line) == ITEMS


@pytest.mark.parametrize("line", ["the order is mostly fine", "it is fine except the last one", "the order is not ideal",
                                  "fine, but 5 first", "is the order good?"])
def test_order_judged_good_only_when_plain(line):
    assert _order(line) != ITEMS


@pytest.mark.parametrize("line, meant", [
    ("swap two and three", ["q1", "q3", "q2", "q4", "q5"]),
    ("switch for with five", ["q1", "q2", "q3", "q5", "q4"]),
    ("could you swap won and too", ["q2", "q1", "q3", "q4", "q5"]),
])
def test_swap_said_in_number_words(line, meant):
    assert _order(line) == meant


@pytest.mark.parametrize("line", ["swap it and go", "swap two and two"])
def test_swap_without_two_numbers_is_read_as_typed(line):
    assert swapped_numbers(line, LEX) is None


# "neither of us knows X": the "not" in the subject, said before the verb (negraise.subject_not).
@pytest.mark.parametrize("line, meant", [
    ("I am clear on what matters to me but neither of us truly knows the good and bad points", {"values"}),
    ("we have lots of support; neither of us feels sure", {"support"}),
])
def test_negative_subject(line, meant):
    assert picks("decision_sure", line) == meant


@pytest.mark.parametrize("line", ["none of them thanks", "none of us, sorry", "neither of them honestly"])
def test_negative_subject_without_a_verb(line):
    assert subject_not(line) is None


# Spanish words for "number", "option" and "all but" beside the Spanish numbers (lexicon rewrites).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "numero tres, lo tengo claro", {"values"}),
    ("decision_sure", "opcion dos y cuatro", {"understand", "support"}),
    ("signs_more", "todos menos el cinco y el seis", {"comorbidities", "insurance_requires", "not_specialist", "dismissed"}),
])
def test_spanish_number_words(state, line, meant):
    assert picks(state, line) == meant


# ", no?" closing a statement asks for agreement; never "none" (twosided.without_tag_no).
@pytest.mark.parametrize("line, meant", [
    ("the scans and the operation, and lymphoma has lots of kinds, no?", {"imaging", "surgery", "subtype"}),
    ("the biopsy, it is the key thing, no?", {"pathology"}),
])
def test_tag_no_asked(line, meant):
    assert picks("specialist_focus", line) == meant


def test_no_after_a_comma_without_a_question_mark_is_not_a_tag():
    assert without_tag_no("the biopsy, it is the key thing, no") is None


# One choice said to be all of it: the rest is how (exclusive.py).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_treatment", "Observation only. An MRI every year.", "watch"),
    ("compare_two_treatment", "just the pills, with blood work every few weeks", "medicine"),
])
def test_said_alone(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("line", ["surgery only, or maybe chemo", "observation only, or more scans first"])
def test_said_alone_with_a_turn_is_asked(line):
    assert pick("compare_one_treatment", line) is None


# A picked number said again, with only how sure (indirect._said_again).
@pytest.mark.parametrize("line, meant", [("2. definitely 2", {"insurance_requires"}), ("3 - 100% 3", {"not_specialist"})])
def test_number_said_again(line, meant):
    assert picks("signs_more", line) == meant


def test_another_number_said_is_asked():
    assert picks("signs_more", "2. definitely 3 too maybe") is None


# The bracketed qualifier of one of two fitting choices, said back, says which (qualifier.py).
@pytest.mark.parametrize("line", ["They offered a knee replacement - not an emergency, though I've had pain for three years",
                                  "a tumour was found and the surgeon offered to remove it, it's not an emergency"])
def test_bracketed_qualifier_said_back(line):
    assert pick("decision_situation", line) == "surgery"


@pytest.mark.parametrize("line", ["a tumour was found and they offered surgery, maybe not an emergency", "not an emergency"])
def test_bracketed_qualifier_with_doubt_or_alone(line):
    assert pick("decision_situation", line) is None


def test_bracketed_qualifier_never_at_the_safety_turn():
    from assistant.understanding.qualifier import qualifier_said

    spec = FLOW.state("urgent_care")
    assert qualifier_said(["its", "now", ",", "i", "meant", "something", "else"], spec, ["now", "not_now"]) is None
