"""Issue 12: the kinds of emergency that were missing, emergencies that are clear now, and the
false alarms to stop. The phrasings are written from clinical knowledge (NHS, CDC and ACOG lay
advice on these conditions), not taken from any round; rounds are scored in test_phrase_sets."""

from __future__ import annotations

import pytest
from safety.safety_support import screen

# kind -> lines that must reach the urgent turn, in plain words, texting style and non-native grammar
EMERGENCIES = {
    "testicular": ["my 15 year old has sudden bad pain in his testicle and is throwing up",
                   "son testicle swollen n hurts like crazy since 1 hour"],
    "pregnancy": ["im 32 weeks pregnant and bleeding heavy", "35 weeks and baby not moving since last night",
                  "pregnant with bad headache and seeing spots, my face and hands are puffy, bp 160 over 110",
                  "gave birth last week and now soaking a pad every hour"],
    "bleeding": ["on warfarin and this nosebleed wont stop for 40 minutes",
                 "passing lots of blood from my bottom and i feel faint",
                 "after my prostate biopsy i am peeing blood clots and now i cant pee at all",
                 "black poo and i nearly fainted"],
    "cauda_equina": ["bad back pain and now numb between my legs", "my back is killing me and i wet myself without knowing"],
    "diabetes": ["sugar 2.2 and hes not making sense", "blood sugar 35", "glucose reads HI and shes vomiting",
                 "ketones large and breathing fast", "bg 610", "he had sugar twice but it wont come up"],
    "sepsis": ["on chemo and my temperature is 38.4", "chemo 10 days ago, fever and shivering",
               "3 days after gallbladder surgery, fever and my eyes going yellow"],
    "after_surgery": ["my wound opened up after the operation", "calf swollen after my hip surgery and now short of breath",
                      "post op day 3, belly very swollen and fever"],
    "burns": ["my toddler pulled a cup of hot tea over his chest, skin peeling", "burn on her arm has big blisters and white skin",
              "electric shock from the socket and a burn on his hand"],
    "poisoning": ["carbon monoxide alarm going off and we feel dizzy", "my 3 year old drank bleach",
                  "toddler got into nana's pill box", "she ate some washing pods"],
    "abdomen": ["sudden severe stomach pain, belly hard as a board", "i have a aaa and now sudden pain in my belly and back",
                "hernia stuck out and wont go back in, its hard and purple"],
    "self_harm": ["i am cutting myself right now and it is deep", "i have the pills here and i decided to take them all tonight"],
}
CLEAR_NOW = [  # straight to the urgent turn, not the check question
    "crushing pressure in my chest for 20 minutes",
    "chest pain and i took my nitro twice, it didnt help",
    "high fever, heart racing and shes confused",
    "oxygen 84", "pulse 38 and dizzy", "bp 230 over 135", "temp 41.2",
]
FALSE_ALARMS = [  # must stay quiet (no urgent turn, no question)
    "i tried to kill myself years ago, i am well now",
    "i overdosed in 2012, clean since",
    "i fainted last year and that led to the plan for a pacemaker",
    "can this medicine cause bleeding?",
    "what if i have a seizure during the scan",
    "that bill nearly gave me a heart attack",
    "we are bleeding money on parking",
    "i was dying to know the results",
    "i nearly choked on my coffee when i saw the price",
    "i get breathless on stairs, which is why they want to fix the valve",
    "my angina is stable, the spray fixes it",
]


@pytest.mark.parametrize(("kind", "line"), [(kind, line) for kind, lines in EMERGENCIES.items() for line in lines])
def test_each_new_kind_reaches_the_urgent_turn(kind, line):
    result = screen(line)
    assert result.is_emergency, (line, result)
    assert kind in result.categories or (kind == "bleeding" and "after_surgery" in result.categories), result.categories


@pytest.mark.parametrize("line", CLEAR_NOW)
def test_clear_emergencies_happening_now_go_straight_to_the_urgent_turn(line):
    assert screen(line).is_emergency


@pytest.mark.parametrize("line", FALSE_ALARMS)
def test_false_alarms_stay_quiet(line):
    assert screen(line).level == "none"


def test_a_kind_inside_a_long_answer_is_found():
    answer = ("we are deciding whether to have the knee replacement in the spring, the surgeon was nice but "
              "rushed, and by the way my son is 13 and has had terrible testicle pain since this morning and keeps vomiting, "
              "we also want to know about physio")
    assert "testicular" in screen(answer).categories and screen(answer).is_emergency


@pytest.mark.parametrize(("line", "who"), [
    ("my son says he wants to kill himself", "other"), ("my mom keeps talking about ending her life", "other"),
    ("i want to kill myself", "self"), ("i think my dad wants to die", "other"), ("i cant go on anymore", "self"),
])
def test_who_is_at_risk_of_suicide(line, who):
    result = screen(line)
    assert result.crisis and ("crisis_other" in result.advice) == (who == "other")
