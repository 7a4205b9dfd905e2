"""The rules added when round 27 was folded in, for its missed emergencies and false alarms in every category but
self-harm (issue 12, helper 12_13): the signs named r27_* in dialogues/red_flags.yaml, their combinations ("round 27
(helper 12_13): by family"), the contexts r27_* and the edits marked "round 27 (12_13)". Written as families of
wording, not lines: every sign line and every look-alike below is our own (clinical knowledge and how people talk:
understatement, numbers with their unit, a clause in a long answer, Spanish, non-native grammar), not a line of any
round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

RULES = {
    'bleeding that pressure does not stop: still flowing through or past what holds it, despite pressure; a part nearly off': (
        [('sliced my thumb on the mandoline, been squeezing it ten minutes and its still dripping through the tissue', 'bleeding'),
         ('nose has been bleeding since supper, still pouring even with him pinching it', 'bleeding'),
         ('cut my shin on the trailer hitch, it keeps soaking through the bandage', 'bleeding'),
         ('he on warfarin and the cut on his head keeps running out past the cloth', 'bleeding'),
         ('the log splitter nearly took his thumb off, its hanging by the skin', 'bleeding')],
        ['the cut bled for a minute and stopped with pressure',
         'we kept running out of bandages at the clinic',
         'the business is hanging by a thread since the surgery',
         'i pressed on it for 5 minutes and the bleeding stopped']),
    'numbers with their unit: a breathing rate of 30 or more, a temperature told as the state, a pressure "sobre"': (
        [('resp rate 36 and he can only say a word at a time, cant lie flat', 'breathing'),
         ('she had her chemo last tuesday and now shes 102.2', 'sepsis'),
         ('la presion de mi mama esta 220 sobre 125 y le duele mucho la cabeza', 'vitals'),
         ('temperatura de 39 y tiembla toda, tiene infeccion de orina y la presion 80/45', 'sepsis')],
        ['my newborn breathes 40 a minute when sleeping, is that normal',
         'grandma is 101 years old and still gardening',
         'he is 102 pounds soaking wet',
         'breathing 16 a minute at rest, sats fine']),
    'the chest told by understatement: doing something, a pain that moved there, a bare feeling after it': (
        [('my chest is acting up, tight, and my left arm aches, feel sick', 'heart_attack'),
         ('the ache moved from my jaw into my chest and i am sweating buckets', 'heart_attack'),
         ('sat down at my desk and the middle of my chest, heavy, im clammy', 'heart_attack')],
        ['the pain moved from my chest to my back years ago, the echo was normal',
         'no pain in my chest, heavy legs after the run though']),
    'a testicle by euphemism and a side, higher than the other; in Spanish': (
        [('embarrassing but its my privates on the right, came on suddenly an hour ago and i feel sick', 'testicular'),
         ('one of them is sitting higher than the other and its swollen, threw up twice', 'testicular'),
         ('a mi nieto le dio un dolor fuertisimo de repente en el testiculo izquierdo y esta vomitando', 'testicular')],
        ['i have a mole down there on the left, can the dermatologist check it',
         'one shoulder sits higher than the other since the fall years ago']),
    'the belly: pain in the gut with restlessness; a swollen belly and faint on standing; bowels stopped in Spanish; a hernia stuck': (
        [('pain in my guts so bad i cant lie still', 'abdomen'),
         ('got kicked by the horse in the belly, now its swollen and i nearly faint when i stand up', 'abdomen'),
         ('mi papa no ha hecho popo ni gases en 4 dias y vomita todo', 'abdomen'),
         ('la hernia de mi esposo se salio y no la puede meter, esta dura y morada', 'abdomen')],
        ['my gut feeling is that we should get the second opinion',
         'no gases today, the bloating is better']),
    'a spray or splash of a chemical with its signs in the body; digoxin with yellow sight; burns by cause and skin': (
        [('was fumigating the barn with insecticide and now im sweating, drooling and my muscles twitch', 'poisoning'),
         ('got the weed killer in his eyes and mouth when mixing it, now he is vomiting', 'poisoning'),
         ('grandpa is on digoxin and says everything looks yellow and he feels sick', 'poisoning'),
         ('the pot of boiling water tipped over on her legs and there are huge blisters', 'burns')],
        ['i spray the roses with insecticide every spring',
         'spilled some tea on the counter, no harm done']),
    'after surgery and injuries: a wound opened with something coming through; a leg turned out and shorter that takes no weight': (
        [('the c-section wound came apart and there is something bulging out', 'after_surgery'),
         ('she slipped in the bathroom, her leg is turned outwards and shorter and she cant put weight on it', 'after_surgery')],
        ['one leg has always been shorter than the other, i wear a lift',
         'i put some weight on the new knee today, physio was pleased']),
    'diabetes in any wording: thirst and peeing with deep breathing; a diabetic saying nonsense': (
        [('my son has been so thirsty and peeing loads, now breathing deep and fast and very sleepy', 'diabetes'),
         ('my husband is diabetic and he is mumbling nonsense at the table', 'diabetes')],
        ['my husband is diabetic and talks nonsense about football all day long? no, he is fine, just joking']),
    'pregnancy: something felt after the waters broke; bleeding with contractions in months': (
        [('waters went an hour ago and now i can feel something coming out of my vagina', 'pregnancy'),
         ('she is pregnant, about 6 months, cramps every few minutes and there is blood', 'pregnancy')],
        ['i was pregnant 6 months ago and the blood tests were fine']),
    'unresponsive in two signs; cauda equina with the back screaming; a stroke "has suddenly become" weak': (
        [('my uncle fell off the ladder, not moving, eyes closed', 'unconscious'),
         ('numb down there and my back is on fire, legs feel floppy', 'cauda_equina'),
         ('his left arm has suddenly become weak and heavy', 'stroke')],
        ['the cat is not moving much today, eyes closed in the sun']),
}

test_round27_signs_reach_the_urgent_turn, test_round27_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize('line', [
    # negation that reaches a sign: "nobodys", the Spanish "nadie" and "ni", a note's list with no verb
    'nobodys got a fever or a rash here, all good',
    'nadie tiene dolor de pecho ni vomito, solo queremos la cita',
    'kids fine, nobody coughing, nobody feverish',
    # a swallowing told as not done, in non-native grammar too
    'my daughter no drink the bleach, the cap was still on',
    # "no vision spots" is a list of things not had, not blindness
    'no headaches and no vision spots, bp was fine',
    # idioms of a load; a pregnant belly; one nostril
    'im suffocating under all this paperwork',
    'the landlord is choking the life out of us with the rent',
    'at 38 weeks i cant see my feet anymore',
    'i cant breathe through my right nostril, thats why the ENT wants to operate',
    # a condition "everywhere" in a family; a relative who died of it, in Spanish
    'diabetes is everywhere in my family, my aunt died of a stroke at 60',
    'mis abuelos murieron de infarto los dos',
    # history told by "aged N" after a thing and by a date
    # (lead, after review rv13: 'aged 12' and 'on 2 february' as history were taken out, they quieted real emergencies;
    # 'allergic reaction to shellfish aged 12, ...' and 'high fever 39.5 on 2 february, ...' are asked or loud again)
    # a CO alarm whose cause was fixed
    'the CO alarm went off on the first night, the landlord fixed the flue, nobody got sick',
])
def test_round27_false_alarm_families_stay_quiet(line):
    assert level(line) == 'none', screen(line)


def test_a_dose_a_doctor_changed_is_no_overdose_but_a_dose_given_wrong_still_is():
    assert level('the pediatrician raised her dose, the baby now gets 5 ml instead of 2.5') == 'none'
    assert level('our doctor increased his dose, so the toddler now has 10 ml instead of 7.5') == 'none'
    assert level('i gave the baby 5 ml of the infant tylenol instead of 1.25') == 'emergency'


def test_a_tablet_strength_is_no_count_of_tablets():
    assert level('i asked for the 20 mg tablets instead of the 10 mg ones') == 'none'
    assert level('the pharmacy gave me 50 mcg tablets this time') == 'none'
    assert level('i took 20 tablets of my 10 mg oxycodone') == 'emergency'
    assert level('took like 30 pills an hour ago') == 'emergency'


def test_a_poisoning_poison_control_handled_gets_the_question_at_most_and_news_keeps_it_urgent():
    handled = screen("our granddaughter got into grandma's pills Sunday, poison control walked us through it and she's totally fine")
    assert handled.level == 'ask' and 'poisoning' in handled.categories
    assert level("our granddaughter got into grandma's pills, poison control walked us through it and now she is very sleepy") == 'emergency'
    assert level('my toddler got into the dishwasher pods and is vomiting') == 'emergency'


def test_a_question_about_a_dangers_signs_with_its_setting_beside_it_is_quiet_but_illness_is_not():
    assert level('what is signs of carbon monoxide? my room has gas heater, I want to know') == 'none'
    assert level('we have a gas heater in the bedroom and all of us have headaches and feel sick') == 'emergency'


def test_advice_to_go_to_the_er_is_no_visit_made():
    """"poison control said go to the ER" had no warning: "go to the ER" was read as a visit already made."""
    assert level('my son swallowed a button battery, poison control said go to the ER') == 'emergency'
    assert level('the nurse line says go to the ER, he drank some bleach') == 'emergency'
    assert level('my son swallowed a button battery last week, we went to the ER and they got it out') == 'none'
