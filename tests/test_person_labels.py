"""Caregivers everywhere (issue 13 item 3): every choice label, in every state, in both forms.

`Choice.label` stays the patient's form (other code reads it); `Choice.form(forms)` and
`Choice.label_for(role, who)` give the form for a role, in the caregiver's own words for the
patient ("my father", "Anna", "the person I care for")."""

from __future__ import annotations

import re

import pytest

from assistant.engine import Engine
from assistant.flow import Choice, FlowError, load_flow
from assistant.wording import age_band_from, person_forms, person_name
from support import talk

FLOW = load_flow()
WHO = ["my father", "Anna", "her", "my son, 4"]
# States where "I" is the person typing, whoever the patient is: who they are, how sure they
# feel about the choice (SURE), and who the comparison is for.
SPEAKS_FOR_SELF = {"welcome", "decision_sure", "summary_sure", "compare_who"}
# Words that speak of the patient as "I" or "my": wrong when someone else is the patient.
PATIENT_AS_I = re.compile(r"\b(I have|I feel|how I|I want|I commit|I do not feel|I do not understand|I do not have|me)\b|\bmy (?!father|son|mother|loved one|doctor's|own)", re.I)

@pytest.mark.parametrize("state", sorted(FLOW.states))
def test_every_label_of_every_state_has_a_patient_form_and_a_caregiver_form_for_the_right_person(state):
    for choice in FLOW.state(state).choices:
        patient = choice.label_for("patient")
        assert patient == choice.label  # the patient form is the label other code has always read
        for who in WHO:
            caregiver = choice.label_for("caregiver", who)
            for text in (patient, caregiver):
                assert text.strip() and "{" not in text and "}" not in text, text
            if state not in SPEAKS_FOR_SELF:
                assert not PATIENT_AS_I.search(caregiver), caregiver
        if PATIENT_AS_I.search(patient) and state not in SPEAKS_FOR_SELF:
            assert choice.caregiver is not None, patient  # a label about "me" needs a caregiver form


def test_the_caregiver_form_uses_the_caregivers_own_words_for_the_patient():
    signs = {c.id: c for c in FLOW.state("signs").choices}
    # The person is named once in a label, never twice ("my father's results and how my father feels").
    assert signs["mismatch"].label_for("caregiver", "my father") == "The tests and how my father feels do not match"
    assert signs["mismatch"].label_for("caregiver", "Anna") == "The tests and how Anna feels do not match"
    assert signs["mismatch"].label_for("caregiver", "her") == "The tests and how my loved one feels do not match"
    more = {c.id: c for c in FLOW.state("signs_more").choices}
    assert more["dismissed"].label_for("caregiver", "my father") == "My father's symptoms are not taken seriously"
    assert more["dismissed"].label_for("caregiver", "Anna") == "Anna's symptoms are not taken seriously"
    questions = {c.id: c for c in FLOW.state("questions").choices}
    assert questions["q7"].label_for("caregiver", "my father") == "Which results matter most for someone like my father?"


def test_a_caregiver_conversation_shows_the_caregiver_forms_and_keeps_them_in_the_plan():
    engine = Engine(start_state="questions")
    engine.start()
    engine.slots.update({"role": "caregiver", "who": "my father", "decision": "whether he should have surgery"})
    turn = engine.respond("help")  # re-render the question for the caregiver
    assert "Which results matter most for someone like my father?" in turn.choices
    engine.respond("1, 7, 9")
    assert "Which results matter most for someone like my father?" in engine.plan()["questions"]


def test_the_assistant_speaks_of_your_father_and_the_labels_of_my_father():
    assert person_forms("caregiver", "my father")["their"] == "your father's"
    assert person_forms("caregiver", "my father", voice="user")["their"] == "my father's"
    assert person_forms("patient", None, voice="user")["they"] == "you"


@pytest.mark.parametrize(
    "who, band",
    [("my son, 4", "child"), ("my 6 month old", "baby"), ("my baby", "baby"), ("my teenage daughter", "teen"),
     ("my daughter (15)", "teen"), ("my mother", "adult"), ("my grandson, 19", "adult"), ("my son", None), ("Anna", None), ("", None)],
)
def test_the_age_band_is_read_from_the_caregivers_words_only_when_clear(who, band):
    assert age_band_from(who) == band


