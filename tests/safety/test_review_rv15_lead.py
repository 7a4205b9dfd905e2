"""The second review's safety findings on this session's new nets (helper rv15), mended by the lead at the merge.

The weak categories from their concepts (concept_signs.py) sent everyday medicine talk to the urgent turn: a habit
with a side effect ("she takes sertraline and feels nauseous"), "OD" for once daily or the right eye, a fever on chemo
told as dealt with, back pain reaching both legs told as the reason for surgery. The doubt net by concept
(doubt_concepts.py) asked "is this happening now?" of chronic symptoms a doctor is already planning for, of care at
the end of life, and of English words one letter from a symptom ("painting", "sharing"). Each is quiet now (or no
louder than the check question where a doctor would want to hear it), and the emergencies in new words stay urgent.
"""

from __future__ import annotations

import pytest
from safety.safety_support import screen

NEVER_URGENT = [
    "I take gabapentin and it makes me dizzy and foggy, is surgery better",
    "she takes sertraline and feels nauseous, the psychiatrist wants to switch",
    "he takes metformin and it upsets his stomach, causing diarrhea",
    "my son takes his adhd meds and can't sleep, racing thoughts",
    "my daughter takes melatonin and gummies, she is sleepy in the morning",
    "my mom takes too many medications and she gets confused, we want a geriatric review",
    "my son takes his pills with food and the dose was doubled by the doctor",
    "he is on metformin 500 od and feels sick sometimes",
]
QUIET = [
    "she takes amlodipine 5mg OD",
    "cataract surgery planned on the OD first",
    "I had chemo for lymphoma and got a fever of 101 once during cycle 2, they gave antibiotics",
    "my temperature was 101 after the infusion and they lowered the dose",
    "my lower back pain radiates to both legs, the surgeon wants to fuse L4-L5",
    "my back pain makes it hard to walk and both legs feel weak after walking a mile, spinal stenosis",
    "I get terrible migraines with vomiting, the neurologist wants botox",
    "my mom has dementia and gets agitated and confused at night",
    "she has headaches and blurry vision, the neurologist wants an MRI",
    "the swelling in my knee is getting bigger so they want to scope it",
    "my headaches are getting worse and the neurologist wants to do surgery",
    "we are thinking about letting go and moving her to hospice",
    "I'm done with this. I want a second opinion",
    "mom is ready to check out of the hospital",
    "my dad loves painting and now he is confused about which surgeon to pick",
    "we are sharing the decision, my arm is fine",
]
URGENT = [
    "jess mixed xanax w vodka and shes snoring and we can only kinda wake her",
    "took a whole bottle of tylenol and now vomiting",
    "he swallowed his moms pills and is very sleepy",
    "my 3 year old swallowed a handful of grandmas pills",
    "back pain and both legs went weak and numb suddenly",
    "my back is killing me and I cant feel when I pee",
    "on chemo, day 8, temp 38.6 now",
    "she is suddenly confused and vomiting now",
    "she keeps vomitting and is confussed since this morning",
]


@pytest.mark.parametrize("line", NEVER_URGENT)
def test_a_medicine_taken_as_a_habit_with_a_side_effect_is_no_overdose(line):
    assert screen(line).level != "emergency", line


@pytest.mark.parametrize("line", QUIET)
def test_everyday_answers_about_the_decision_stay_quiet(line):
    assert screen(line).level == "none", (line, screen(line))


@pytest.mark.parametrize("line", URGENT)
def test_the_emergencies_in_new_words_stay_urgent(line):
    assert screen(line).level == "emergency", (line, screen(line))
