"""Ordinary lines that were loud, by the kind of sentence (issue 12, helper 12b, after round 14 was measured).

Written from how people talk, not from the round's lines (none of these lines is a corpus line): a sign told in the
past and then, later in the line, told as over or seen to by a clinician; a figure of speech about a portal, a
process or waiting; family history; a question about a threshold or danger
signs; a sign named as the topic of a scan, report or diagnosis; a clinical list a negation opens; Spanish negation
with a pronoun; a low sugar treated and back in range; a mild sign known for years; a small burn; what a past
operation left, told as stable; a two-digit year; a long-standing slur with its cause named after it. Each kind is
checked with the emergencies it must not hide (happening now, back again, worse, another sign after the all-clear).
The rules are the *_r14 blocks of dialogues/red_flags.yaml, later.py and lists.py.
"""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

from assistant.safety.later import later_cue

B, U, ST, BL, D, HA, SH, BU, CE, SE = ("breathing", "unconscious", "stroke", "bleeding", "diabetes", "heart_attack",
                                        "self_harm", "burns", "cauda_equina", "sepsis")

# kind -> (emergencies that must stay urgent, with their category), then look-alikes that must stay quiet
RULES = {
    "told as over later in the line (passed, none since, fine now, a normal reading)": (
        [("had a nosebleed yesterday that stopped but now its pouring again and i feel faint", BL),
         ("my son threw up blood on monday and now he is vomiting blood again", BL),
         ("coughed up blood yesterday, nothing since until an hour ago, now its a cupful", BL),
         ("she couldnt breathe last night, it passed, but now her lips are blue", B),
         ("i took 40 paracetamol yesterday, i feel fine now", SH),
         ("little one had a temp of 39 overnight, calpol brought it down but now shes floppy and wont feed", B),
         ("had a fever, calpol brought it down, now a purple rash that doesnt fade under the glass", SE)],
        ["had a bad nosebleed on sunday, it stopped after ten minutes or so",
         "she felt really dizzy and faint yesterday afternoon, it passed after a sit down and a glass of water",
         "my son threw up blood once on monday after all the retching, nothing since",
         "coughed up a bit of blood last week with the flu, not had any since",
         "temperature was 39.5 on tuesday, gave calpol, today its 37.1 and hes playing",
         "i couldnt breathe for a bit during a panic attack this morning but it settled and i feel fine",
         "was short of breath on the walk home earlier, it eased off once i sat down and i am ok now",
         "ayer tuvo un poco de sangrado por la nariz pero ya se le paso",
         "little one had a temp of 39 overnight, nurofen brought it down and shes playing happily now"]),
    "seen to by a clinician or a help line who said fine, carry on, or changed a dose": (
        [("she fainted yesterday, the doctor said it was fine, but she just fainted again and wont wake up", U),
         ("he had a seizure this morning, the nurse said keep the same dose, now he is having another one", U),
         ("ayer se desmayo y el medico dijo que estaba bien pero ahora no responde", U),
         ("my wife fainted yesterday and the doctor checked her but she is bleeding heavily now", BL),
         ("yesterday my mother faint, hospital check everything normal, but now she faint again and not waking", U),
         ("he is bleeding a lot at the gym, the nurse checked it but its still pouring", BL)],
        ["he had a fit on friday, the epilepsy nurse rang and said keep the same meds",
         "yesterday my mother faint in the shop, hospital check everything normal, she is home resting",
         "my husband blacked out for a second when he stood up too fast last week, doc checked him, said low bp, drink more water",
         "mum fainted at church yesterday, the gp checked her over and said it was just the heat",
         "my daughter swallowed two of my iron tablets last night, poison control said she would be fine",
         "la semana pasada se desmayo, el medico la vio y dijo que estaba bien"]),
    "a portal, a process or waiting that chokes or suffocates; a dumpster fire": (
        [("he is choking on a grape and cant breathe", B),
         ("the baby is choking", B),
         ("smoke everywhere and the air is suffocating, my son cant breathe", B),
         ("the house is on fire and we are choking on the smoke", B),
         ("she choked on her food and now she is not breathing", B)],
        ["the hospital website keeps choking every time i attach the pdf",
         "my laptop is choking on these huge scan files",
         "the paperwork is choking the whole referral",
         "the waiting is suffocating honestly",
         "not knowing is suffocating me",
         "all this red tape is suffocating",
         "the records office is a dumpster fire",
         "this insurance appeal is a total train wreck",
         "these forms are givin me a heart attack lol",
         "the upload page keeps gasping and timing out",
         "my inbox is bleeding with unread emails",
         "my patience is haemorrhaging at this point",
         "honestly cant function without my morning coffee, cant breathe without it lol",
         "got food poisoning at the wedding, sick all night, fine by the next afternoon"]),
    "breathing, food poisoning: the emergencies the figures of speech must not hide": (
        [("i cant breathe without my inhaler and its empty", B),
         ("food poisoning, vomiting blood and very dizzy", BL),
         ("mild asthma but right now she is wheezing and cant finish a sentence", B),
         ("he has mild asthma, tonight his inhaler isnt working and his lips are blue", B),
         ("mi papa tuvo un infarto hace cinco años y ahora tiene dolor de pecho muy fuerte", HA),
         ("mi papa tuvo un infarto hace años y ahora mismo le duele el pecho", HA)],
        ["mild asthma, a little wheezy in spring, nothing serious",
         "bit of hay fever, a touch wheezy in the summer, nothing major",
         "mi papa tuvo un infarto hace cinco años y ahora esta bien"]),
    "family history": (
        [("my dad is having a heart attack right now, it runs in the family", HA),
         ("seizures run in the family and she is seizing now, 6 minutes", U),
         ("my cousin killed himself last year and now i want to kill myself too", SH)],
        ["epilepsy runs in my mums family, should my son be tested",
         "heart attacks on my dads side, all before 60",
         "strokes run in the family, what screening is there",
         "my brother has seizures too, it runs in our family",
         "aneurysms seem to run in my wifes family, should she be screened"]),
    "a question about a threshold or danger signs; a sign as the topic of a scan, report or diagnosis": (
        [("how high does sugar need to be before its dka, his is 600 now and he is breathing fast", B),
         ("what are the danger signs, my baby is 4 weeks old with a fever", SE),
         ("the scan showed a brain bleed and now he has the worst headache of his life", "neurologic")],
        ["how low does a sugar have to go before its a hypo",
         "at what temperature should we worry about a fever in a 5 year old",
         "what are the danger signs of sepsis after chemo",
         "can i get a second opinion on my dads brain bleed scan",
         "i want someone to look at the report on her bleeding ulcer",
         "the final diagnosis was sepsis and kidney failure, now we want an opinion on dialysis",
         "his stroke rehab is going slowly, who is best for a second opinion"]),
    "a clinical list a negation opens": (
        [("negative for covid, crushing chest pain for an hour", HA),
         ("denies fever, chest pain now and sweating", HA),
         ("denies chest pain, but he cant breathe and his lips are blue", B),
         ("denies headache, seizing now for 6 minutes and wont stop", U),
         ("denies chest pain, face drooping since 10 minutes", ST)],
        ["denies chest pain, palpitations, syncope",
         "pt denies fever, chills, shortness of breath",
         "negative for chest pain, short of breath, fainting",
         "he denies headache, vomiting blood, any seizures",
         "no history of seizures, strokes, or fainting"]),
    "Spanish negation with a pronoun before the sign": (
        [("help me he is not breathing", B),
         ("no se despierta y no respira", B),
         ("me he tomado todas las pastillas", SH),
         ("se ha desmayado y no responde", U)],
        ["no, no me he desmayado, solo estoy cansado",
         "no se ha desmayado nunca",
         "no me he caido, solo me duele la rodilla",
         "ya no le sangra la nariz"]),
    "a low sugar treated and back in range; a low number in a line about sugar": (
        [("sugar usually runs 5 to 8 but now its 2.3", D),
         ("diabetic, its 2.1 and he is not making sense", D),
         ("her bg was 58, had juice, now its 40 and dropping", D),
         ("went hypo at the gym, 3.2, had a dextrose tab and it was 5.6 ten mins later, now its 2.4 again", D),
         ("sugar was 2.5, gave juice, now its 5 but she just had a seizure", U),
         ("he takes insulin and it says 1.9 now, cant wake him properly", D)],
        ["sugar was 2.3 this morning but now its 6 after juice",
         "hypo overnight, 2.8 on the meter, had some jelly babies, now its 7.2 and im fine",
         "bg 52 before lunch, treated with glucose tabs, now 118",
         "he went low at school, 3.1, had juice and it came up to 6.4",
         "went hypo on my run yesterday, 3.3, had a gel and it was 5.9 ten minutes later",
         "my mum is diabetic, she is 45 and wants a second opinion on her insulin",
         "type 1 diabetic for 30 years, its 40 minutes to the clinic",
         "sugar usually 5 to 8, she takes insulin, its 45 units a day"]),
    "long known, minor, or left by a past illness and stable": (
        [("breathless on the stairs for years, doc knows, but today i cant breathe even sitting down", B),
         ("been like this for years, doctor knows, but now my chest is crushing and i am sweating", HA),
         ("small electrical burn on his hand from a socket", BU),
         ("small burn on my hand from the pan but the skin is white and leathery", BU),
         ("little burn on her face from the fat fryer and her voice is hoarse", BU),
         ("small burn on the baby's arm from hot tea, big blisters", BU),
         ("had a stroke in 2015, weak left hand, stable, but today her face is drooping", ST),
         ("back op in 2019, stable, but since this morning i cant feel my bum and cant pee", CE),
         ("in 09 he had a heart attack and now he has crushing chest pain again", HA),
         ("his speech has been slurred for two years. parkinsons. but since an hour ago his face is drooping", ST)],
        ["bit breathless on the stairs, been like this a few years, my gp knows",
         "my ankles swell by evening and im puffed on hills, been that way for years, the heart doctor knows",
         "little burn on my finger from the kettle, ran it under cold water, no blister",
         "tiny burn on my wrist from the oven tray, just red, put aloe on it",
         "had a stroke in 2015, still a bit weak in the left hand but it has been stable",
         "back op in 2019, some tingling in the leg still, unchanged for years",
         "had a heart attack in 09, two stents, been right as rain since",
         "bypass in 98, no problems since",
         "his speech has been slurry for two years now. parkinsons."]),
}

