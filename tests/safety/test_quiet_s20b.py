"""Ordinary lines that stay quiet (helper s20b, issue 12, item 3; dialogues/red_flags.yaml and self_harm_cues.yaml, marked
s20b): figures of speech whose object is no body (a slow poison of paperwork, poisoning a mood, choking someone with
questions, bleeding everyone dry, sides sore from laughing told with a laugh); a negation a sign's own gap may not swallow
("there has been no black stool"); breathlessness told later as the known reason for the planned procedure or as no worse
than for years; bleeding told as light now ("no clots" is no shock); a past event then "cleared to play", "the ER cleared him"; a risk named, not a sign told ("his bleeding risk", "more likely to be a bleed", "worried re a bleed").
Each quieting rule is tested against its dangerous look-alike: the same words with a sign told now. Phrasings written for
these tests, none from a round."""

from __future__ import annotations

import pytest

from safety.safety_support import screen

QUIET = [
    # figures of speech
    "the appeals process is a slow poison, three months and counting",
    "that receptionist could poison anyones mood before nine in the morning",
    "honestly i cant breathe with all this paperwork from the two hospitals",
    "my sister keeps choking me with questions about the surgeon",
    "the billing office is bleeding us dry with these charges",
    "my sides ache from laughing at the nurses jokes haha",
    # (a queue or hold music that "makes me want to die", and the first-person list "I haven't had any ...", were quiet
    # here and taken back at the merge: the review rv27 found crises said after them gone quiet; see REVIEW below)
    "there has been no black stool, which the GP said to look out for on the new tablets",
    # bleeding told as light now
    "the bleeding after the biopsy is light now, no clots",
    "her bleeding is very light today, no clots, no fever",
    # mild and known: the reason for the plan, or no worse than for years
    "I'm a bit short of breath going up hills, that's the reason for the valve surgery",
    "he gets breathless on the stairs, no worse than last winter, which is why they want the echo",
    "short of breath, always am, same as usual, why the lung doctor wants the scan",
    # over and treated: a past event, then checked and cleared
    "he passed out at the game last week, the ER cleared him, that's why the cardiologist wants a monitor",
    "she got knocked out playing rugby in March, cleared to play by the doctor",
    # a risk named or asked
    "what is mums stroke risk if she stops the warfarin for the operation",
    "is he more likely to get a bleed with the new tablets",
    "worried re a bleed after the biopsy, what should we ask",
    "dem say di tablet can make yuh bleed, is that common",
]

URGENT = [
    # the same words, told of a body now
    "the insurance process is a slow poison, and he drank antifreeze an hour ago",
    "i cant breathe with all these forms, my chest is tight and my lips are blue",
    "they were choking him with questions and now he is choking on his food and turning blue",
    "this process is bleeding us dry and his nose is bleeding and won't stop",
    "my chest hurts from laughing and now it is crushing and I am sweating",
    "the hold music makes me want to die, and I have the pills counted out for tonight",
    "the queue was so long I wanted to die, so I took all my pills",
    # a negation followed by a present sign
    "I haven't had any fever, but now he can't breathe",
    "he hasnt had any fever, now his lips are blue and he is not breathing",
    "she denies fever, cough, now chest pain",
    "he has had black stools since yesterday and feels faint",
    # light bleeding, then a sign of shock or soaking
    "bleeding is light now, no clots, but she is soaking a pad an hour",
    "bleeding isnt heavy now, just some clots the size of a golf ball",
    "bleeding is light now but she fainted and is pale and cold",
    "black tarry stool again this morning, and the bleeding is light now",
    # known breathlessness, then a change now
    "short of breath, that's why they want the valve, but now she can't talk and her lips are blue",
    "short of breath, same as last year, but today it is much worse and she is gasping",
    "he is very short of breath right now, thats why they want the valve",
    # cleared, then a sign now
    "he had a seizure last night, the ER cleared him, but now he's seizing again",
    "she fainted yesterday, they discharged her home, and now she is confused and can't wake up properly",
    "got knocked out at practice, cleared to play, now he has a bad headache and is vomiting",
    "he passed out, they cleared him, he passed out again today",
    # the review rv27, at the merge: an event of hours ago, or cleared by a trainer or a coach, is no history
    "he was knocked unconscious an hour ago, cleared by the trainer",
    "my son was knocked out at rugby an hour ago, coach cleared him to play",
    "she had a seizure 2 hours ago, back at school now",
    # a figure of speech, then a crisis told
    "the hold music makes me want to die and i have a gun",
    "customer service makes me want to die, i have the pills here",
    "the noise in my head makes me want to die",
    # a medicine missed is no list of denied signs
    "i have not had any of my heart pills, chest pain and sweating",
    # a risk named, then a sign now
    "my dad's stroke risk was high and now his face is drooping and he can't talk",
    "worried re the bleeding, it is soaking through a pad every hour",
    "the new pill can make yuh bleed and now mi nose bleed won't stop",
    "bleeding risk is high but now he is vomiting blood",
]

ASKED_AT_LEAST = [
    "she hasnt had any insulin since monday, vomiting, confused and breathing fast",
    "there has been no vomiting but he has been passing black tarry stool all day",
    "I have not had any sudden pain, but now hoarseness and trouble swallowing",
    "short of breath since this morning, reason for the echo next week",
]


@pytest.mark.parametrize("line", QUIET)
def test_an_ordinary_line_stays_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", URGENT)
def test_its_dangerous_look_alike_stays_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", ASKED_AT_LEAST)
def test_a_sign_told_now_is_still_noticed(line):
    assert screen(line).level != "none", line
