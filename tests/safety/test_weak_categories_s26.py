"""Helper s26 (issue 12): the weakest categories of the last fresh round, by shape; each with its quiet look-alike.

Bleeding: a dressing soaked through or changed twice within an hour (a count in a time, not a word); first aid told
as under way ("ive been pressing for 15 min") is now, not history carried over from a fall; a nosebleed on a blood
thinner "they sent me home with" is no visit that settled it. Seizure: a dictated spelling ("a sea sure"); two or
more seizures within an hour told of a wife or a son (no family history); epilepsy named and "this one" not
stopping. Pregnancy: "who's expecting", "carrying her first", "in her 33rd week" with a pre-eclampsia sign; Spanish,
the baby hardly moving (dialogues/red_flags.yaml).
"""

from __future__ import annotations

import pytest

from safety.safety_support import screen

URGENT = {
    "bleeding": [
        "after his knee op the dressing soaked through twice in the last hour",
        "the bandage is full of blood, it keeps going through, we changed it three times in 40 minutes",
        "she fell off her bike, big cut on her chin, ive been pressing for 20 min and it keeps pouring",
        "nosebleed for 50 minutes and it won't stop, I'm on the blood thinner they sent me home with",
    ],
    "unconscious": [
        "my husband is having a sea sure right now on the kitchen floor",
        "hes having a seizer and it will not stop lol what do i do",
        "my son has had three seizures within the last hour and he isnt waking up in between",
        "My wife has had two convulsions within half an hour",
        "she has epilepsy but this one's been going ages and she's not stopping",
    ],
    "pregnancy": [
        "my daughter, who's expecting in a few weeks, has flashing lights and a pain under her right ribs",
        "my wife is carrying our first and her face and hands are all puffy and she has a bad headache",
        "I'm in my 34th week and seeing spots before my eyes",
        "tengo 30 semanas de embarazo y el bebé casi no se ha movido hoy",
        "mi hija está embarazada de 8 meses y ya no siente moverse al bebé desde anoche",
    ],
}


@pytest.mark.parametrize("category,line", [(c, line) for c, lines in URGENT.items() for line in lines])
def test_the_emergency_told_now_is_urgent(category, line):
    result = screen(line)
    assert result.level == "emergency", (line, result)
    assert category in result.categories


QUIET = [
    "we change the dressing two times a day, a little blood on it",
    "we changed the baby's nappy three times in an hour, she has a tummy bug",
    "had a nosebleed for 45 minutes last night, the ER packed it and sent me home",
    "june fell last week and cut her forehead, it bled a lot, they glued it",
    "my dad had two seizures within an hour back in 2015, none since",
    "my son has epilepsy and his seizures are well controlled on his meds",
    "my sister is in her 33rd week of chemo and feels tired",
    "my daughter is carrying her first and the scan was fine",
    "we are having a sea view room on holiday",
]


@pytest.mark.parametrize("line", QUIET)
def test_the_same_words_as_history_or_ordinary_life_stay_quiet(line):
    assert screen(line).level == "none", (line, screen(line))


# Spanish stroke signs (es_stroke): one side of the face fallen, the mouth twisted, speech tangled, an arm that will not
# lift; "ya está bien mareada" is very dizzy, not "fine now" (the resolved cue stands aside before a bad state).
SPANISH_URGENT = [
    ("stroke", "a mi papá se le cae el lado derecho de la cara y no puede levantar el brazo"),
    ("stroke", "mi abuela empezó a hablar enredado de repente"),
    ("stroke", "a mi esposo se le chuequeó la boca hace rato"),
    ("bleeding", "mi papá toma warfarina, le sangra la nariz desde hace una hora y ya está bien pálido"),
]


@pytest.mark.parametrize("category,line", SPANISH_URGENT)
def test_spanish_signs_told_now_are_urgent(category, line):
    result = screen(line)
    assert result.level == "emergency", (line, result)
    assert category in result.categories


@pytest.mark.parametrize("line", ["le sangró la nariz ayer pero ya está bien", "se me cae el pelo del lado izquierdo de la cabeza",
                                  "mi hijo no puede levantar el brazo desde que se cayó en el fútbol hace dos semanas",
                                  "mi mamá tuvo un derrame hace cinco años y se le cayó el lado izquierdo de la cara"])
def test_spanish_look_alikes_stay_quiet(line):
    assert screen(line).level == "none", (line, screen(line))
