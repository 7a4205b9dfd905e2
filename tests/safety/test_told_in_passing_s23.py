"""Helper s23 (issue 12): emergencies told in passing, and two false alarms, each with its look-alike.

A note left under a pillow; "took like all my ..." (a "like" before the amount); a lump or bleeding where a heart or
artery catheter went in; a toddler's first words and a laundry basket are no emergency, but the same words told with
a breathing or poisoning sign stay urgent; a small child found with a medicine open (its count unknown, pills on the
floor, powder on the lips) is urgent, a yogurt mouth or an open bottle with no child is not.
"""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line", [
    "wrote a note and put it under my pillow lol",
    "wrote a note and left it on my bed",
    "took like all my sertraline lol gg",
    "took like all my sertraline",
    "she took like the whole bottle of tylenol",
    "there's a lump in my groin where they did the catheter yesterday and it's getting bigger",
    "bleeding from my groin where they went in for the heart cath",
    "had a stent put in monday, now theres a swelling in my groin thats pulsing",
    "after my angiogram the groin is bleeding through the dressing",
    # the false alarms' words told as an emergency after "and" or a comma
    "my toddler chewed a laundry pod",
    "toddler bit into a laundry pod and is coughing",
    "toddler chewed on the laundry basket, and now hes wheezing and can only say a few words",
    "my toddler can only say a few words and his lips are blue",
    "she has asthma and can only say a few words at a time",
    "he can only say a few words",
    # a small child found with medicine open
    "i found an open pill bottle and the toddler has powder on his lips, they are grandpas heart pills",
    "baby got into my ibuprofen and my allergy pills, idk how many he ate",
    "found my 2 year old with my sertraline bottle open, he might have eaten some",
    "my toddler got into the cabinet, the tylenol bottle is open and a few pills are missing",
    # cauda equina in learner's English
    "my back hurts so much and i feel nothing on my backside, the pee come out and i dont know",
    "back pain, i feel nothing in my private area and the urine is coming without control",
    "my husband back is bad and he say he feel nothing on his bottom",
])
def test_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", [
    "wrote a note to the tooth fairy and put it under my pillow lol",
    "had an angiogram last year, groin was fine",
    "he has a urinary catheter and theres a bit of blood in the bag",
    "my groin lump from the hernia is the same",
    "no bleeding from my groin after the cath",
    "toddler chewed on the laundry basket",
    "toddler can only say a few words",
    "my 2 year old can only say a few words",
    "my son can only say a few words so far",
    "my toddler has white stuff on his mouth from the yogurt",
    "the pharmacist gave my baby's medicine in an open bottle",
    "i found an open pill bottle on the floor",
    "my toddler opened the pill bottle but it was empty",
    "the physio said my back is better, i feel nothing there now",
    "after the epidural i feel nothing below my bottom, the baby is out",
])
def test_quiet(line):
    assert screen(line).level == "none", line
