"""The rules added when round 24 was folded in for its missed emergencies and false alarms (issue 12, helper 12_10):
the blocks named *_r24 in dialogues/red_flags.yaml and their combinations ("round 24"), written as families of
wording rather than lines (every category but self_harm and self_harm_other, which helper sh10 does).
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, older
people, caregivers, Spanish, one clause inside a long answer), not lines of any round. OWN holds the lines written for
the weak categories (carbon monoxide, poisoning, after surgery, a low sugar, vitals) before the rules: 8 of 96 were
missed or only asked at main (and one more carbon monoxide line reached the urgent turn without the fresh-air advice)."""

from __future__ import annotations

import pytest
from safety.safety_support import rule_tests, screen

RULES = {
    'carbon monoxide: a flame run for heat, a dead vent, no flue, an alarm that says CO, a heater in a hut': (
        [('been using the stove to keep warm since the power cut, now mom is dizzy and has a headache', 'poisoning'),
         ("the garage exhaust fan's been dead all week and my dad who works in there is confused", 'poisoning'),
         ('our old gas fire has no flue and the kids are throwing up and sleepy', 'poisoning'),
         ('the detector thing says co and my head is splitting', 'poisoning'),
         ('we are in the tent with the heater on and my wife fainted', 'poisoning'),
         ('pusimos el brasero dentro del cuarto y la abuela está mareada y vomita', 'poisoning')],
        ['we use the oven to heat up leftovers most nights',
         'the bathroom fan has been broken for a month, the landlord is slow',
         'the alarm says low battery on the co detector',
         'we got a new heater for the cabin, it has a flue and a co alarm']),
    'poisoning: wild plants eaten with sickness, something sprayed or slipped in a drink, a solvent drunk, cleaners mixed': (
        [('my son ate berries off a bush in the park and now he is throwing up', 'poisoning'),
         ('grandpa cooked mushrooms he picked and now has terrible belly pain', 'poisoning'),
         ('i think someone slipped something in my drink, my vision is blurry and i feel faint', 'poisoning'),
         ('a guy sprayed something in my face and now im drooling and twitching', 'poisoning'),
         ('my toddler drank lighter fluid', 'poisoning'),
         ('he swallowed some turpentine from a cup', 'poisoning'),
         ('mezclamos lejía y amoníaco y no para de toser', 'poisoning')],
        ['my kids picked berries from the garden and ate them, they love it',
         'someone sprayed graffiti on our garage again',
         'i used paint thinner to clean the brushes in the garage',
         'mezclé harina con azúcar para el pastel']),
    'a very low sugar: LO on the meter, urgent low, readings in the 40s, still falling after sugar, Spanish, type 1 fainted': (
        [('the meter just says LO and he is slurring', 'diabetes'),
         ('dexcom urgent low alarm and im shaking so bad', 'diabetes'),
         ('her sugars are in the 30s and she is sweating and confused', 'diabetes'),
         ('gave him glucose tabs but his sugar keeps dropping', 'diabetes'),
         ('mi glucosa está en 35 y me siento mal', 'diabetes'),
         ('my husband is type 1 and he will not wake up', 'diabetes')],
        ['had juice with breakfast and my sugar is fine',
         'my daughter has type 1 and uses a pump, we want a second opinion on her endo']),
    'after surgery: a swelling growing after a groin or neck procedure, chest pain on breathing': (
        [('had a cardiac cath this morning and the lump in my groin is getting bigger', 'after_surgery'),
         ('since the ablation the bruise at the site keeps getting bigger and it hurts', 'after_surgery'),
         ('3 days after my hip surgery and my chest hurts when i breathe', 'after_surgery')],
        ['after my stent procedure the groin bruise got bigger then faded over two weeks',
         'post op day 3 and chest feels fine, breathing easy']),
    'vitals: a dangerous reading just taken or with a watch or monitor alarming; oxygen in the 80s': (
        [('his bp just showed 72/44 and he looks grey', 'vitals'),
         ('pulse 34 when she gets up and she nearly fainted, the monitor keeps beeping', 'vitals'),
         ('her oxygen keeps dropping into the 80s', 'vitals')],
        ['my bp just read 128/82, is that ok',
         'my watch keeps alerting me to stand up',
         'my oxygen was in the low 90s at the clinic, they said fine',
         'baseline sats 95, stable']),
    'overdose: an opioid named with nodding off or slow breathing, five or more of a named opioid': (
        [('she took 8 oxys and is hard to keep awake', 'poisoning'),
         ('he shot up heroin and his breathing is real slow', 'poisoning'),
         ('my brother took like 12 norcos', 'poisoning')],
        ['he took 2 percocets after the surgery as prescribed',
         'i take oxycodone for my back, it helps, i want a second opinion on surgery']),
    'a face gone lopsided, words of mush; a deep cut showing white; a scald in the lap; not coming round; Spanish saddle': (
        [('her face just went all crooked on one side', 'stroke'),
         ('dad is talking and his words are all garbled, his face is droopy', 'stroke'),
         ('sliced my thumb on the mandoline, i can see the bone, blood is pouring', 'bleeding'),
         ('the pot of boiling soup fell on his lap', 'burns'),
         ('she fainted and is still not coming round', 'unconscious'),
         ('mi esposo se cayó de espalda y no siente nada en la entrepierna', 'cauda_equina')],
        ['she sees the bone doctor next week for her knee',
         'the kettle spilled on the counter, nobody got hurt',
         'he is not coming round to the idea of a second opinion',
         'she isnt coming to the appointment',
         'me duele la espalda desde hace años, sin problemas para orinar']),
    'false alarms: figurative choking, had no seizure, a childhood age, long time back, gone in an hour, same as always': (
        [],
        ['my boss is suffocating me with all these rules',
         'the bank would love to see us choke on this loan',
         'they choke us with the parking fees at that hospital',
         'patient had no seizure today, eating well',
         'i had a bad allergic reaction to shellfish when i was 8, fine since',
         'long time back in mexico, scorpion sting, no problem now',
         'i get short of breath on the stairs, same as its been for years',
         'my oxygen is 89 when i walk, been that way two years, my lung doctor knows']),
}

