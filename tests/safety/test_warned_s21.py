"""No emergency without a warning (helper s21, issue 12; dialogues/warned_kinds.yaml, self_harm_concepts.yaml at_hand,
red_flags.yaml and label_covers.yaml marked s21): vital signs as numbers, cauda equina and a blocked belly in people's own
Spanish (no accents, regional words); a big blistered sunburn on a baby; a baby that "has stopped kicking" told with the
weeks; one-sided pain and a faint after "the nurse told me cramps are normal but now"; a weapon at hand as they type.
Each is tested with its quiet look-alike. Phrasings written for these tests from clinical knowledge, none from a round."""

from __future__ import annotations

import pytest

from safety.safety_support import screen

URGENT = [
    # Spanish vital signs as numbers
    "el oximetro de mi abuela marca 80 y esta cansada",
    "le puse el aparatito del dedo a mi esposo y marca 83 de oxigeno",
    "la saturacion de mi hijo en 87 y respira con dificultad",
    "la maquina del super le marco 210/125 y le duele mucho la cabeza",
    # cauda equina in Spanish
    "me cai cargando costales, me duele la espalda y no siento las pompas",
    "se me durmio todo entre las piernas y no puedo hacer pipi",
    "dolor de espalda baja y se me sale la orina sin darme cuenta, no siento nada en las nalgas",
    # a blocked belly in Spanish
    "mi tio trae la barriga dura como piedra, no ha obrado en cuatro dias y vomita verde",
    # a sunburn
    "my 4 month old got a sunburn at the park and it has blistered",
    "my toddler is sunburnt all over her back with big blisters",
    "i fell asleep at the pool, sunburn all over my back with big blisters and now im throwing up and dizzy",
    # the baby moves less, told with the weeks
    "im 35 weeks and he has stopped kicking since last night",
    "shes 38 wks and the baby has stopped moving today",
    # told normal, then a sign now
    "the midwife said cramps are normal early on but now i have sharp pain on one side and i nearly fainted",
    "doctor told me the cramps were fine but then i got left side pain and passed out in the shower",
    # a weapon at hand as they type
    "got my brothers pistol out, its loaded",
    "took dads rifle out of the safe, its on the table in front of me",
    # self-harm now, in own words
    "up on the multistorey, thinking its easier if i just let go",
    "been thinking about just stepping off the train platform when the express comes through",
    "the voices keep telling me to swallow everything in the drawer",
    "i slit open my wrist with a blade, its not too bad i think",
    "injected a whole pen of lantus on purpose twenty minutes ago",
    "sleeve is up again and im about to do it again, deeper this time",
    "i've been planning it for weeks and it's today",
    "pills are counted out. already decided.",
    "no point carrying on since my wife died. the shotgun is loaded",
    # told in a learner's English or plainly
    "my boss eat shrimp at lunch and now he itch all over, his voice is change and he breathe bad",
    "my boy is 14, his balls hurt bad on the left one since this morning and he keep puking",
    "my uncle fall from the roof, he dont answer, eyes closed",
    "the glass cut his hand, blood dont stop, it come right through the towel",
    "my 3 month old's temp is 95.2 and she is floppy",
    "my brother huffed the duster can and now his heart is racing like crazy",
]

QUIET = [
    # (review rv28: "a los 50" without "años" and "¿cómo sé si ...?" are asked again; the rules that quieted them also
    # quieted emergencies: tests/safety/test_review_rv28.py)
    "el oximetro marca 97 y se siente bien",
    "mi papa tiene epoc y el oximetro siempre marca 88",
    "me duele la espalda desde hace anos, es la ciatica de siempre",
    "no ha hecho del bano en dos dias, creo que es el hierro",
    "i have a mild sunburn on my nose from the weekend",
    "my son got a bit of sunburn on his shoulders at the beach",
    "im 35 weeks and she is kicking away like crazy",
    "the doctor said the cramps were fine and they have stopped now",
    "the nurse told me cramps are normal and they are mild",
    "my husband got his rifle out to clean it before hunting season",
    "took the nail gun out to the shed to finish the fence",
    "my new inhaler, its in front of me, how do i use it",
    "this paperwork, I am drowning",
    "honestly im drowning in bills and forms from both hospitals",
    "what are signs of suicide risk",
    "i cut my arm on the blade of the mower, bleeding a bit",
    "i opened my wrist on a broken glass doing the dishes",
    "my son ate peanuts once as a toddler and got hives all over",
    "my dad dont talk much, he just sits with his eyes closed watching tv",
    "i cut my finger, it bled a little but stopped",
    # Spanish history and questions of what to do
    "a mi nieto le dio una convulsion por fiebre cuando tenia dos anitos, nunca mas le ha pasado",
]

# the same Spanish history or question with a sign told now stays urgent
SPANISH_NOW = [
    "cuando tenia dos anos se trago una moneda, y ahora se trago una pila y esta babeando",
    "a los 5 minutos se puso morado y no respira",
    "que hago? mi hijo tiene una convulsion ahora mismo y no para",
    "que hago si mi hija tiene una convulsion ahora mismo",
]


@pytest.mark.parametrize("line", SPANISH_NOW)
def test_spanish_sign_told_now_stays_urgent(line):
    assert screen(line).level == "emergency", line



@pytest.mark.parametrize("line", URGENT)
def test_told_now_is_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", QUIET)
def test_look_alike_stays_quiet(line):
    assert screen(line).level == "none", line


def test_in_the_water_is_no_figure_of_speech():
    assert screen("my son is drowning in the lake").level == "emergency"


@pytest.mark.parametrize("line, said", [
    ("took his pills twice by accident and is confused", ["too much medicine taken by mistake"]),
    ("my husband swallowed a few of his oxycodone and is very drowsy", ["too much medicine taken", "an overdose"]),
])
def test_said_once_and_for_the_right_person(line, said):
    result = screen(line)
    assert result.level == "emergency"
    assert result.labels() == said
    assert "a child who may have swallowed medicine" not in result.labels()


def test_a_child_is_still_named_where_a_child_is_told():
    assert "a child who may have swallowed medicine" in screen("my toddler ate a few of grandmas oxycodone and is drowsy").labels()
