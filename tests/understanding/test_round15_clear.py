"""Round 15 (issue 11b): clear answers that were asked about again, by mechanism, in our own words."""

from __future__ import annotations

import pytest

from assistant.understanding.laydoctor import as_doctor
from assistant.understanding.lexicon import default_lexicon

from .reading_support import FLOW, pick, picks, reading


# Medical shorthand and test names read as the plain words the lexicon knows (plain_words.yaml).
@pytest.mark.parametrize("state, line, meant", [
    ("records", "the dopplers and the bloods", {"imaging", "labs"}),
    ("records", "a doppler scan of her legs", {"imaging"}),
    ("specialist_focus", "the fna result, and whether to operate", {"pathology", "surgery"}),
    ("specialist_focus", "his fine needle aspiration", {"pathology"}),
    ("signs_more", "t2dm and ckd", {"comorbidities"}),
    ("signs_more", "htn for years", {"comorbidities"}),
])
def test_shorthand_picks(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_treatment", "a LEEP next month", "surgery"),
    ("compare_two_treatment", "she wants a cone biopsy", "surgery"),
    ("compare_two_field", "the pain management people", "specialist"),
    ("compare_one_field", "a gastro doc", "specialist"),
])
def test_shorthand_pick(state, line, meant):
    assert pick(state, line) == meant


# A doctor named as a person by what they treat, or by their place in the story.
@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_field", "the heart lady", "specialist"),
    ("compare_two_field", "some skin guy", "specialist"),  # (a bone doctor may operate or not: asked, test_round17_misreads.py)
    ("compare_two_field", "the kidney fella", "specialist"),
    ("fit_opinions", "only the 1st guy so far", "zero"),
    ("fit_opinions", "my GP and then a second lady at the university", "one_more"),
])
def test_doctor_as_a_person(state, line, meant):
    assert pick(state, line) == meant


def test_person_words_elsewhere_stay():
    spec = FLOW.state("compare_two_field")
    lex = default_lexicon()
    assert as_doctor(["the", "lady", "at", "the", "desk"], spec, lex) == ["the", "lady", "at", "the", "desk"]
    assert as_doctor(["my", "man", "says"], spec, lex) == ["my", "man", "says"]
    assert as_doctor(["the", "cancer", "woman"], spec, lex) == ["the", "cancer", "doctor"]
    assert pick("compare_two_field", "the lady at the front desk") is None


# "the other hospital" is a place; the choice "Another kind" is still there for "other".
@pytest.mark.parametrize("line, meant", [("a spine surgeon at the other clinic", "surgeon"), ("an oncologist from the other hospital", "specialist"),
                                         ("other", "not_sure"), ("some other kind", "not_sure")])
def test_other_place_is_not_another_kind(line, meant):
    assert pick("compare_two_field", line) == meant


# "ain't" before what was (not) done, and a state in the -ing form.
@pytest.mark.parametrize("line", ["we ain't checked yet", "my wife has Medicaid but I ain't phoned them"])
def test_aint_done(line):
    assert pick("logistics", line) == "not_checked"


@pytest.mark.parametrize("state, line", [("decision_sure", "we are not knowing which is right"), ("summary_sure", "I am not knowing")])
def test_ing_form_dont_know(state, line):
    assert picks(state, line) == {"none"}


@pytest.mark.parametrize("state, line", [("fit", "I am not knowing what to choose"), ("fit", "I am not able to decide it"),
                                         ("fit", "honestly unable to decide"), ("compare_who", "I haven't a notion")])
def test_dont_know_without_a_choice_for_it(state, line):
    result = reading(state, line)
    assert result.dont_know and result.value is None


def test_dont_know_where_there_is_a_choice():
    assert picks("specialist_focus", "ah I haven't a notion") == {"none"}
    assert pick("timing_tests", "I can't decide") == "not_sure"


# Lay words for choices.
@pytest.mark.parametrize("state, line, meant", [
    ("compare_who", "it's for a client of mine", "caregiver"),
    ("compare_who", "someone I support at home", "caregiver"),
])
def test_lay_words_pick(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line, meant", [
    ("signs", "she is not feeling heard at all, and the chemo is harsh", {"not_heard", "high_risk_treatment"}),
    ("signs", "major surgery, and the meds afterwards are strong stuff", {"major_procedure", "high_risk_treatment"}),
    ("specialist_focus", "the scans; transport is a big barrier too", {"imaging", "travel_hard"}),
    ("specialist_focus", "getting a ride there is the problem", {"travel_hard"}),
])
def test_lay_words_picks(state, line, meant):
    assert picks(state, line) == meant