test_round24_signs_reach_the_urgent_turn, test_round24_look_alikes_stay_quiet = rule_tests(RULES)

# The lines written for the weak categories before the rules were made (carbon monoxide, poisoning, after surgery, a low
# sugar, vitals); the one ordinary line among them ("our carbon monoxide detector chirped...") is a look-alike above.
OWN = [line.split("|", 1)[1] for line in """\
co|the carbon monoxide alarm is going off and my head is pounding
co|co detector keeps beeping and the kids are dizzy
co|we ran the generator in the garage all night, now everybody feels sick and sleepy
co|my husband was working on the car in the closed garage and now hes confused and throwing up
co|furnace making weird smell, me and my wife both headache and want vomit
co|the space heater been on in the bedroom all night and grandma wont wake up properly
co|CO alarm went off, my daughter fainted
co|we use charcoal grill inside apartment because cold, now all have headache and dizzy
co|everyone in the house has a headache that gets better when we go outside
co|the boiler has been making a funny noise and we all have headaches and feel sick
co|my son fell asleep in the car with the engine running in the garage, he is hard to wake
co|the dog is sick and lethargic and we all have headaches, the heater is old
co|propane heater in the tent, my buddy is puking and cant think straight
co|the gas fireplace has no flue and my mom is confused and her head hurts
co|el detector de monoxido esta sonando y todos tenemos dolor de cabeza
co|usamos un brasero dentro de la casa y mi hijo está mareado y vomitando
co|grandpa uses the oven to heat the house, now he is sleepy and confused and has a headache
co|the alarm says carbon monoxide, i feel dizzy and weak
co|we were in the ice fishing hut with the heater on and now two of us passed out
co|whole family feel sick and headache since we turn on new heater, better when outside
co|co alarm going crazy, baby is super sleepy and won't feed
po|my toddler drank some bleach from under the sink
po|my son ate some of grandma's pills, we dont know how many
po|she swallowed a button battery about an hour ago
po|my husband drank antifreeze thinking it was something else
po|kid got into the dishwasher pods and bit one, now coughing
po|i think my daughter ate some berries from the yard and now she is vomiting
po|my dad took his heart pills twice by mistake, now his heart is slow and he is dizzy
po|ate wild mushrooms we picked, now terrible cramps and diarrhea
po|my 2 year old drank lamp oil, he is coughing and breathing fast
po|my friend mixed bleach and ammonia cleaning the bathroom and now she cant stop coughing
po|the baby chewed on a tablet of my iron pills
po|we sprayed bug spray in the house and now my son is drooling and twitching
po|i drink the washing liquid by mistake, throat burning
po|mi hijo se tomó el cloro, está vomitando
po|mi niña se comió unas pastillas de la abuela
po|he swallowed a bunch of tylenol yesterday and now his belly hurts and he looks yellow
po|my daughter licked rat poison off the floor
po|the dog and my little boy got into the weed gummies, hes very sleepy
po|i accidentally took my husband's blood pressure pills instead of mine and i feel faint
po|my nephew drank gasoline from a soda bottle in the shed
po|grandma took too many of her sleeping pills and is hard to wake up
po|my son found the nicotine vape liquid and drank some, he is throwing up
po|toddler swallowed a magnet, maybe two
ps|had my gallbladder out 3 days ago, now fever 39 and the wound is leaking pus
ps|after knee replacement, calf swollen and tender, now short of breath
ps|my mom had a hysterectomy last week and now she is bleeding through pads every hour
ps|post op day 2 and my chest hurts when i breathe in
ps|the incision opened up and i can see something inside
ps|since the operation yesterday he hasnt peed at all and his belly is swelling
ps|after my c section the wound is red hot and smells bad and i have chills
ps|hip surgery 5 days ago and now his leg is swollen from the thigh down and hurts
ps|bowel surgery last week, now belly very hard and very pain, vomiting green
ps|my husband had surgery this morning and he is very confused and cant stay awake
ps|after tonsils out my son is spitting up bright red blood
ps|two days after my hernia repair, scrotum big and purple and very painful
ps|cant stop vomiting since the operation and cant keep anything down
ps|after the angiogram the spot in my groin is swelling and hard
ps|since back surgery i cant feel my legs and cant control my bladder
ps|walt had his hip done, now his foot is cold and white
ps|after my op the drain is filling up with blood fast
ps|she had a port put in yesterday and now she is short of breath and her arm is swollen
ps|me operaron hace 4 dias y tengo fiebre y la herida tiene pus
ps|after surgery his breathing is fast and he has a fever of 102 and feels awful
ps|my dad got a pacemaker yesterday and now the site is swelling up like a balloon
ps|had my appendix out, now fever and pain getting worse every hour
dl|my sugar is 45 and im shaking
dl|blood sugar 2.5 and feeling really strange
dl|my son is diabetic and hes sweaty and confused and not making sense
dl|glucose meter says LO and my husband is acting drunk
dl|took my insulin but didnt eat, now shaky and cant think
dl|grandma on insulin, she is very sleepy and sweating, sugar 50
dl|my daughter has type 1 and she passed out, we have glucagon
dl|dexcom alarm urgent low 55, i feel sweaty and weird
dl|hypo and the juice isnt working, still going down
dl|my sugar dropped to 38, hands shaking, vision blurry
dl|my dad is diabetic and we cant wake him up
dl|azúcar baja 40 y estoy temblando y confundida
dl|mi esposo diabetico esta sudando y no responde bien
dl|cgm reading 2.8 and falling fast, feel faint
dl|low blood sugar and having a seizure
dl|my pump gave too much insulin and now i feel awful, shaky and sweating
dl|im having a hypo and my words are coming out wrong
dl|she is type one, sugar 3.1 and getting confused, wont eat
dl|bg 40s all night even after snacks, now very weak
dl|my son's blood sugar is low and he is slurring and combative
dl|i feel like im going low, sweaty, heart racing, shaking, diabetic on glipizide
dl|sugar in the 30s and i cant get up
vi|my oxygen is 82 and im having trouble breathing
vi|bp 220/130 and bad headache
vi|pulse 160 and i feel dizzy
vi|his heart rate is 35 and he is dizzy
vi|blood pressure 75 over 45 and she feels faint
vi|o2 sats 85 on room air
vi|temp 105 and shivering
vi|her oxygen keeps dropping to 80s""".splitlines()]


