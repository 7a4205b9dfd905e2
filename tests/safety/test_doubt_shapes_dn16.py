"""The doubt net's four shapes switched back on, narrowed by concept (helper dn16, issue 12).

gone, number, swallowed and change (assistant/safety/doubt_concepts.py, dialogues/doubt_concepts.yaml) were switched
off because they asked ordinary look-alikes. Each shape is now narrowed by concept: "gone" is quiet beside a plan of
care, a paper, a trip or a chore, and a roof or a balcony is no ledge; a "number" is quiet during exercise, as a habit,
a question, a visit, or when a later reading of the same measure is back in range, and a sugar under 20 is mmol;
"swallowed" needs the thing in the verb's own clause, a small child or an amount, not a pet, an idiom or a medicine
taken as meant; "change" is quiet beside a doctor's word on it, a symptom easing, a dose for it or a paper, and
"since yesterday" is how long, not a change. The lines below are written for this test, not taken from any round. swallowed is narrowed but stays off (it
turned no silent emergency of rounds 1-29 into a question): its lines are tried with it switched on for the test.
"""

import pytest

from assistant.safety import doubt_concepts, doubt_net, screen
from assistant.safety.screening import NOTHING

ASKED = {
    "gone": ["ive got everything ready for tonight, just wanted to say thanks for trying",
             "he sent a farewell text to his brother an hour ago and nobody can reach him",
             "this is the last thing i will write here",
             "im not going to be alive by the weekend",
             "ive made sure nobody will find me in time"],
    "number": ["glucose on the meter this evening reads 480", "pulse ox showing 84 on the little one",
               "her blood pressure 70/38 when i took it just now", "glucose 28 mmol on the home meter"],
    "swallowed": ["the baby licked some of the oven cleaner off the door", "dad took his insulin twice by mistake tonight",
                  "grandma swallowed double her heart pills by mistake",
                  "my nephew got into the bag of magnets and swallowed some"],
    "change": ["still pouring from the cut on his shin after half an hour of pressing",
               "out of nowhere my vision went blurry in one eye", "desde esta mañana le arde todo el brazo muchísimo"],
    # a negation does not reach past "now"/"ahora"; a racing heart and strange talk are symptom families
    "cluster": ["no comió nada y ahora está temblando y sudando",
                "my brother is saying weird things and his heart is going nuts"],
}

# the suite's look-alikes that switched the shapes off, and new ones of the same concepts
QUIET = [
    # gone: a roof, a balcony, the edge of a bed; a plan of care, a paper, a trip, a chore, a topic
    "standing on the roof all morning fixing the aerial", "we sat on the balcony with coffee before the appointment",
    "sat on the edge of the bath to put my socks on", "he cleans his shotgun on the table before hunting season",
    "i wont be around for the scan, im on a work trip, can my son go",
    "dad is not going to be around much longer, the hospice nurse says days",
    "she texted goodbye from the airport, boarding now", "i wrote letters to the insurer about the bill",
    "mi hija se va a cortar el pelo el sábado", "ya no quiero seguir con esta medicina",
    "i got everything ready for the surgery tomorrow", "i sent a goodbye card to my nurse when she retired",
    "roofer here, standing on the roof all day replacing tiles, what about my knee",
    "i have a plan for the second opinion and im going to do it this week",
    "we would be better off without all these forms", "this is the last you will hear from me on this topic",
    # number: exercise, a rechecked or treated reading, a habit, a visit, a question, mmol
    "my heart rate touched 176 on the rowing machine", "sats 87 on the cheap clip, the real oximeter says 96",
    "bp was 190/105 at her checkup, the gp changed her tablets", "my sugar runs around 17 mmol in the mornings",
    "what does a pulse of 38 mean in an athlete", "glucose 12 mmol after cake",
    "hr hit 181 at the top of the hill on my ride", "pulse read 160 on my watch, checked again manually, pulse 82",
    "bg 52 before lunch, treated with glucose tabs, now 118",
    # swallowed: a medicine taken as meant, an older child's own tablets, a harmless amount, history
    "my son, 10, took his asthma tablets fine this morning", "took 2 of my sleeping tablets like the doctor said",
    "i took my vitamins twice today oops", "i have taken these pills twice before for migraines",
    "I drank my juice and cleaned the windows with glass cleaner after", "my dog drank out of the toilet again, no bleach in it",
    "I accidentally took my evening pills this morning", "my daughter is 15 and took paracetamol for period pain after school",
    # change: how long, a doctor's word on it, easing, a dose for it, a paper, a negated change
    "my throat has been sore since yesterday", "bad headache last night, the gp said it was a migraine",
    "the bleeding is lighter now, just spotting", "took 2 ibuprofen an hour ago for the headache",
    "no sudden pain, the knee is swollen from tennis", "the letters from the insurer are getting worse",
    "me arde la garganta desde ayer",
    # answers to the questions: odds, a doctor's finding, what each doctor says
    "honestly about 70/30 in favour of waiting", "she had the baby last week and now the doctors say her heart is weak",
    "one doctor says now, the other says wait until he stops growing",
]


@pytest.fixture(autouse=True)
def _swallowed_on(monkeypatch):
    """Every shape on for these tests (swallowed is off in dialogues/doubt_concepts.yaml)."""
    monkeypatch.setitem(doubt_concepts._tables(), "shapes", frozenset({"cluster", "gone", "number", "swallowed", "change"}))


def test_two_narrowed_shapes_are_on_in_the_data():
    from assistant import yaml_cache
    from assistant.paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / doubt_concepts.FILE, yaml_cache.parse_yaml)
    assert set(data["shapes"]) == {"cluster", "gone", "number"}  # change off again (lead): see doubt_concepts.yaml


@pytest.mark.parametrize(("kind", "text"), [(kind, text) for kind, lines in ASKED.items() for text in lines])
def test_each_narrowed_shape_still_asks_new_words(kind, text):
    shape = doubt_net.found(text)
    assert shape is not None and shape[0] == kind, (text, shape)
    assert screen(text).level in ("ask", "emergency"), text
    assert doubt_net.with_doubt(text, NOTHING).level == "ask"  # the net alone never makes a line urgent


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_of_the_four_shapes_stay_quiet(text):
    assert doubt_net.found(text) is None, (text, doubt_net.found(text))
    assert screen(text).level == "none", text


def test_a_later_reading_back_in_range_settles_only_its_own_measure():
    assert doubt_concepts._number("temp 104.5 and her pulse 98") is not None  # a pulse is no temperature
    assert doubt_concepts._number("temp 104.5, rechecked it was 98.9") is None