test_round14_false_alarms_signs_reach_the_urgent_turn, test_round14_false_alarms_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", ["his face drooped for ten minutes this morning but it passed",
                                  "her arm suddenly went weak an hour ago, it passed after ten minutes",
                                  "his speech went slurred this afternoon, it cleared up and he feels fine now"])
def test_a_stroke_sign_that_passed_still_reaches_the_urgent_turn(line):
    # BE-FAST: call even if it passes (settled_r14 keeps a stroke sign)
    assert screen(line).is_emergency, screen(line)


@pytest.mark.parametrize("line", ["her throat swelled up after the shrimp yesterday, it went down with the antihistamine",
                                  "had chest pain on the stairs this morning, it passed and i feel fine now"])
def test_a_throat_or_a_chest_pain_told_as_over_still_asks(line):
    assert level(line) != "none", screen(line)


@pytest.mark.parametrize("line", ["took 30 paracetamol a few hours ago but i feel fine now",
                                  "she swallowed a strip of his heart pills last night, she seems ok"])
def test_feeling_fine_after_swallowing_too_much_is_no_all_clear(line):
    assert screen(line).is_emergency, screen(line)


def test_an_all_clear_counts_only_after_the_sign_and_before_any_other():
    # cue positions (words), the first word of every sign, the sign's last word
    assert later_cue([5], [0], 1)
    assert not later_cue([5], [0, 7], 1)  # a sign after the all-clear is news
    assert not later_cue([0], [2], 3)  # an all-clear before the sign says nothing of it
    assert not later_cue([], [0], 1)