@pytest.mark.parametrize("line", OWN)
def test_round24_own_lines_for_the_weak_categories_reach_the_urgent_turn(line):
    assert screen(line).is_emergency, screen(line)


def test_round24_a_calf_after_surgery_is_asked_about():
    # REFERENCE.md names the emergency after surgery as calf swelling WITH breathlessness: alone, the check question
    result = screen("his calf on the operated side is swollen and red and sore to touch")
    assert result.level == "ask", result
    assert screen("his calf on the operated side is swollen and red and now he is short of breath").is_emergency


def test_round24_advice_fits_the_situation():
    co = screen("running the gas oven for heat, both of us have headaches and feel confused")
    assert co.is_emergency and "carbon_monoxide" in co.advice  # fresh air first
    wild = screen("my girl ate mushrooms from the park and now she is vomiting")
    assert wild.is_emergency and "poison" in wild.advice  # Poison Control
    solvent = screen("my boy drank some paint thinner and is coughing")
    assert solvent.is_emergency and "poison" in solvent.advice
    opioid = screen("he snorted some pills, oxy i think, and hes nodding off")
    assert opioid.is_emergency and "overdose" in opioid.advice  # 911 first, naloxone when opioids
    fumes = screen("mezclé cloro con otro limpiador y ahora me arde el pecho")
    assert fumes.is_emergency and {"poison", "spanish"} <= set(fumes.advice)
    saddle = screen("me caí y no siento nada entre las piernas")
    assert saddle.is_emergency and "spanish" in saddle.advice


def test_round24_leftovers_of_earlier_rounds():
    for line in ("he took 10 percocets", "he snorted some pills, oxy i think, and hes nodding off",
                 "pinpoint pupils and slow breathing after his pain meds"):
        assert screen(line).is_emergency, line
