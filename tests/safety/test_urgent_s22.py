"""Every emergency reaches the urgent turn; figures of speech stay quiet (helper s22, issue 12; dialogues/urgent_kinds.yaml,
self_harm_concepts.yaml on_edge / method_wish, self_harm_cues.yaml's "scared" stopper and red_flags.yaml idioms marked
s22). Each rule that raises is tested with a quiet look-alike; each rule that quiets (an idiom, a relative's history,
Spanish family history, hyperbole about a nuisance) with the same words told as an emergency now, which must stay urgent. Phrasings written for
these tests from clinical knowledge and how people talk, none from a round."""

from __future__ import annotations

import pytest

from safety.safety_support import screen

URGENT = [
    # self-harm happening now: at an edge with no subject, a wish told with its way, a fear of using the means tonight
    "standing on the old rail bridge. not sure why im filling this in",
    "sitting on the ledge of the car park roof",
    "im at the river bridge by the mill. dont want to talk tonight",
    "it would be easier to just jump, the window is right here",
    "been thinking about driving into a tree on the way home",
    "i have my dads tablets in my coat and im scared ill take them tonight",
    "sent goodbye texts to my sisters. im done with all of this",
    # a carer's child drowning
    "my daughter fell in the lake and was drowning, we got her out and she's coughing",
    "we pulled my son out of the bathtub, he was face down",
    # a small child and one adult pill, a pod bitten, a small battery in Spanish
    "my 2 year old swallowed one of grandma's amlodipine",
    "my toddler drank from nana's methadone cup",
    "my little boy bit into a laundry pod and is coughing",
    "mi nene se metio a la boca una pila de boton y creo que se la trago",
    "la bebe mordio una capsula de detergente y tiene espuma en la boca",
    # trouble breathing in lay words
    "her asthma is bad, she can only say two words at a time",
    "used his inhaler three times and he cant finish a sentence",
    "my baby is wheezing and sucking in under the ribs",
    # pregnancy warning signs told plainly
    "headache all day and now im seeing stars, my hands and face are puffy",
    "my waters went and i can feel the cord down there",
    # one's own medicine taken again after forgetting, and a foggy mind
    "forgot i took my night pills and took them again, now i feel really woozy",
    "took my blood pressure pills, then again at lunch, then again at dinner, feeling slow and funny",
]


QUIET = [
    # figures of speech and slips
    "sliced my wrist on a tin opening a can of beans",
    # hyperbole about a nuisance
    "the queue at the post office was so long i nearly died",
    "my kids are choking me with their demands this week",
    "the discharge meeting was a total train wreck",
    "the waiting is poison for the nerves",
    "the clinic's phone menu is an absolute overdose of hold music",
    "my boss is gonna have a heart attack when he sees the invoice",
    "I cannot breathe with all these forms to fill",
    "the new owners are bleeding money and staff",
    # Spanish family history
    "a mi abuelo le dio un derrame a los 70, quiero saber si es hereditario",
    "en mi familia hay varios con diabetes y problemas del corazon",
    # look-alikes of the raising rules
    "im at the bridge waiting for my sister",
    "i'm at the bridge by the clinic, where is the parking",
    "sitting on the edge of the bed",
    "it would be easier to just go with the first surgeon",
    "I'm scared I'll use it wrong, the inhaler I mean",
    "my daughter fell in the pool last summer and was nearly drowning, she's fine, now she's scared of water",
    "my son fell in the pool at swimming lesson",
    "my son takes methadone for his recovery, is a second opinion worth it",
    "my daughter is on clonidine for ADHD, should I get a second opinion",
    "the kids had a bite of the cake",
    "cambie la pila del reloj",
    "she has asthma and is shy, she can hardly talk to strangers",
    "my son has asthma, he used to only say a few words at a time when he was little, now he talks nonstop",
    "my usual migraine, headache and seeing zigzags, my hands are swollen from the heat",
    "I forgot my pills yesterday so I took them this morning, feel fine",
    "should I take my warfarin twice if I missed yesterday's dose",
    "my doctor doubled my warfarin dose last week, feeling a bit tired",
]

# look-alikes of the edge and goodbye rules that were asked about before and must not be raised by them (the check
# question there comes from an older sign: "stood on the bridge")
NOT_RAISED = [
    "we stood on the bridge watching the fireworks with the kids",
    "I'm on the bridge now, I'll be at the clinic in ten minutes",
]

# the same words as a quieting rule, told as an emergency now: each stays urgent
STAY_URGENT = [
    "help im drowning lol",
    "help, im drowning lol",
    "the water is cold, im drowning",
    "my son is drowning lol",
    "paper cut wont stop bleeding and im on warfarin",
    "paper cut wont stop bleeding for 40 minutes",
    "paper cut wont stop bleeding, its soaking the towel",
    "cut my wrist",
    "cut my wrist on purpose while cooking",
    "cut my wrist again while cooking",
    "cut my wrist while cooking, it's spurting everywhere",
    "she cut her wrists while I was cooking",
    "mom's aide found her trying to cut her wrists with a kitchen knife",
    "he passed out on the floor and wont wake up",
    "my uncle died by suicide and I want to die too tonight",
    "my uncle died by suicide last year and I have the pills ready",
    "my dad took his life last month and im standing on the bridge",
    "my brother just tried to kill himself",
    "my sister just overdosed and is not breathing",
    "my dad will die of an overdose, he just took all his pills",
    "the line was so long i wanted to die. i still want to die",
    "the queue was so long i wanted to die, and tonight i have the pills ready",
    "he was in a car crash and is confused",
    "dad is having a stroke about an hour ago his arm went weak",
    "my husband is having a stroke, his face is drooping",
    "i cant breathe with all the smoke in here",
    "i took an overdose of my sleeping pills",
    "he drank poison for the rats",
    "im choking, cant breathe",
    "a mi papa le dio un infarto a los 50 y ahora le duele el pecho y suda frio",
    "a mi tio le dio un infarto, no respira",
    "a mi papa le dio un infarto hace 5 minutos",
]


@pytest.mark.parametrize("line", URGENT)
def test_told_now_is_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", QUIET)
def test_look_alike_stays_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", NOT_RAISED)
def test_look_alike_is_not_raised_to_urgent(line):
    assert screen(line).level != "emergency", line


@pytest.mark.parametrize("line", STAY_URGENT)
def test_quieting_rule_leaves_an_emergency_now_urgent(line):
    assert screen(line).level == "emergency", line


def test_a_crisis_is_named_with_its_line():
    result = screen("standing on the old rail bridge. not sure why im filling this in")
    assert result.crisis and "self_harm" in result.categories


def test_a_child_poisoning_gets_poison_control():
    result = screen("my 2 year old swallowed one of grandma's amlodipine")
    assert "poisoning" in result.categories and "poison" in result.advice