def test_an_age_after_the_name_is_not_part_of_the_name():
    assert person_name("caregiver", "my son, 4") == "your son"
    assert person_name("caregiver", "my aunt <b>x1</b>") == "your aunt <b>x1</b>"  # a digit alone cuts nothing


def test_a_caregiver_form_with_an_unknown_word_fails_when_the_flow_loads(tmp_path):
    import shutil

    from assistant.paths import dialogues_dir, prompts_dir

    shutil.copytree(dialogues_dir(), tmp_path / "dialogues")
    flow_file = tmp_path / "dialogues" / "flow.yaml"
    flow_file.write_text(flow_file.read_text().replace('caregiver: "{They} {have} several', 'caregiver: "{Sibling} {have} several'))
    with pytest.raises(FlowError, match="caregiver form of 'comorbidities' uses unknown"):
        load_flow(tmp_path / "dialogues", prompts_dir())


def test_a_choice_without_a_caregiver_form_reads_the_same_for_both():
    choice = Choice("x", "A surgeon")
    assert choice.label_for("caregiver", "my father") == choice.label_for("patient") == "A surgeon"


def test_the_crisis_text_speaks_of_the_person_cared_for():
    """Issue 12: a caregiver telling of someone else's suicidal talk gets advice about that
    person, not "if you have thoughts of ending your life"."""
    engine, turns = talk(["2", "my son, 16", "he says he wants to kill himself"])
    text = turns[-1].text
    assert turns[-1].state == "urgent_care" and engine.slots["age_band"] == "teen"
    assert "If you have thoughts of ending your life" not in text
    assert "Stay with them" in text and "Make the home safe" in text
    assert "Call or text 988 together" in text and "Call 911 now if they are in danger" in text
    assert "your son" in text


def test_the_crisis_text_for_a_patient_has_no_caregiver_paragraph():
    _, turns = talk(["1", "I want to kill myself"])
    assert "988" in turns[-1].text and "stay with" not in turns[-1].text


def test_no_caregiver_label_names_the_person_twice():
    for state in FLOW.states:
        for choice in FLOW.state(state).choices:
            label = choice.label_for("caregiver", "my little girl")
            assert label.lower().count("my little girl") <= 1, label


@pytest.mark.parametrize(
    "who, name",
    [("for my son, he is 6", "your son"), ("my father who is 80", "your father"), ("my dad, hes 80 and confused", "your dad"),
     ("I am helping my mom", "your mom"), ("my son is 6", "your son"), ("my son, aged 6", "your son"),
     ("my husband; he has dementia", "your husband"), ("for Anna", "Anna"), ("he is 6", "the person you care for"),
     ("my mother-in-law", "your mother-in-law")],
)
def test_what_is_said_about_the_person_is_not_part_of_their_name(who, name):
    # "What do you and your son, he is 6 need to decide?" was the question a parent got.
    assert person_name("caregiver", who) == name


def test_a_caregiver_who_names_no_one_gets_their_not_the_person_you_care_fors():
    assert person_forms("caregiver", "her")["their"] == "their"
    assert person_forms("caregiver", "her")["them"] == "the person you care for"
    _, turns = talk(["2", "a friend", "whether to have surgery", "skip", "2", "1", "none", "none", "2", "none", "1", "1", "no", "", "3", ""])
    assert turns[-1].state == "records"
    assert "a list of their medicines" in turns[-1].markdown and "care for's" not in turns[-1].markdown


@pytest.mark.parametrize(
    "who, name",
    [("my little girl Maya", "Maya"), ("my mother Rosa, she is 78", "Rosa"), ("my husband Bob Smith", "Bob Smith"),
     ("my dad Tom who is 80", "Tom"),
     ("my Mom", "your Mom"), ("my GP", "your GP"), ("my Dad Tom", "your Dad Tom"), ("my son", "your son")],
)
def test_a_person_named_with_a_relation_is_called_by_name(who, name):
    # "Ask your little girl Maya's doctor" read oddly at every turn; a relation word is not a name.
    assert person_name("caregiver", who) == name


def test_the_name_carries_into_the_labels_the_caregiver_picks():
    questions = {c.id: c for c in FLOW.state("questions").choices}
    assert questions["q7"].label_for("caregiver", "my little girl Maya") == "Which results matter most for someone like Maya?"
    more = {c.id: c for c in FLOW.state("signs_more").choices}
    assert more["dismissed"].label_for("caregiver", "my little girl Maya") == "Maya's symptoms are not taken seriously"