def test_an_all_clear_before_the_sign_does_not_quiet_it():
    assert screen("the doctor said its fine, now she fainted and wont wake up").is_emergency


def test_spanish_he_after_a_pronoun_is_not_an_english_subject():
    # "me he desmayado" stays one clause, so its "no" reaches the sign; "help me he is ..." still splits
    assert level("no me he desmayado") == "none"
    assert screen("call me he collapsed and is not breathing").is_emergency


@pytest.mark.parametrize("line", ["my brother took his own life last year, is depression genetic",
                                  "we lost my cousin to suicide last year, is there a family risk"])
def test_a_relatives_suicide_still_asks_with_the_crisis_line(line):
    # the project's rule (self_harm's context_effects): a suicide last year still asks (only years ago is quiet)
    result = screen(line)
    assert result.level == "ask" and result.crisis, result


@pytest.mark.parametrize("line", ["the chest ache came on mowing the lawn and it hasnt eased even lying down",
                                  "he fell last night and hasnt woken up since",
                                  "she had a seizure an hour ago and hasnt come round since"])
def test_not_eased_or_not_woken_since_is_no_all_clear(line):
    # a negation inside the all-clear ("it hasnt eased", "hasnt woken up since") says it is still going on
    assert screen(line).is_emergency, screen(line)
