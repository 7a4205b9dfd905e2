"""Round 24 (issue 11, helper 11b10): clear answers asked again, fixed by mechanism, in our own words
(none of these lines is in a round's data)."""

from __future__ import annotations

import pytest

from assistant.understanding import SURE
from assistant.understanding.lexicon_parts import LexiconError, _expand
from assistant.understanding.laughter import as_comma
from assistant.understanding.no_effect import read_as_failed

from .reading_support import pick, picks, reading


# A treatment that did not work, said with any negation and any verb of working or helping, or with
# "nothing" or "none" as the subject (no_effect.py): the first treatment failed.
@pytest.mark.parametrize("line", [
    "the inhalers aren't doing anything",
    "her pills stopped helping months ago",
    "the cream hasn't really helped",
    "steroids don't cut it anymore",
    "nothing has helped so far",
    "the brace no work",
    "physio and injections didn't make a difference",
    "none of the meds worked",
])
def test_a_failed_treatment_said_any_way_is_that_sign(line):
    assert picks("signs", line) == {"treatment_failed"}


@pytest.mark.parametrize("line", [
    "the tablets aren't doing it anymore",
    "nothing seems to help her",
    "the shots haven't made any difference",
    "his inhaler stopped working",
    "meds no work",
])
def test_a_failed_treatment_is_the_situation_too(line):
    assert pick("decision_situation", line) == "treatment_failure"


# "nothing" and "no" before the verb were read as the answer "none": a silent misread, now never.
@pytest.mark.parametrize("line", ["nothing helped", "nothing has worked so far", "none of it worked", "the drops no work"])
def test_nothing_worked_is_never_the_answer_none(line):
    assert "none" not in (picks("signs", line) or set())


# A person as the subject is about being heard, not about a treatment: never stored as a failed treatment.
@pytest.mark.parametrize("line", ["the doctor doesn't help", "the specialist hasn't helped us", "nobody helps", "it doesn't help me understand"])
def test_a_person_who_did_not_help_is_not_a_failed_treatment(line):
    assert "treatment_failed" not in (picks("signs", line) or set())
    assert read_as_failed(line, "signs") is None or "did not work" not in read_as_failed(line, "signs").split(",")[0]


def test_did_not_work_is_read_only_where_a_failed_treatment_is_a_choice():
    assert read_as_failed("the pills don't help", "questions") is None
    assert read_as_failed("the pills don't help", "signs") == "the pills did not work"
    assert read_as_failed("I don't know if it will work", "signs") is None


