"""Self-harm told by its parts in new wordings (helper sh10, issue 12): a means taken to a place, a deadly place with a
means made ready, a plan or a goodbye said sideways, Spanish; and the crisis advice about the person at risk when the
one typing only tells, finds or owns the means. Lines here are new wordings, not the own sets' lines; each urgent line
has a look-alike below that must stay quiet."""

from __future__ import annotations

import pytest
from safety.safety_support import screen

URGENT = [
    "heading out to the shed with my dad's shotgun. don't wait up",  # a means taken to a place, and a goodbye
    "lit a charcoal burner in my bedroom and sealed the window with tape",  # a deadly place with a means made ready
    "I sharpened my razor and I'm lying in the tub with it",
    "filled my coat with rocks and I'm walking to the lake now",  # a method told by its parts
    "I'm on the railroad bridge, the next one comes in ten minutes",
    "tied the cable from the garage beam and I'm putting it on now",
    "forgive me for what I'm about to do with these tablets",  # a plan said sideways, with the means
    "gave my bike to my brother and my fish to a friend. won't need any of it after tomorrow",  # two goodbyes, a time
    "no cap gonna kms tonight, the pills are in my bag",  # "no cap" is "no lie", not a negation
    "Ya escribí la carta de despedida, esta noche no voy a estar",  # Spanish
    "My husband has stopped his insulin and says he wants to be with our daughter who passed",  # someone else
]
QUIET = [
    "heading out to the woods with my rifle, duck season opens today",
    "we lit the charcoal grill in the garden for the party",
    "I sharpened the kitchen knife for dinner",
    "I collected rocks at the lake with my grandkids",
    "My husband works on the railroad bridge crew and starts at six",
    "tied a rope from the beam for the kids' swing",
    "I'm not sure what I'm going to do about the surgery date",
    "gave my bike to my brother when I moved, he loves it",
    "no cap this clinic has the best coffee",
    "mañana no voy a estar en casa, llamen el lunes",
    "My husband has stopped his statin because of muscle pain",
    "I attempted suicide a long time ago, I'm in a good place now and asking about my thyroid",  # past, in recovery
]


@pytest.mark.parametrize("line", URGENT)
def test_a_new_wording_of_one_part_still_meets_the_others_and_reaches_the_urgent_turn(line):
    result = screen(line)
    assert result.is_emergency and result.crisis, result


@pytest.mark.parametrize("line", QUIET)
def test_the_same_words_in_ordinary_talk_stay_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", ["", "  ", "don't wait up", "tonight", "forgive me", "no cap", "climbing over",
                                  "carta", "x" * 3000, "with weights " * 100])
def test_bare_or_odd_input_is_never_urgent(line):
    assert screen(line).level != "emergency"


def test_only_some_parts_get_the_check_question_with_the_crisis_line_not_silence():
    for line in ("got 80 of my sleeping pills in a bag. Tonight.", "whats the point when i'm planning to check out anyway"):
        result = screen(line)
        assert result.level in ("ask", "emergency") and result.crisis, (line, result)


@pytest.mark.parametrize("line", [
    "I think Grandpa took all his night pills twice and some of mine, he is very sleepy",  # someone else's overdose
    "My wife left a goodbye note and I cannot find her",
    "Mi hija se cortó las venas y hay mucha sangre",
])
def test_the_crisis_advice_is_about_the_person_at_risk_when_the_typer_only_tells_or_finds(line):
    result = screen(line)
    assert result.is_emergency and "crisis_other" in result.advice, result


@pytest.mark.parametrize("line", [
    "ya no quiero vivir, tengo la pistola de mi papá",  # the father's gun: the teller is at risk
    "got 60 of my nan's tablets in my bag. tonight.",
    "wrote letters to each of my kids, they will find them after",
    "Gun loaded. Done with this. Tell my husband sorry.",
])
def test_a_relative_named_only_as_the_owner_of_the_means_or_the_one_told_is_not_the_person_at_risk(line):
    result = screen(line)
    assert result.crisis and "crisis_other" not in result.advice, result
