"""Helper s23 (issue 12): a quieting rule quiets only its own clause.

A context that quiets a sign (a death told, a past stroke, history, a figure of speech, a question about risk) may be
found anywhere in the sign's sentence. It no longer reaches a clause that tells its own report now, with a subject of
its own ("..., my husband has crushing chest pain"): that clause is screened on its own words
(assistant/safety/own_clause.py; `own_report_s23`, `own_old_s23` and `frames` in dialogues/red_flags.yaml). Each
emergency is written after "and", a comma, "but", a line break, in texting style; each quiet half is tested alone, and
the shapes the contexts were written for (a residue told with "still", a what-if that governs the sentence, history
framed at the start) stay quiet.
"""

from __future__ import annotations

import pytest

from .safety_support import screen

# (the quiet half alone, the emergency told after it, joined in several ways)
PAIRS = [
    # a death told
    ("my dad died of a heart attack", "my husband has crushing chest pain"),
    ("my sister died from an overdose in 2018", "my son is not waking up"),
    ("my uncle passed away from a heart attack", "my dad has chest pain and is sweating"),
    # a past stroke (the residue rule)
    ("my mom had a stroke years ago", "her face is drooping"),
    ("my mom had a stroke 5 years ago", "shes slurring her words"),
    ("my grandpa had a stroke years ago", "my mom's face is drooping"),
    # history
    ("i had an overdose years ago", "she took all her pills now"),
    ("i tried to kill myself in 2015", "i have the pills in my hand tonight"),
    ("my dad had a heart attack at 50", "my mom has crushing chest pain"),
    # figures of speech and laughs
    ("the bills are killing me lol", "he is not breathing"),
    ("this job is killing me lol", "my son isnt breathing"),
    ("im drowning in paperwork lol", "my baby is turning blue"),
    ("i died laughing lol", "grandpa collapsed and wont wake up"),
    ("my boss is giving me a heart attack lol", "my chest is crushing and im sweating"),
    # questions about risk
    ("can this medicine cause seizures", "my son is having a seizure"),
    ("is bleeding after surgery common", "im soaking a pad every 10 minutes"),
]
JOINS = ["{a}, {b}", "{a} and {b}", "{a}, and {b}", "{a} but {b}", "{a}\n{b}", "{a}. {b}"]


@pytest.mark.parametrize("quiet, now", PAIRS)
def test_the_quiet_half_alone_stays_quiet(quiet, now):
    assert screen(quiet).level == "none", quiet


@pytest.mark.parametrize("join", JOINS)
@pytest.mark.parametrize("quiet, now", PAIRS)
def test_an_emergency_told_after_a_quieting_clause_is_urgent(quiet, now, join):
    line = join.format(a=quiet, b=now)
    assert screen(now).level == "emergency", now
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", [
    "my dad died of a heart attack and now my brother has crushing chest pain",
    "my mom had a stroke years ago but now she cant talk right",
    "grandpa had a stroke in 2019 lol and hes slurring his words",
    "my mom had a stroke years ago lol and she cant move her arm",
    "work is killing me lol but my dad cant breathe",
    "lol my heart stopped when i saw the bill, he is not breathing",
    "can this medicine cause seizures? my son is having a seizure",
    "i had an overdose years ago but he is not breathing now",
    # self-harm told after a figure of speech or a history
    "this job is killing me lol, and my brother just took all his pills",
    "the bills are killing me lol. i have the pills in my hand tonight and i want to die",
    "dying of boredom lol and i want to kill myself tonight",
    "my boss will be the death of me haha, also i cut my wrists and its deep",
    "tried to kill myself years ago, now im standing on the bridge",
    "my uncle died by suicide, and my brother has a gun and says he wants to die",
    "lol my dad took all his pills and wont wake up",
])
def test_texting_style_emergencies_after_a_quieting_clause(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", [
    # the residue of a past stroke, told as old in its own clause
    "my mom had a stroke years ago and she still cant smile on the left",
    "my mom had a stroke years ago and still has a droop",
    "my mom had a stroke years ago and shes still slurring a bit since",
    "since his stroke in 2015 his left hand is clumsy",
    # a death, with nothing told now
    "my dad died of a heart attack at 50",
    "my sister died from an overdose in 2018",
    # a frame that governs the sentence by design (`frames` in the YAML)
    "what should i do if a student tells me they're thinking about suicide?",
    "if a student tells me they're thinking about suicide, what should i actually say to them?",
    "Long time ago, 2010, I have blood clot in leg, take blood thinner 6 month, finish",
    "Im up to my eyeballs in kids and paperwork, Im suffocating here",
    "the paperwork make me crazy, my head is exploding",
    # a cue after the sign pointing back at it
    "our granddaughter got into grandma's pills Sunday, poison control walked us through it and she's totally fine",
    "my toddler has a fever of 38.2 but is drinking, playing, and peeing fine",
])
def test_the_shapes_the_contexts_were_written_for_stay_as_they_were(line):
    assert screen(line).level != "emergency", line
