"""Round 25 (issue 11, helper 11b11): clear answers asked again, fixed by mechanism, in our own words
(none of these lines is in a round's data)."""

from __future__ import annotations

import pytest

from assistant.understanding.agreed_what import agreed_on
from assistant.understanding.lexicon_parts import LexiconError, _expand
from assistant.understanding.nothing_said import as_nothing
from assistant.understanding.others_know import others_know

from .reading_support import FLOW, pick, picks, reading, stored


# "Not one" and the old "nary" deny the smallest amount (nothing_said.py, nothing_words.yaml): none.
@pytest.mark.parametrize("line", ["nary a one", "not one of them", "not one", "nary one of those", "not a single one of them"])
def test_not_one_of_them_is_none(line):
    assert picks("signs_more", line) == {"none"}
    assert picks("logistics_insurer", line) == {"none"}


@pytest.mark.parametrize("line", ["not one, but 2", "not one bit sure", "one of them", "nary a doubt, 2"])
def test_not_one_beside_more_words_is_not_read_as_none_alone(line):
    said = as_nothing(line)
    assert said is None or said.split()[0] != "none" or len(said.split()) > 1


# Who pays, by name, and what they ask (the {payer} {requires} family): the insurance asks for it.
@pytest.mark.parametrize("line", [
    "medicare said we need another opinion",
    "the VA makes you get 2 opinions",
    "tricare wants a second look first",
    "my health plan wont pay without it",
    "medicaid requires it for this surgery",
    "the union plan insists on it",
])
def test_a_payer_asking_for_it_is_the_insurance_sign(line):
    assert picks("signs_more", line) == {"insurance_requires"}


# A payer named without asking anything is no pick, and never offered as one.
@pytest.mark.parametrize("line", ["I have medicare", "he is on the va", "medicare", "tricare"])
def test_a_payer_alone_asks_for_nothing(line):
    result = reading("signs_more", line)
    assert not stored(result) and result.value in (None, [])


# Helping someone, said one way for every question that asks whose decision it is ({helps}, {who_is}).
@pytest.mark.parametrize("line", [
    "im helping my mom with this",
    "its for her dad",
    "for him, i only do the typing",
    "asking on behalf of my husband",
    "filling this out for my father",
    "hes the patient",
    "my son is the one having the operation",
])
def test_helping_someone_is_the_caregiver_at_both_questions(line):
    assert pick("welcome", line) == "caregiver"
    assert pick("compare_who", line) == "caregiver"


# "he's the patient" was stored as "I am the patient" at the welcome: someone else is the subject.
@pytest.mark.parametrize("line", ["hes the patient", "shes the one having surgery", "she is the one with the lump", "my son is the patient",
                                  "my daughter is the one having surgery"])
def test_someone_else_as_the_patient_is_never_the_speaker(line):
    assert pick("welcome", line) != "patient"
    assert pick("compare_who", line) != "patient"


@pytest.mark.parametrize("line", ["the patient", "patient", "me", "im the one having the operation", "I am the one with the tumor"])
def test_the_speaker_as_the_patient_stays_the_patient(line):
    assert pick("compare_who", line) == "patient"
    assert pick("welcome", line) == "patient"


# The speaker said first, then helping someone: the speaker is the helper (speaker_first.py).
@pytest.mark.parametrize("line", ["ME. HELPING MY SISTER.", "me, typing for my mom", "me - asking for my grandpa", "myself, helping out my dad",
                                  "me, looking after my wife"])
def test_me_then_helping_someone_is_the_caregiver(line):
    assert pick("welcome", line) == "caregiver"


@pytest.mark.parametrize("line", ["me but my parents r paying", "me, my wife types for me"])
def test_me_then_someone_else_doing_a_task_is_still_asked(line):
    assert pick("welcome", line) != "caregiver"


# Someone close knows the answer (others_know.py): "I don't know", never a pick.
@pytest.mark.parametrize("line", ["ask my wife", "you'd have to ask my son about that", "my daughter knows all that stuff", "hubby would know, not me",
                                  "better ask the missus", "wife would know. i dont"])
