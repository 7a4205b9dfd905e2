"""Round 21's false alarms as families (issue 12, helper 12_7; contexts generic_you_r21 and if_then_what_r21, the
escalator if_open_r21, two idioms, "aint" in no gap, a finding about the urine): each family with lines of our own
that stay quiet, and emergencies told with the same words that must still alert (a false-alarm fix never silences a
real emergency). Phrasings are our own, not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level

FAMILIES = {
    "a general question about 'your' body (hypothetical)": (
        ["could a vape actually collapse your lung?",
         "can a bee sting make your throat swell shut?",
         "does smoking weed make your heart race like that?",
         "would too much tylenol destroy your liver, asking for a school project",
         "can stress make your arm go numb"],
        [("can you help, my husband collapsed and isn't breathing", "emergency"),
         ("could it be a stroke? his face is drooping right now", "emergency"),
         ("can a bee sting do this? my throat is swelling shut now", "emergency")]),
    "a sign inside an 'if' that asks what to do then (hypothetical)": (
        ["if my son gets stung again and his throat swells, do I use the epipen first or call",
         "if she has another seizure and it lasts long, should we call 911 or give the midazolam",
         "if my sugar drops and I get shaky, do I take juice or glucose tabs",
         "if her lips go blue again, should I call first or start breathing for her",
         "what if he chokes on his food, do i do back blows first"],
        [("my son got stung and his throat is swelling now, do I use the epipen first or call", "emergency"),
         ("she is having a seizure right now, should we call 911", "emergency"),
         ("if you can hear me, help, my husband just collapsed and is not breathing", "emergency")]),
    "figures of speech: a pressure through the roof at a chore, a thing that will 'choke me one day' (idiom)": (
        ["my blood pressure goes through the roof just thinking about the insurance calls",
         "my bp is sky high every time I open a hospital bill, ha",
         "these forms will kill me one day",
         "this paperwork is going to choke me one of these days",
         "blood pressure through the roof when I'm on the phone with billing, lol"],
        [("my blood pressure is 210 over 130 and I have a terrible headache", "emergency"),
         ("he is choking on a piece of meat and can't breathe", "emergency")]),
    "a sign denied in dialect ('ain't') (negated)": (
        ["Darlene says my lips ain't blue, oxygen's 92, that's normal for me",
         "his face ain't droopy, he's just tired",
         "my fingers ain't purple no more, warmed up fine"],
        [("his lips are blue and he ain't breathing right", "emergency"),
         ("her face is droopy and she can't talk, it ain't normal", "emergency")]),
    "a finding about the urine, not 'no urine' (negated)": (
        ["no blood in urine this time, no pain, only tired",
         "urine test showed no protein in urine and no infection",
         "no blood in my pee since the stent came out"],
        [("he hasn't peed all day, has a fever and is confused", "emergency"),
         ("fever and no urine since this morning, very drowsy", "emergency")]),
}


@pytest.mark.parametrize("line", [line for quiet, _ in FAMILIES.values() for line in quiet])
def test_each_false_alarm_family_stays_quiet(line):
    assert level(line) == "none", line


@pytest.mark.parametrize(("line", "expected"), [case for _, alert in FAMILIES.values() for case in alert])
def test_the_same_words_told_as_an_emergency_still_alert(line, expected):
    assert level(line) == expected, line
