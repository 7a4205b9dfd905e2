"""Neurologic, stroke, unconscious, seizure, meningitis and vital-sign emergencies (issue 12, helper 12c,
after rounds 10 and 11 were measured).

Written from clinical knowledge, not from the rounds' lines (none of these lines is a corpus line):
BE-FAST told with its own onset, the NICE / ACEP red flags for headache and head injury, spinal
cord compression, acute angle-closure glaucoma, meningitis (neck, light, fever, rash), AVPU, a
seizure named in any words, and readings typed as numbers in any format ("BP: 205/110", "O2 86%",
"104.8F", "heart racing at 190"), in people's own ways of saying them (texting, typos, non-native
English, a caregiver, the sign as one clause inside a long answer). The rules are the *_r10 blocks
of dialogues/red_flags.yaml. Their look-alikes: history, known baselines, readings back to normal,
exertion, a question, a phone not answered, explained stares, old neuropathy.
"""

from __future__ import annotations

from safety.safety_support import rule_tests, screen
from assistant.safety.text import Doc

ST, N, U, SE, V = "stroke", "neurologic", "unconscious", "sepsis", "vitals"

# kind -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "a stroke sign told with its onset, in other words, typos and non-native English (BE-FAST)": (
        [('my dad suddenly cant lift his right arm', ST),
         ('all of a sudden my left hand is numb and my face feels weird on that side', ST),
         ('out of nowhere her mouth went crooked', ST),
         ('suddenly he cant get his words out', ST),
         ('my wife suddenly lost her speech at dinner', ST),
         ('he suddenly cant see out of his left eye', ST),
         ('she tries to talk but only noises come out and her face looks strange', ST),
         ('his arm just went limp and he is slurring', ST),
         ("grandpa's leg is hanging limp since 5 minutes", ST),
         ('he cant see anything on his left side, started an hour ago', ST),
         ('suddenly everything looks double', ST),
         ('everything went double when i stood up just now', ST),
         ("my mum (she's 80, lives alone) suddenly cant move her left side", ST),
         ('the man next door (the one with parkinsons) suddenly has a droopy face', ST),
         ('my husband face is fall on one side and he talk strange', ST),
         ('her mouth droop on left and she cant lift arm', ST),
         ('dad cant talk proper and his arm no strength since 20 min', ST),
         ('grandma speak funny and one hand no can hold cup', ST),
         ("mum's smile is wonky and her words are all jumbled, just started", ST),
         ('he keeps dropping things from his right hand and his face looks lopsided, came on this morning', ST),
         ('my left side feel heavy and numb from 1 hour', ST),
         ('sudden numbness left arm and leg', ST),
         ('r sided weakness + slurred speech onset 30 min', ST),
         ('face drooping, arm weak, speech slurred', ST),
         ('my wife suddenly talks like drunk but she dont drink', ST),
         ('he is confused and cant find words, happened all of a sudden', ST),
         ('sudden loss of vision right eye', ST),
         ('cant see out of left eye since this morning', ST),
         ('my sight went dark in one eye and came back, then again', ST),
         ('everything doubled suddenly and i feel dizzy', ST),
         ('my vision is split in two since an hour', ST),
         ('both my legs suddenly went weak and wobbly and i cant stand', ST)],
        ['in 2019 he suddenly lost his speech, it was a stroke, he recovered',
         'my mum had a stroke years ago and suddenly her face drooped, since then she is fine',
         'my legs are weak after the long hike',
         'both legs numb from the chemo neuropathy for years',
         'she keeps bumping into things since her cataracts got worse',
         'nothing makes sense in this insurance letter',
         'my dad tried to talk to the surgeon but nothing made sense to him about the plan',
         'the vision in my left eye went blurry years ago from the macular degeneration',
         'the screen went black when I tried to upload the records',
         'she had a stroke in 2018 and her face still droops a bit on the left',
         'his speech has been slurred since the stroke four years ago, we want a second opinion on rehab',
         'i keep bumping into things because i am clumsy',
         'the room went dark when the power cut out',
         'my vision goes blurry when i read for too long',
         'i get dizzy when i stand up too fast, my doctor knows']),
    "a thunderclap headache, a head injury, the spinal cord, acute glaucoma (NICE / ACEP)": (
        [('explosive headache 20 min ago', N),
         ('headache hit me like a truck out of nowhere', N),
         ('sudden blinding headache and i threw up', N),
         ('got a headache during sex that is the worst ever', N),
         ('banged his head and now he cant remember how he got home', N),
         ('numb from the waist down since this morning', N),
         ('numb below my chest suddenly', N),
         ('both legs gone weak since lunch', N),
         ('her legs are weak and numb since this morning, she has cancer in her spine', N),
         ('my eye is rock hard and painful and i see halos around lights', N),
         ('mum has a red painful eye, blurry, and she is vomiting, eye feels hard as a stone', N),
         ('worst headache of my life', N),
         ('headache like a bomb went off in my head', N),
         ('it felt like someone hit me in the back of the head with a bat, then the worst headache', N),
         ('terrible headache came on in a second, vomiting, neck hurts', N),
         ('my head hurts the worst it ever has and i threw up, it started suddenly', N),
         ('the pain in my head is 10/10 and came on in seconds', N),
         ('he fell off a ladder and hit his head and now he keeps asking the same thing', N),
         ("banged my head and i've been throwing up and i'm so sleepy", N),
         ('my son fell from the bed on his head and now vomit 3 times and sleepy', N),
         ('he hit his head and is on warfarin', N),
         ("can't feel my legs and can't pee since this morning", N),
         ('tingling and weakness going up from my feet to my knees since yesterday', N),
         ('bad headache fever and the light hurts', N)],
        ["it's 40c outside and the aircon broke",
         'i get headaches during sex sometimes, my doctor knows',
         'i cant remember how i got the referral',
         'my headaches are usually worst in the morning',
         'the worst headache of my life was in 2015 and it was a migraine',
         'numbness in my feet from diabetes for years']),
    "no answer, a blank stare, a fall and no waking (AVPU)": (
        [('he is staring into space and not responding to us', U),
         ('she collapsed and isnt answering at all', U),
         ("grandad fell over and won't wake", U),
         ('my brother fell down and he dont move', U),
         ('sudden severe headache and now he is very sleepy', U),
         ('she was lifting boxes and got an explosive headache and collapsed', U),
         ('my dad is not responding, eyes open but nobody home', U),
         ('grandpa wont wake up no matter what', U),
         ('she is breathing but i cant wake her', U),
         ('he passed out and isnt coming round', U),
         ('mom fainted and still hasnt woken after 5 minutes', U),
         ('my husband is unconscious', U),
         ('found my brother on the floor not moving', U),
         ('he is totally unresponsive', U),
         ('i shake him and he dont wake', U),
         ("she won't wake up properly and is making strange snoring", U)],
        ['he is not answering his phone, probably at work',
         'she is not answering my calls since the argument',
         'my teenager is staring at his phone and not answering me',
         'grandma has dementia and stares into space most afternoons',
         'my leg falls asleep when i sit cross legged',
         "grandma doesn't answer the phone when she naps",
         'he stares into space when he is thinking about work',
         'she fell asleep watching tv and didnt move all night']),
    "a seizure named in any words, or seen (status epilepticus at five minutes)": (
        [('she is having a grand mal seizure', U),
         ('he went into a seizure 3 minutes ago', U),
         ('my son is in the middle of a fit', U),
         ('my wife is shaking like being electrocuted and not answering', U),
         ('her whole body is shaking like possessed, eyes rolled up', U),
         ('my son having seizure 6 mins now', U),
         ('he is fitting and wont stop', U),
         ('seizure more than 5 minutes', U),
         ('she had one seizure then another without waking', U),
         ('my wife is jerking all over and her lips are blue', U),
         ("he's convulsing on the floor", U),
         ('my daughter is having a febrile fit and it has been 7 minutes', U),
         ("dad's having a fit, he has never had one", U),
         ('baby is having a seizure', U)],
        ['she has epilepsy and her seizure medication was changed',
         'he had a grand mal seizure in 2015 and none since',
         'she had a seizure when she was a baby, none since',
         'his seizures are well controlled on keppra',
         'we need a second opinion about his epilepsy surgery']),
    "meningitis: a stiff neck or light that hurts, with a fever, drowsiness or a rash": (
        [('the worst headache ever and my neck is stiff', SE),
         ('neck stiffness and a high temperature', SE),
         ('fever, light hurts her eyes and neck is stiff', SE),
         ('he cant bend his neck forward and has a fever', SE),
         ('she cant stand the light and her neck is rigid', SE),
         ('stiff neck and fever and vomiting', SE),
         ('neck so stiff she cant move it and high fever', SE),
         ('purple rash that does not fade with a glass and a fever', SE),
         ('fever with a rash like bruises and very sleepy', SE),
         ('my son has a fever and is really drowsy and his neck hurts when he looks down', SE)],
        ['my migraines always come on suddenly with flashing lights',
         'my neck is stiff from sleeping wrong',
         'the light hurts my eyes since the cataract surgery',
         'i see halos around lights at night since my lasik',
         'my neck is stiff after the long drive',
         'bright lights bother me with my migraines, always have']),
    "readings typed as numbers in any format (NEWS2 / AHA thresholds)": (
        [('bp is 215/125 and my head is pounding', V),
         ('blood pressure 228 over 118 right now', V),
         ('BP: 205/110', V),
         ('her pressure came up 212/96 on the cuff', V),
         ('the machine says 250/140', V),
         ('pressure 84/46 and she is grey', V),
         ('bp 86/52 and he is dizzy and confused', V),
         ('heart rate 165 and chest fluttering', V),
         ('hr 170 at rest', V),
         ('my pulse is going at 190 and wont slow', V),
         ('pulse 36 and she is pale', V),
         ('his heart is beating at 210 a minute', V),
         ('heartbeat 155 bpm sitting still', V),
         ('temp 40.5', V),
         ('temperature 40.3 and shivering', V),
         ('104.8F and she wont drink', V),
         ('thermometer says 41 degrees', V),
         ('fever 105 in my son', V),
         ('sats 84', V),
         ('O2 86%', V),
         ('spo2 83 on room air', V),
         ('oxygen sat 80 percent', V),
         ('sats in the low 80s and dropping', V),
         ('sats 85 and struggling to breathe', V),
         ('o2 is 82', V),
         ('oxygen is reading 79', V),
         ('the oximeter says 85%', V),
         ('spo2 87% and blue lips', V),
         ('pulse ox 84', V),
         ('blood pressure 240/130', V),
         ('bp 190/130 with headache', V),
         ('bp 60/30', V),
         ('bp is 75 over 40', V),
         ('blood pressure very low 70/40 and she is confused', V),
         ('my heart rate is 190', V),
         ('pulse 200', V),
         ('my pulse is 30', V),
         ('heart rate 35 and dizzy', V),
         ('his heart is going 170 and he feels faint', V),
         ('temp 41', V),
         ('temperature 41.5 celsius', V),
         ('temp 105.2', V),
         ('fever 40.7 and confused', V),
         ('temp 34 and shivering and confused', V),
         ('temp 33.8', V),
         ('my baby temp 40.1', V)],
        ['my bp was 210/120 this morning but now its 130/80 after the pill',
         'his sats are 88 but thats his baseline with the copd',
         'her sats sit around 89 with her emphysema, the lung doctor says thats normal for her',
         'temp was 40.2 last week, it came down with antibiotics',
         'his blood pressure medicine is 20 mg',
         'we want a second opinion about his blood pressure which runs 150/90',
         'what blood pressure is too high, is 200 dangerous?',
         'my bp is 135/85 on the new pill',
         'bp usually 150/95, doctor is adjusting the meds',
         'my resting pulse is 52',
         'sats 95% on room air',
         'temp 37.8 and a runny nose',
         'his temp was 40.1 in hospital last month with the pneumonia, he is fine now',
         'oxygen 92 which is normal for her with her copd',
         'his sats run 88 to 90, thats his baseline, the lung team knows',
         'we bought a blood pressure monitor that reads 220 at most',
         'the reading on the scale was 210 pounds',
         'the fever broke and the temp is 37.2 now']),
}

