"""The doubt net by concept (assistant/safety/doubt_concepts.py, dialogues/doubt_concepts.yaml; helper dn15).

A line the red-flag screen leaves quiet gets the check question when it holds two acute symptom families, a
change word with a symptom or a hurt body part, a swallowed thing, words of not being here, or a reading out
of range; never the urgent turn on the net alone. Each concept has lines of its own (written for this test,
not taken from any round) that the net must find, and look-alikes (negated, settled, a baseline, history, a
question, an idiom) that must stay quiet.
"""

import pytest

from assistant.safety import doubt_concepts, doubt_net, screen
from assistant.safety.screening import NOTHING

FOUND = {
    "cluster": [
        "my uncle is drenched and muttering, we are in the car park",
        "grandad is puking and seems really disorientated",  # a word family: disorient-
        "mi papá está sudando y confundido en el sofá",
        "she is vomitting and shivvering on the sofa",  # one edit on 7+ letter symptom words
    ],
    "change": [
        "all of a sudden his knee is swollen like a balloon",
        "her scar came apart when she sneezed and now there is stuff poking out",
        "desde esta mañana mi hijo no puede orinar",
        "the gash on his palm is getting worse, deep and very bad",
        "out of nowhere a squeezing pain in my jaw and my shoulder",
    ],
    "swallowed": [
        "my toddler drank some of the drain opener under the sink",
        "el niño se tragó una batería de botón",
        "granny took her heart tablets twice by mistake",
    ],
    "gone": [
        "i wont be around for it, tell my sister the dog goes to her",
        "i have it all planned for saturday",
        "ya no quiere vivir, dice mi tía",
        "sitting on the ledge of the multistorey thinking it over",
    ],
    "number": [
        "his pressure is 212/118 on the home cuff",
        "dexcom reading 41 and falling",
        "temp 104.2 in the little one",
    ],
}

QUIET = [
    # negated, listed after "denies", nobody
    "denies dizziness, sweating or vomiting, walking with a frame",
    "nobody has thrown up and nobody is confused, we just want the records",
    "el niño no se tragó nada, conté las pilas",
    "i am not suicidal, i just want my files",
    # settled, baseline, known to a doctor
    "his sats usually sit at 88, that is his normal per the chest doctor",
    "her sugar was 49 yesterday, she had juice and came back to 120",
    "she had a dizzy spell and threw up once, totally fine now",
    # a worry, a question, a story, an idiom, an ordinary sickness
    "would a pressure of 190/100 mean she has to go in?",
    "i sweat blood over these insurance forms",
    "the flu has the whole house vomiting and shivery",
    "the character in the show was drooling and confused, so strange",
    "my son swallowed his gum again",
    "a little ache in the shoulder since 4 months, the physio knows",
    "i have done a lot of these forms, how do i find the numbers?",
    "letting go of the old clinic was hard but the new one is fine",
    "my back pain is terrible",  # a severity word is not also the change
    "i wont be here for the appointment, we are away",
    "i dont see the point of taking statins",
]


ON = doubt_concepts._tables()["shapes"]  # the shapes switched on (dialogues/doubt_concepts.yaml)


@pytest.mark.parametrize(("kind", "text"), [(kind, text) for kind, lines in FOUND.items() for text in lines if kind in ON])
def test_each_concept_is_found_in_new_words(kind, text):
    shape = doubt_net.found(text)
    assert shape is not None and shape[0] == kind, (text, shape)
    assert screen(text).level in ("ask", "emergency"), text


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(text):
    assert doubt_net.found(text) is None, text


def test_the_cluster_shape_is_on():
    assert "cluster" in ON


def test_the_narrowed_shapes_are_on():  # (dn16) switched back on once narrowed (test_doubt_shapes_dn16.py)
    assert ON == {"cluster", "gone", "number"}  # change off again (lead, same session)


@pytest.mark.parametrize(("kind", "text"), [(kind, text) for kind, lines in FOUND.items() for text in lines if kind not in ON])
def test_a_shape_switched_off_finds_nothing(kind, text):
    shape = doubt_net.found(text)
    assert shape is None or shape[0] != kind, (text, shape)


@pytest.mark.parametrize("text", [text for kind, lines in FOUND.items() for text in lines if kind in ON])
def test_the_concepts_only_ever_ask(text):
    assert doubt_net.with_doubt(text, NOTHING).level == "ask"


def test_one_edit_only_on_long_words():
    assert doubt_concepts._one_edit("vomitting", "vomiting")
    assert doubt_concepts._one_edit("swolen", "swollen")
    tables = doubt_concepts._tables()
    assert all(len(stem) >= 7 for stem in tables["stems"])
    # a 6-letter word is never mended: "shaved" is not "shaken"
    assert not [m for m in doubt_concepts._members(tables, "he shaved", 0, 9)]


def test_a_reading_in_range_is_not_asked():
    for text in ("bp 128/82 this evening", "sugar 110 after lunch", "temp 99.1", "sats 97 on air"):
        assert doubt_concepts._number(text) is None, text