# What two opinions agree on, said beside what they do not (agreed.py).
@pytest.mark.parametrize("line, meant", [
    ("they both agree it's a hernia, just not on when to operate", {"urgency"}),
    ("the timing. they agree it is gallstones", {"urgency"}),
    ("They agree on the name of it, but not the treatment", {"treatment"}),
    ("both doctors agree on the stage, not on the plan or how soon", {"treatment", "urgency"}),
])
def test_agreement_on_one_thing(line, meant):
    assert picks("compare_differs", line) == meant


@pytest.mark.parametrize("line", ["they agree on everything", "they agree on all of it", "they agree"])
def test_agreement_on_all_stays_none(line):
    result = reading("compare_differs", line)
    assert result.value == ["none"]


def test_agreement_clause_alone_is_left_to_the_reader():
    from assistant.understanding.agreed import limited

    spec = FLOW.state("compare_differs")
    assert limited("they agree it's a hernia", spec) is None
    assert limited("they don't agree on the plan", spec) is None
    assert limited("they agree on most things, not the plan", spec) is None


# Asking how to answer, or what one may do, is a question even with a number or a choice's words in it.
@pytest.mark.parametrize("state, line", [
    ("questions", "do I have to choose 3"),
    ("questions", "can I pick more than three"),
    ("signs", "do we need to pick at least one"),
    ("fit_two_opinions", "if we compare now, can we still plan a third later?"),
    ("fit", "if I keep the plan, can I change my mind?"),
])
def test_asking_how_to_answer(state, line):
    result = reading(state, line)
    assert result.asked and result.value is None


@pytest.mark.parametrize("state, line, meant", [("fit", "can we just try another way first", "alternative"),
                                                ("fit_two_opinions", "compare the two first", "compare")])
def test_suggestions_stay_answers(state, line, meant):
    assert pick(state, line) == meant


# At "do you know when you will decide": a time clause is the answer, kept as its note.
@pytest.mark.parametrize("state, line", [
    ("compare_decision_point", "when the cardiologist phones us"),
    ("fit_decision_point", "once we hear back from the clinic"),
    ("compare_decision_point", "before the new year I hope"),
    ("fit_decision_point", "when my son gets home from the army"),
])
def test_time_clause_is_yes_with_note(state, line):
    result = reading(state, line)
    assert result.value == "yes" and result.certainty == "sure" and result.note


@pytest.mark.parametrize("line", ["not sure when the results come", "no idea when the board meets"])
def test_time_clause_in_doubt_is_not_sure(line):
    assert pick("fit_decision_point", line) == "not_sure"


# At the order question, a question without its "?" is asked, not read as an order.
@pytest.mark.parametrize("line", ["what order is best", "which one should go first", "how should I order them"])
def test_order_question_without_mark(line):
    result = reading("questions_order", line, items=["A?", "B?", "C?"])
    assert result.asked and result.value is None


@pytest.mark.parametrize("line, order", [("fine as is", ["A?", "B?", "C?"]), ("3 1 2", ["C?", "A?", "B?"])])
def test_order_answers_stay(line, order):
    assert reading("questions_order", line, items=["A?", "B?", "C?"]).value == order


# "all of them, they're all good": praise of the choices after picking them all, not "all is well".
@pytest.mark.parametrize("line", ["all of them, they're all good ones", "All of these. They are all good questions honestly"])
def test_all_then_praise(line):
    assert picks("questions", line) == {c.id for c in FLOW.state("questions").choices}


@pytest.mark.parametrize("state, line", [("questions", "they're all good"), ("red_flags", "they're all good")])
def test_all_good_alone_is_not_all(state, line):
    result = reading(state, line)
    assert result.value != [c.id for c in FLOW.state(state).choices if c.id != FLOW.state(state).none_choice]


# A doubt about anything more leaves the picks named ("idk what else"); a doubt about the rest of the list is asked.
@pytest.mark.parametrize("state, line, meant", [
    ("records", "the scans and the bloods, dunno what else", {"imaging", "labs"}),
    ("records", "biopsy report, not sure what other papers there are", {"pathology"}),
    ("signs", "big surgery, can't think of anything else", {"major_procedure"}),
])
def test_doubt_about_more_keeps_picks(state, line, meant):
    assert picks(state, line) == meant


def test_doubt_about_the_rest_keeps_the_picks_and_asks_nothing():
    # (twenty-eighth session, rest_unsure.py: a doubt about the rest of the list is no pick and needs no question, as
    # rounds 15, 29, 32 and 34 mark "the rest idk"; it had been asked)
    result = reading("records", "the scans for sure, idk about the rest")
    assert result.certainty == "sure" and result.value == ["imaging"]


