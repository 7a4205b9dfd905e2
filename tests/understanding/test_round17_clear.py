"""Round 17 (issue 11b): clear answers that were asked about again, by mechanism, in our own words."""

from __future__ import annotations

import pytest

from .reading_support import pick, picks, reading


# A pick said in the choice's own words with nothing but a hedge after it is a choice made softly,
# like "5 i guess" (multi_pick.py, _bare_pick); a fact with words of its own stays asked about.
@pytest.mark.parametrize("state, line, meant", [
    ("fit_alternatives", "written plan i guess", {"written_plan"}),
    ("fit_alternatives", "the written plan i suppose", {"written_plan"}),
    ("specialist_focus", "the surgery one i think", {"surgery"}),
    ("specialist_focus", "the scans i reckon", {"imaging"}),
    ("signs_more", "diabetes i think", {"comorbidities"}),
])
def test_bare_pick_with_a_closing_hedge_is_stored(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("records", "the portal has everything i think"),
    ("signs_more", "he has diabetes i think"),
    ("records", "they did a biopsy i think"),
    ("specialist_focus", "the scans maybe i think"),
])
def test_a_fact_with_a_closing_hedge_is_still_asked(state, line):
    assert picks(state, line) is None


# A word that fits two choices, named beside a word for one of them, is that one, at a pick-one
# question too (matching.py): "infusion" is chemo or a biologic; "infusion of <drug>-mab" is a medicine.
@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_treatment", "start the infusion drug, ocrelizumab", "medicine"),
    ("compare_two_treatment", "infusions of chemo", "strong"),
    ("compare_one_treatment", "an infusion: the new medication", "medicine"),
    ("compare_one_field", "Gynecologist, surgeon", "surgeon"),
    ("compare_two_field", "the urologist - he is the surgeon", "surgeon"),
    ("compare_one_field", "urologist, not a surgeon", "specialist"),
])
def test_word_that_fits_two_settled_by_the_one_beside_it(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("compare_one_field", "a urologist, he referred us to a surgeon"),  # someone else, further on: asked
    ("compare_two_field", "an ENT specialist"),                           # one name, not two said side by side
    ("compare_one_treatment", "infusion or pills, I forget"),
])
def test_word_that_fits_two_not_settled_from_afar(state, line):
    assert pick(state, line) is None


# A treatment named with what comes along with it is the treatment (purpose.py, dialogues/with_words.yaml).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_treatment", "radiation, with hormone tablets", "strong"),
    ("compare_two_treatment", "chemo along with the anti-sickness pills", "strong"),
    ("compare_one_treatment", "a hysterectomy with a biopsy of the nodes", "surgery"),
    ("compare_two_treatment", "physio together with regular check-ups", "medicine"),
])
def test_treatment_with_what_comes_along(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "surgery with chemo after"),           # two main treatments: asked
    ("compare_two_treatment", "hormone shots with radiation"),         # the lesser one first: asked
    ("compare_one_treatment", "radiation with maybe hormone shots"),   # hedged: asked
    ("compare_one_treatment", "radiation, with then a scan later"),
])
def test_treatment_with_another_main_one_is_asked(state, line):
    assert pick(state, line) is None


# A "not" ends with its own clause: a choice's words that begin a clause of their own further on
# ("i was talking about ...") are beyond its reach, unless a verb like "think" carries it (matching.py).
@pytest.mark.parametrize("line", [
    "no he is not having any pain i was talking about his old scan",
    "she's not in trouble right now i was referring to last year",
    "im not short of breath i meant something else",
])
def test_negation_stops_at_a_clause_of_its_own(line):
    assert pick("urgent_care", line) == "not_now"


def test_negation_carried_by_think_still_reaches():
    assert pick("urgent_care", "i dont think they checked him") is None  # "they did not check him": not "a doctor checked"


# At the urgent turn, a doctor having checked says more than "not happening": both mean nothing is
# happening now, so the line saying both is the doctor's check (dialogues/precedence.yaml, purpose.py).
@pytest.mark.parametrize("line", [
    "not happening now, the GP checked her this morning and said she's fine",
    "the ER checked him last night and sent us home, I'm fine",
    "it's not happening, the paramedics checked me and said all normal",
    "nothing going on now, they checked me out at urgent care",
])
def test_checked_and_not_happening_is_seen(line):
    assert pick("urgent_care", line) == "seen"