test_round10_neuro_signs_reach_the_urgent_turn, test_round10_neuro_look_alikes_stay_quiet = rule_tests(RULES)


def test_short_words_typed_fast_are_read_as_meant():
    # too short for the fuzzy spelling: side, numb, grip, fell, double, pulse
    assert Doc("arm gone nmb on the rght sied").joined == "arm gone numb on the right side"
    assert screen("his face gone nmb on one sied and he cant gripp the spoon").is_emergency
    assert screen("my nan fel over in the hall and dont wake up").is_emergency
    assert screen("his pulss is 38 and he feels faint").is_emergency
    assert Doc("hed rather wait").joined == "hed rather wait"  # "hed" is "he'd" unless "my hed"
    assert Doc("my hed hurts").joined == "my head hurts"


def test_a_bracketed_aside_of_a_few_words_is_its_own_clause():
    # the aside's long-standing illness is no context for the sign beside it
    assert Doc("dad (the one with the copd) has a droopy face").joined == "dad | the one with the copd | has a droopy face"
    assert Doc("my son (13) is fitting").joined == "my son 13 is fitting"  # a short aside stays in its clause
    assert Doc("an open bracket ( and no close").joined == "an open bracket and no close"
    assert screen("my uncle (he has had COPD for years, on oxygen) suddenly cant lift his left arm").is_emergency
    assert screen("my uncle (on oxygen for his COPD for years) is short of breath walking up stairs").level == "none"


def test_a_reading_after_a_colon_stays_with_its_name():
    assert Doc("BP: 205/110").joined == "bp 205 110"
    assert Doc("note: he is fine").joined == "note | he is fine"
    assert screen("Temp: 40.6, HR: 150").is_emergency
    assert screen("BP: 128/82, HR: 72, temp: 36.9").level == "none"


def test_what_was_recognised_is_named():
    assert "signs of meningitis" in screen("fever, a rigid neck and the light hurts his eyes").labels()
    assert any("glaucoma" in label for label in screen("her eye is hard as a rock and she sees rainbows around the lights").labels())
    assert "a sudden severe headache" in screen("an explosive headache just hit him").labels()
    assert "signs of pressure on the spinal cord" in screen("numb from the nipples down since this afternoon").labels()


def test_a_reading_told_as_known_or_back_to_normal_stays_quiet_and_the_same_reading_now_is_urgent():
    assert screen("temp hit 40.4 on tuesday, it came down to 37 with the antibiotics").level == "none"
    assert screen("temp 40.4 right now").is_emergency
    assert screen("bp 212/124 at the pharmacy, now its 128/80 after resting").level == "none"
    assert screen("bp 212/124 at the pharmacy just now and my vision is blurry").is_emergency
