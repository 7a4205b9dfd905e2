"""A seizure and a stroke in people's own words (helper s19, issue 12; dialogues/emergency_concepts.yaml and
dialogues/concept_signs.yaml, entries marked s19): "went stiff and started jerking", a fit in withdrawal, "never
before", "not answering"; an arm that does not obey, speech that sounded drunk, a room that looks tilted, and in
Spanish a drooling side of the mouth, "no pudo mover el brazo ni decir", "no habla bien", trembling "toda".
Look-alikes stay as they were. Phrasings written for these tests, none from a round."""

from __future__ import annotations

import pytest

from safety.safety_support import screen

URGENT = [
    "my brother stopped his xanax cold turkey and just now went stiff and started jerking on the couch",
    "grandpa went stiff then started shaking all over, never before, hes 80",
    "she had a fit in the kitchen and now she's not answering me",
    "mi hija se cayo y esta temblando entera y no me responde",
    "my wife says my speech sounds drunk and my right arm isnt obeying me, started twenty minutes ago",
    "i cant get my right hand to do what i tell it and the room looks tilted, it came on suddenly",
    "a mi mamá se le cae la baba por un lado y no puede levantar el brazo, empezó hace media hora",
    "de repente mi abuelo no pudo mover la pierna ni decir nada, hace diez minutos",
    "mi tío de repente no habla bien y se le torció la boca",
]

QUIET = [
    "mi jefe estaba echando espuma por la boca otra vez por el presupuesto",
    "la abuela no habla bien el ingles, necesita interprete para la cita",
    "he had a seizure from alcohol withdrawal years ago, sober since",
    "is it true that quitting drinking cold turkey can cause seizures?",
    "my arm isnt listening to physio advice lol, still sore after the shoulder op",
    "the room looked tilted in the funhouse at the fair",
    "his speech sounded drunk at the party, he had six beers",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_seizure_or_a_stroke_in_own_words_is_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", QUIET)
def test_a_look_alike_stays_quiet(line):
    assert screen(line).level == "none", line


def test_foaming_at_the_mouth_in_anger_is_not_made_a_seizure():
    # the red-flag screen asks about "foaming at the mouth" as it did; the seizure concept adds nothing to an angry boss
    assert screen("my boss was foaming at the mouth again about the budget").level == "ask"