@pytest.mark.parametrize("line", [
    "no? they checked him a while ago",                      # the "no" asked back: asked
    "maybe not happening, the doctor checked him last week",  # hedged: asked
    "still happening, the ER checked him yesterday",          # still going on: never "seen"
])
def test_checked_and_not_happening_only_when_plain(line):
    assert pick("urgent_care", line) != "seen"


# A pick said with what it is not ("a general surgeon, not a liver man"): the "not" part names
# nothing at the question and only sets the pick against something else (contrast.py).
@pytest.mark.parametrize("state, line, meant", [
    ("signs_more", "a generalist, not hepatology", {"not_specialist"}),
    ("signs_more", "3, not a transplant centre", {"not_specialist"}),
    ("signs_more", "a general doctor, not nephrology", {"not_specialist"}),
    ("specialist_focus", "scans, not the old ones", {"imaging"}),
])
def test_pick_set_against_what_it_is_not(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("signs_more", "1, not really"),
    ("decision_sure", "i know the pros, not the cons"),   # a word of the question's own choices: part of the pick taken back
])
def test_not_with_a_doubt_or_a_verb_is_still_asked(state, line):
    assert picks(state, line) is None


# What a pick is, said in brackets right after it, is no pick of its own (brackets.py).
@pytest.mark.parametrize("state, line, meant", [
    ("signs", "8 (chemo, surgery or watching)", None),                              # "or" in the brackets: as typed
    ("signs", "many options (chemo, surgery, watching), nobody says which", {"many_options"}),
    ("signs_more", "1 (asthma, gout)", {"comorbidities"}),
    ("records", "the scans (CT, MRI), and the biopsy report", {"imaging", "pathology"}),
])
def test_brackets_that_describe_the_pick(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("records", "none (except the biopsy report)"),         # a take-back: never dropped
    ("records", "the scans (and the biopsy)"),              # one more: as typed
    ("signs", "many options (she said surgery is best)"),   # a clause of its own
])
def test_brackets_that_add_or_take_away_are_read(state, line):
    from assistant.understanding.brackets import without_examples
    from .reading_support import FLOW

    assert without_examples(line, FLOW.state(state)) is None


# A number word before the plural a choice is read from counts it: "three options" is no choice 3 (positions.py).
@pytest.mark.parametrize("line", ["three options, no clear way to choose", "8: two treatments and nobody says which", "there are four options"])
def test_number_word_counting_a_choice_is_no_pick(line):
    assert picks("signs", line) == {"many_options"}


def test_number_words_as_picks_still_read():
    assert picks("signs", "two and three") == {"major_procedure", "high_risk_treatment"}


# One choice now, the other only maybe or on a condition: the one said as now (deferred.py).
@pytest.mark.parametrize("state, line, meant", [
    ("fit_two_opinions", "let's look at the two side by side first, then perhaps a third", "compare"),
    ("fit_two_opinions", "we'll compare first, then possibly a third one", "compare"),
    ("fit_two_opinions", "1 now, and 2 only if they really disagree", "compare"),
    ("fit", "we'll keep the plan for now, maybe a second opinion if things change", "keep_plan"),
    ("compare_two_treatment", "so it's pills first, then maybe an operation", "medicine"),
])
def test_now_then_maybe_is_the_first(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "chemo first then surgery"),          # a plan in two steps: asked
    ("compare_one_treatment", "chemo first, then surgery later"),
    ("fit_two_opinions", "maybe compare first? then maybe a third"),  # the first hedged too
    ("fit_two_opinions", "compare first and then a third"),
])
def test_two_steps_said_plainly_are_asked(state, line):
    assert pick(state, line) is None


# "That's grand as it is": the order judged good with "that's"/"it's" written as one word (order_keep.py).
@pytest.mark.parametrize("line", ["That's grand as it is.", "its lovely the way it is", "thats perfectly fine as is"])
def test_order_judged_good_with_thats(line):
    from assistant.understanding.order_keep import judged_good
    from assistant.understanding.text import clean, tokens

    assert judged_good(tokens(clean(line)))


@pytest.mark.parametrize("line", ["thats not fine as it is", "its grand but 5 first"])
def test_order_judged_good_never_with_a_not_or_a_number(line):
    from assistant.understanding.order_keep import judged_good
    from assistant.understanding.text import clean, tokens

    assert not judged_good(tokens(clean(line)))