# A choice's words, then said to fall short: "the support isn't enough".
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "2 and 3, support is not enough though", {"understand", "values"}),
    ("summary_sure", "I get the options now; the advice isn't enough yet", {"understand"}),
])
def test_falls_short(state, line, meant):
    assert picks(state, line) == meant


# Everyday sayings for the choices at the SURE questions.
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "we know the ups and downs of each", {"understand"}),
    ("summary_sure", "I know the ins and outs now", {"understand"}),
    ("summary_sure", "much surer now, and I know what matters to me", {"sure", "values"}),
])
def test_sure_sayings(state, line, meant):
    assert picks(state, line) == meant


def test_a_little_surer_is_asked():
    assert picks("summary_sure", "a little surer") is None


# "not rightly sure", and a line that opens and closes on not knowing.
@pytest.mark.parametrize("state, line", [
    ("timing_seen", "I don't rightly know"),
    ("timing_seen", "not rightly sure, the nurse phoned but I can't say when, I don't remember"),
    ("decision_worsening", "not sure, she saw the GP at some point, I can't remember"),
])
def test_not_knowing(state, line):
    assert pick(state, line) == "not_sure"


def test_a_doubt_first_then_a_clear_answer_is_not_bracketed():
    result = reading("timing_seen", "not sure, the GP saw me yesterday")
    assert not (result.certainty == "sure" and result.value == "yes")


# A report had, its images not: the scans choice stands (reports.py); the same thing said both ways is still asked.
@pytest.mark.parametrize("line, meant", [
    ("just the CT report, not the actual pictures", {"imaging"}),
    ("the bloods and the MRI results (no disc though)", {"imaging", "labs"}),
    ("biopsy report but not the slides themselves", {"pathology"}),
])
def test_report_not_images(line, meant):
    assert picks("records", line) == meant


@pytest.mark.parametrize("line", ["the scans, no scans", "scans but not the images"])
def test_said_both_ways_still_asked(line):
    assert picks("records", line) is None


# Who said it, after "also", names nothing more.
@pytest.mark.parametrize("line, meant", [
    ("the surgery, and radiation also the doctors are saying", {"major_procedure", "high_risk_treatment"}),
    ("a new diagnosis, chemo as well, they say so", {"serious_diagnosis", "high_risk_treatment"}),
])
def test_who_said_it(line, meant):
    assert picks("signs", line) == meant


def test_like_inside_a_not():
    assert picks("signs_more", "our family doctor isn't like a specialist in this") == {"not_specialist"}


# A new diagnosis whose stage is not told yet.
@pytest.mark.parametrize("line", ["lung cancer, they have not told us the stage yet", "a lymphoma, not staged yet",
                                  "they found a tumor but are not saying what stage"])
def test_new_diagnosis_stage_not_told(line):
    assert pick("decision_situation", line) == "new_diagnosis"


# Family words from other languages, typed in English lines, name someone else and are kept.
@pytest.mark.parametrize("line, who", [("it's for my lola, she is 80", "my lola"), ("for my nonna", "my nonna"),
                                       ("is for my manman", "my manman")])
def test_family_words(line, who):
    result = reading("welcome", line)
    assert result.value == "caregiver" and result.who == who


# A word two choices share, beside a word only one of them has (either.py).
@pytest.mark.parametrize("line", ["another way first, it's cheaper", "the other way first as it is quicker and cheaper"])
def test_shared_word_beside_its_choice(line):
    assert pick("fit", line) == "alternative"


@pytest.mark.parametrize("state, line", [("fit", "cheaper"), ("fit", "the faster one"), ("compare_one_field", "urologist"),
                                         ("compare_one_treatment", "an operation to place a stent"),
                                         ("compare_two_field", "a urologist, he wants to operate on him")])
def test_shared_word_alone_is_asked(state, line):
    assert pick(state, line) is None


# "number 4" at the age question is the choice, whatever age words are beside it.
@pytest.mark.parametrize("line, meant", [("an old man, number 4", "adult"), ("a young lad, option 3", "teen")])
def test_number_beside_age_words_is_the_choice(line, meant):
    assert pick("welcome_age", line) == meant


def test_a_bare_age_is_still_an_age():
    assert pick("welcome_age", "she is 4") == "child"


# More lay words and sayings for choices.
@pytest.mark.parametrize("state, line, meant", [
    ("compare_two_field", "a gynecologist, she's the one who would do the cutting", "surgeon"),
])
def test_more_sayings_pick(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line, meant", [
    ("signs", "the biopsy was indeterminate", {"vague_diagnosis"}),
    ("signs", "my results and feelings don't match at all", {"mismatch"}),
    ("specialist_focus", "whether to operate, partial or total", {"surgery"}),
])
def test_more_sayings_picks(state, line, meant):
    assert picks(state, line) == meant
