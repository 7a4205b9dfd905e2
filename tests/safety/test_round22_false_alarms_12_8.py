"""Round 22's false alarms as families (issue 12, helper 12_8, tuned): each frame keeps ordinary lines quiet, and the
same words told as happening now still alert. Phrasings are our own, not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, screen

FAMILIES = {
    "a seizure, stroke or heart attack told with an age or years ago (history)": (
        ["i had a seizure at 16 from a high fever, none since",
         "my husband had a heart attack 10 years ago, he walks every day now",
         "she had a stroke 3 years ago and uses a walker now, doing fine",
         "my son had one seizure as a toddler, the neurologist said it was nothing"],
        [("my husband had a heart attack 10 years ago and now he has crushing chest pain and is sweating", "heart_attack"),
         ("she had a stroke 3 years ago and now her face is drooping and her speech is slurred", "stroke")]),
    "a fever that broke (past and settled)": (
        ["mom ran a fever after her surgery, they changed the antibiotics and it broke",
         "he had a temp the first night in hospital and the fever broke by morning"],
        [("my dad has a fever 3 days after his surgery and he's shaking with chills", "after_surgery")]),
    "bleeding that has tapered to spotting (past and settled)": (
        ["bled heavily the first week after the c-section, now it's tapered off to spotting",
         "after the birth there was a lot of bleeding but it has slowed to spotting now"],
        [("heavy bleeding after the birth, soaking a pad every hour and dizzy", "pregnancy")]),
    "a workout that 'destroyed me', legs not felt (idiom)": (
        ["leg day destroyed me, can't feel my legs lol",
         "that 10k absolutely killed me, cant feel my legs haha"],
        [("fell off the ladder and now I can't feel my legs", "neurologic")]),
    "an allergy told as history and 'avoided it since'": (
        ["allergic to amoxicillin as a kid, my lips and throat swelled, avoided it since",
         "bee sting reaction when I was 8, throat swelled up. stayed away from bees ever since"],
        [("stung by a bee just now and my throat is swelling", "swelling")]),
    "a what-if in non-native grammar ('what happen if')": (
        ["what happen if my father have chest pain at night, who I call",
         "what to do if the baby have fever and convulsion, how I help"],
        [("my father have chest pain now and he sweating a lot", "heart_attack")]),
    "drowning in things, a brain 'bleeding' over paperwork, a head made to explode (idioms)": (
        ["drowning in soccer permission slips and school forms this week",
         "my brain is bleeding over these insurance statements",
         "the phones at work make my head explode, so many calls",
         "my son's sugars jump with his growth spurts, the endo adjusted his doses"],
        [("my son fell in the pool and was drowning, he's coughing and can't breathe", "breathing"),
         ("sudden worst headache of my life, like my head will explode, and I'm vomiting", "neurologic")]),
    "'i'd' = 'I had' before a past participle, and 'she says she can feel' (reports, not what-ifs)": (
        [],
        [("my mom drank from the jar i'd put the drain cleaner in", "poisoning"),
         ("my wife is 37 weeks, her water broke, she says she can feel the cord", "pregnancy")]),
}


@pytest.mark.parametrize("line", [line for quiet, _ in FAMILIES.values() for line in quiet])
def test_the_frame_keeps_the_ordinary_line_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize(("line", "category"), [case for _, alert in FAMILIES.values() for case in alert])
def test_the_same_words_told_as_now_still_alert(line, category):
    result = screen(line)
    assert result.is_emergency, result
    assert category in result.categories, result.categories