def test_someone_close_knowing_is_not_knowing(line):
    assert others_know(line) == "i dont know"
    assert picks("records", line) == {"not_sure"}


@pytest.mark.parametrize("line", ["ask", "ask my", "my", "better ask", "you would have to ask", "knows", "ask my doctor", "ask my wife about the date, 2 weeks", "my wife knows the surgeon", "ask my son? he was there",
                                  "my surgeon knows"])
def test_a_doctor_or_more_words_is_not_someone_close_knowing(line):
    assert others_know(line) is None


# At "what differs", agreeing on what "it" is agrees on the diagnosis (agreed_what.py): the pick stands, never "none" beside it.
@pytest.mark.parametrize("line", [
    "just the treatment, the both of them agree it's the cancer",
    "the plan, they both say its a hernia",
    "only what to do, both agree that it is a torn tendon",
    "the plan; they both call it sciatica",
    "treatment, they agree it was a stroke",
])
def test_agreeing_on_what_it_is_leaves_the_other_pick(line):
    assert picks("compare_differs", line) == {"treatment"}


def test_agreeing_needs_words_after_it_is():
    spec = FLOW.state("compare_differs")
    assert agreed_on("the both of them its the cancer", spec) == {"diagnosis"}
    assert agreed_on("they both say its", spec) == set()
    assert agreed_on("its the cancer", FLOW.state("signs")) == set()


# An operation proposed by its verb ({wants_to} {cut}): surgery advised. Never a bare "cut", never the speaker's own wish.
@pytest.mark.parametrize("line", ["they want to cut it out", "the surgeon wants to remove it", "they want to take them out",
                                  "hes going to open her up", "they want to cut on my eyes"])
def test_an_operation_said_by_its_verb_is_surgery(line):
    assert picks("signs", line) == {"major_procedure"}


@pytest.mark.parametrize("line", ["they want to cut the dose", "I dont want to do surgery", "they dont want to remove it"])
def test_cutting_a_dose_or_not_wanting_it_is_never_stored_as_surgery(line):
    assert picks("signs", line) != {"major_procedure"}
    assert pick("decision_situation", line) != "surgery"


# Word families may name families ("{helps}" holds "{who_is} the patient"); a family naming itself is a clear error.
def test_families_expand_inside_families_and_a_loop_is_an_error():
    fams = {"a": ["{b} x"], "b": ["p", "q"]}
    assert sorted(_expand(["{a}"], [], fams)) == ["p x", "q x"]
    with pytest.raises(LexiconError):
        _expand(["{loop}"], [], {"loop": ["{loop} y"]})


def test_the_stored_lexicon_is_stamped_with_the_code_that_expands_families():
    from assistant.understanding import stored

    assert "lexicon_parts.py" in stored._CODE


# "that's" pointing back at a number ("..., thats 2"): the pick; "i think" before it is offered, never stored.
@pytest.mark.parametrize("line", ["thats 2", "the insurance wants it, thats 2", "my insurer asked for it. thats number 2", "thatd 2"])
def test_thats_a_number_is_that_pick(line):
    assert picks("signs_more", line) == {"insurance_requires"}


@pytest.mark.parametrize("line", ["i think thats 2", "i think 2", "i guess 2"])
def test_a_number_after_i_think_is_never_stored_unasked(line):
    assert picks("signs_more", line) is None


# Where "I don't know" is the answer "none" (no not-sure choice), someone else knowing is no answer at all.
@pytest.mark.parametrize("line", ["wife knows", "ask my husband", "my son would know"])
def test_someone_close_knowing_is_never_none_where_none_is_a_real_answer(line):
    assert picks("logistics_insurer", line) is None
    assert picks("decision_sure", line) is None


# Words that would take evidence from other lines in the word overlap stay out of the helping words.
@pytest.mark.parametrize("line", ["why u asking again", "I am the one. My sister is helping me with the typing.", "My grandson is typing, but it is my knee."])
def test_asking_or_typing_alone_never_makes_the_caregiver(line):
    assert pick("welcome", line) != "caregiver"
    assert pick("compare_who", line) != "caregiver"
