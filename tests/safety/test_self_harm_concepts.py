"""Self-harm by concept (helper sh16, issue 12): word families combined, not phrases (assistant/safety/self_harm_concepts.py).

Each concept pairing reaches the urgent turn with the crisis line, in words written for these tests (none from a
round); a wish alone gets the check question with the crisis line; a caregiver telling of someone else gets the advice
about that person; history, a risk question, idioms, dark jokes about work, a finished treatment and a character in a
film stay quiet. The layer alone (found) is checked too, so a test fails when the concepts, not another layer, break.
"""

from __future__ import annotations

import pytest

from safety.safety_support import screen

from assistant.safety import self_harm_concepts as concepts

URGENT = [
    # intent + means
    "ive been thinking everyone would be better off without me, the rope is in the shed",
    # intent + time
    "i dont want to be alive anymore and i think tonight is when i stop pretending",
    # intent + plan
    "i wont be around much longer. ive made my arrangements, the dog goes to my neighbour",
    # weary + means
    "im so tired of it all. there are forty of my nans tablets in a jar under the sink",
    # weary + plan
    "honestly im done. everything is laid out, the letters are on the desk",
    # weary + cut off (someone else)
    "my brother texted he is done with all of this and now he wont open the door of his flat",
    # act + soon
    "i swallowed the whole bottle of my sleeping tablets just now",
    # a place at an edge + a time
    "she is standing on the overpass right now and wont talk to me",
    # a means in use
    "dad is sitting in his truck in the garage with the engine running",
    # plan + time
    "everything is ready, i go when everyone is asleep. thanks for the help with the forms",
    # non-native wording
    "sorry not about my mother appointment, i cant more with this life, i have the knife here",
]


@pytest.mark.parametrize("line", URGENT)
def test_concepts_together_reach_the_urgent_turn_with_the_crisis_line(line):
    result = screen(line)
    assert result.is_emergency, result
    assert result.crisis, result.categories


@pytest.mark.parametrize("line", URGENT)
def test_the_concept_layer_itself_finds_each_pairing(line):
    hit = concepts.found(line)
    assert hit is not None and hit[0] == 2, hit


def test_a_wish_alone_gets_the_check_question_with_the_crisis_line():
    result = screen("some days i really just want to check out, for good")
    assert result.level in ("ask", "emergency"), result
    assert result.crisis
    assert concepts.found("i dont want to live anymore") is not None


def test_a_caregiver_telling_of_someone_else_gets_advice_for_that_person():
    result = screen("my roommate said she is done and locked herself in the bathroom, she wont answer me")
    assert result.is_emergency and result.crisis, result
    assert "crisis_other" in result.advice, result.advice


def test_the_teller_at_risk_gets_the_advice_for_themselves():
    result = screen("im on the railway bridge now and i cant do this anymore")
    assert result.is_emergency and result.crisis, result
    assert "crisis_other" not in result.advice, result.advice


QUIET = [
    # history
    "i tried to end my life back in my twenties, im well now and want a second opinion on my hip",
    "my aunt took all her pills once when she was a teenager, she is 60 and doing great",
    # a question about risk
    "can this antidepressant cause suicidal thoughts in teenagers, should we watch for anything",
    # idioms
    "this commute is killing me, can we do the call at nine",
    "my sister is going to kill me for booking this without her",
    "im dying to know what the second surgeon thinks",
    # dark jokes about work
    "another monday of spreadsheets, kill me now lol",
    # a finished treatment
    "im done with chemo, finished the last round in june, everything is ready for the scan",
    # a character in a film
    "we watched a film where the character stands on a bridge at night, it made me cry",
    # ordinary words that share a family
    "i took all the tests they asked for this morning",
    "im done for today, can we finish the questions tomorrow",
    "my pills are in the weekly organizer on the kitchen counter",
    "i wont be around next week, visiting my daughter",
]


@pytest.mark.parametrize("line", QUIET)
def test_look_alikes_stay_quiet(line):
    assert concepts.found(line) is None, concepts.found(line)
    assert screen(line).level == "none", screen(line)


def test_the_layer_only_raises_and_ignores_bad_input():
    for bad in ("", "   ", None, 42):
        assert concepts.found(bad) is None
    already = screen("he collapsed and is not breathing, starting cpr")
    assert concepts.with_concepts("he collapsed and is not breathing, starting cpr", already) is already


@pytest.mark.parametrize("line", [
    "my dad said this is his last night and hes got his hunting rifle out",  # a last night + a means
    "there is no reason for me to be here anymore. the bridge is 10 min walk",  # no reason to be here + a place
    "i wanna end it, cleared out my room and paid off my phone",  # a wish + affairs put in order
    "im gona kil myself tonite",  # typed fast, misspelt
])
def test_more_wordings_of_the_same_concepts(line):
    hit = concepts.found(line)
    assert hit is not None and hit[0] == 2, hit


@pytest.mark.parametrize("line", [
    "I've put my affairs in order because I'm having major surgery, that's just sensible",  # affairs without a wish
    "we sat on the roof terrace bar last night, lovely view",  # a roof, no wish
    "can you take care of my cat while im in hospital next week",  # a farewell's words as an errand
])
def test_concepts_alone_that_need_a_pair_stay_quiet(line):
    assert concepts.found(line) is None, concepts.found(line)