# Laughter between a short answer and the story after it ends the answer, as a comma would (laughter.py).
@pytest.mark.parametrize("state, line, meant", [
    ("welcome", "me lol wrecked my knee skiing", "patient"),
    ("welcome", "me haha I fell off a ladder", "patient"),
    ("welcome", "my mum lmao she cannot work a phone", "caregiver"),
    ("welcome", "my grandpa lol he hates computers", "caregiver"),
    ("compare_two_field", "a surgeon haha he was very tall", "surgeon"),
])
def test_a_laugh_after_a_short_answer_ends_it(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("line", ["me lol no, my dad", "mom haha jk its me", "me lol", "i think we should go lol see what they say"])
def test_a_laugh_that_turns_the_answer_or_ends_a_sentence_is_left_as_typed(line):
    assert as_comma(line) is None


def test_a_laugh_that_takes_the_answer_back_never_stores_the_first_answer():
    assert pick("welcome", "me lol no, my dad") != "patient"


# The things a list holds, named before their numbers ("questions one, three and five"): the numbers.
@pytest.mark.parametrize("state, line, meant", [
    ("questions", "questions two, four and nine please", {"q2", "q4", "q9"}),
    ("questions", "Question 1, 5 and 10.", {"q1", "q5", "q10"}),
    ("questions", "I'd like the questions 3 6 and 7", {"q3", "q6", "q7"}),
    ("signs", "signs 1 and 9", {"serious_diagnosis", "not_heard"}),
    ("signs", "boxes 2, 6", {"major_procedure", "treatment_failed"}),
    ("decision_sure", "points 2 and 3", {"understand", "values"}),
])
def test_nouns_before_numbers_point_at_them(state, line, meant):
    assert picks(state, line) == meant


# Word families in the lexicon ("{grave} diagnosis"): one key idea said many ways, words nobody wrote yet.
@pytest.mark.parametrize("line, meant", [
    ("a devastating diagnosis", {"serious_diagnosis"}),
    ("the news was terrible", {"serious_diagnosis"}),
    ("a weird condition nobody has heard of", {"rare_complex"}),
    ("an obscure syndrome", {"rare_complex"}),
    ("an exotic kind of illness", {"rare_complex"}),
    ("no clear diagnosis, just guessing", {"vague_diagnosis"}),
    ("it's a mystery", {"vague_diagnosis"}),
    ("which plan to go with", {"many_options"}),
    ("nobody says which", {"many_options"}),
])
def test_signs_said_by_their_key_idea(line, meant):
    assert picks("signs", line) == meant


@pytest.mark.parametrize("line, meant", [
    ("what she actually has", {"diagnosis"}),
    ("whether it is malignant", {"diagnosis"}),
    ("one called it benign", {"diagnosis"}),
    ("whether to operate at all", {"treatment"}),
    ("only whether to go ahead", {"treatment"}),
    ("how often the shots", {"treatment"}),
    ("how much it has grown", {"stage"}),
    ("they're on the same page", {"none"}),
    ("it all matches", {"none"}),
])
def test_what_differs_said_by_its_key_idea(line, meant):
    assert picks("compare_differs", line) == meant


@pytest.mark.parametrize("line", ["how much has it grown", "how long does it take", "how many does he need"])
def test_a_how_question_with_the_verb_first_is_not_stored_as_what_differs(line):
    # "how much it has grown" names what differs; "how much has it grown" asks (wrongly_sure_said.py)
    assert picks("compare_differs", line) is None


@pytest.mark.parametrize("line, meant", [
    ("the risks, what else it might be, and putting it off", {"q5", "q1", "q6"}),
    ("side effects, other causes, when can she walk again", {"q5", "q1", "q4"}),
    ("holding off, the options, their own family", {"q6", "q3", "q8"}),
])
def test_the_questions_said_by_their_key_idea(line, meant):
    assert picks("questions", line) == meant


# Feelings are not the grave word of a diagnosis; a verb of choosing is not "listen to".
@pytest.mark.parametrize("line", ["she is scared", "we are terrified", "I'm frightened"])
def test_a_feeling_is_not_a_serious_diagnosis(line):
    assert "serious_diagnosis" not in (picks("signs", line) or set())


def test_a_doctor_who_does_not_listen_stays_not_heard():
    result = reading("signs", "they don't listen")
    assert "many_options" not in (result.value or []) and "not_heard" in (result.value or [])


def test_all_of_it_matches_is_never_every_difference():
    assert picks("compare_differs", "all of it matches") == {"none"}


def test_a_word_family_that_is_not_there_is_a_clear_error():
    with pytest.raises(LexiconError, match="no word family 'nosuch'"):
        _expand(["a {nosuch} thing"], [], {})
    assert _expand(["a {grave} diagnosis"], [], {"grave": ["bad", "grim"]}) == ["a bad diagnosis", "a grim diagnosis"]


# An operation said by its verb ("take whole breast", "fuse the spine"): surgery (phrasal.py, the lexicon).
@pytest.mark.parametrize("line", [
    "take the whole thyroid",
    "take her left ovary",
    "fuse the lower back",
    "fuse the two lowest vertebrae",
    "they'd resect it",
])
def test_an_operation_said_by_its_verb_is_surgery(line):
    assert pick("compare_one_treatment", line) == "surgery"


def test_take_before_something_not_removed_is_not_surgery():
    assert pick("compare_one_treatment", "take the pills") != "surgery"
    result = reading("compare_one_treatment", "take the tumor board's advice")
    assert not (result.certainty == SURE and result.value == "surgery")


# A list numbered inline ("1) ... 2) ... 3) ..."): the person's own points, not choices 1, 2, 3 (enumerated.py).
@pytest.mark.parametrize("state, line, meant", [
    ("questions", "1) the risks 2) what else it could be 3) their own family", {"q5", "q1", "q8"}),
    ("questions", "1. side effects 2. the options 3. if we wait", {"q5", "q3", "q6"}),
    ("records", "1) the MRI on a disc 2) biopsy report 3) blood work", {"imaging", "pathology", "labs"}),
    ("signs", "1) it's cancer 2) they want to operate", {"serious_diagnosis", "major_procedure"}),
])
def test_a_list_numbered_inline_is_read_as_its_items(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("line, meant", [
    ("1) it's for my daughter 2) she is 7", "caregiver"),
    ("1. for me 2. my hip", "patient"),
])
def test_a_numbered_story_at_a_pick_one_question_is_not_choice_one(line, meant):
    assert pick("welcome", line) == meant


@pytest.mark.parametrize("line", ["1) 3) 5)", "2) 4)"])
def test_numbers_with_marks_and_no_words_are_still_numbers(line):
    from assistant.understanding.enumerated import items

    assert items(line, True) is None


# A procedure said by what was done ("they looked in with a camera"): the procedure notes.
@pytest.mark.parametrize("line", [
    "the one with the camera in his bladder",
    "notes from the one where they put a camera down his throat",
    "the report from when they looked inside her bladder",
    "the camera they put in her stomach",
    "when they put a tube down my throat",
])
def test_a_procedure_said_by_what_was_done_is_the_procedure_notes(line):
    assert "procedure_notes" in (picks("records", line) or set())


# "one said X, the other Y" at the question of what differs: one difference from both sides (one_the_other.py).
@pytest.mark.parametrize("line, meant", [
    ("one said benign, the other a tumor", {"diagnosis"}),
    ("one says its early, the other says its advanced", {"stage"}),
    ("one doctor said stage 1 and the other said maybe 2", {"stage"}),
    ("the plan, and one called it benign, the other 'maybe cancer'", {"treatment", "diagnosis"}),
    ("one wants surgery and the other wants to wait", {"treatment"}),
])
def test_the_other_side_of_one_difference_is_not_a_new_part(line, meant):
    assert picks("compare_differs", line) == meant


def test_the_other_side_that_says_more_is_read_as_typed():
    from assistant.understanding.lexicon import default_lexicon
    from assistant.understanding.one_the_other import without_other_side

    from .reading_support import FLOW

    spec, lex = FLOW.state("compare_differs"), default_lexicon()
    assert without_other_side("one said stage 2, the other said to wait a whole year", spec, lex) is None
    assert without_other_side("one said benign, the other a tumor", FLOW.state("compare_context"), lex) is None
    assert "urgency" in picks("compare_differs", "one said stage 2, the other said to wait a year")


@pytest.mark.parametrize("line", ["the plan. and one said it was early stage, the other never said", "one said stage 2, the other didn't say"])
def test_the_other_side_that_says_nothing_is_not_dropped(line):
    from assistant.understanding.lexicon import default_lexicon
    from assistant.understanding.one_the_other import without_other_side

    from .reading_support import FLOW

    assert without_other_side(line, FLOW.state("compare_differs"), default_lexicon()) is None


@pytest.mark.parametrize("line", ["we got no answers, nobody knows what it is", "no answers from the doctors yet"])
def test_no_answers_is_still_a_vague_diagnosis_beside_the_doctor_no_answer_check(line):
    # "the doctor no answer my questions" is asked about (a "no" that says "not" after who did it); these are not
    assert picks("signs", line) == {"vague_diagnosis"}
