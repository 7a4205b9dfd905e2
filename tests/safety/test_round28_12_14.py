"""The rules added when round 28 was folded in, for its missed emergencies and false alarms in every category but
self-harm (issue 12, helper 12_14): the signs named r28_* in dialogues/red_flags.yaml, their combinations ("round 28
(helper 12_14): by family"), the contexts r28_* and the edits marked "round 28 (12_14)". Written as families of
wording, not lines: every sign line and every look-alike below is our own (clinical knowledge and how people talk:
understatement, numbers, a clause in a long answer, Spanish, non-native grammar), not a line of any round."""

from __future__ import annotations

from safety.safety_support import level, rule_tests, screen

RULES = {
    'blood brought up, told by its colour or amount with a verb of vomiting or coughing': (
        [('been on ibuprofen all week, just puked up something dark red', 'bleeding'),
         ('he threw up bright red in the sink, twice now', 'bleeding'),
         ('spewed a cupful of blood into the toilet after the heaving', 'bleeding'),
         ('vomito sangre, como un vaso, y esta mareado', 'bleeding'),
         ('mum keeps being sick and it looks like coffee, black and bitty', 'bleeding'),
         ('he is coughing up mouthfuls of blood tonight', 'bleeding'),
         ('retching since dinner and now clots of blood are coming up', 'bleeding'),
         ('she brought up a pool of blood on the bathroom floor', 'bleeding'),
         ('was sick twice, the second lot dark red', 'bleeding'),
         ('throwing up and theres blood clots in it', 'bleeding')],
        ['i threw up after the red wine last night, feel fine now',
         'my nose bled a bit yesterday, it stopped quickly',
         'vomited once from the flu two weeks ago, all good since',
         'will the new pills make me throw up?']),
    'yellow eyes or skin with a fever, pain under the right ribs or dark urine (a blocked, infected bile duct)': (
        [('his eyes have gone yellow and hes burning up, 39.4', 'abdomen'),
         ('pt icteric, temp 38.9, rigors', 'abdomen'),
         ('whites of my eyes are yellow and the pain under my right ribs is getting worse', 'abdomen'),
         ('ojos amarillos, fiebre y dolor del lado derecho que no se quita', 'abdomen'),
         ('i look jaundiced and my pee is like cola, fever too', 'abdomen'),
         ('a week after the gallbladder op her skin is yellow and she has a fever', 'abdomen'),
         ('yellow sclera, RUQ tenderness, spiking temps', 'abdomen'),
         ('turned yellow since yesterday with a fever and shaking', 'abdomen'),
         ('se puso amarilla y tiene fiebre de 39', 'abdomen'),
         ('my skin went yellow and theres pain under my right side that is new', 'abdomen')],
        ['the baby had a little jaundice at birth and it cleared with the light',
         'my yellow jacket smells of smoke from the fire',
         'he had hepatitis years ago and his eyes were yellow then, fine now',
         'is yellow skin a side effect of the chemo?']),
    'a wound or site opened with what is inside to be seen': (
        [('the incision split open and i can see fat', 'after_surgery'),
         ('port site came apart, you can see the tube', 'after_surgery'),
         ('his wound burst open overnight, we can see something pink inside', 'after_surgery'),
         ('stitches popped and the cut opened, can see right in', 'after_surgery'),
         ('the c section wound opened up and i can see the layers', 'after_surgery'),
         ('the scar split and you could see the mesh', 'after_surgery')],
        ['i can see the scar fading nicely, it closed up well',
         'the wound is healing, you can see new pink skin at the edges']),
    'something driven into the body with blood flowing or faintness; a forceful flow with faintness': (
        [('a screw went through my palm at work, its gushing and i feel faint', 'bleeding'),
         ('a nail went through his foot and now its pouring', 'bleeding'),
         ('knife went into my thigh while carving, blood is pumping', 'bleeding'),
         ('glass went into her arm and im lightheaded, its streaming', 'bleeding'),
         ('its squirting everywhere and i feel dizzy', 'bleeding'),
         ('a piece of rebar went into his leg and hes gone pale and woozy', 'bleeding')],
        ['its pouring outside and the roads are flooded, we may be late',
         'the nail went through the board fine, no injuries',
         'the drill went into the wall not my hand, im fine']),
    'a sting or an allergic rash with the face swelling, a tight throat or faintness': (
        [('got stung on the ear and my lips are puffing up', 'swelling'),
         ('le picó una avispa y se le está hinchando la cara', 'swelling'),
         ('wasp sting on her neck, now she says she feels faint', 'swelling'),
         ('bee stung him twice and his eyes are closing up', 'swelling'),
         ('hives all over after the shot, throat tight', 'swelling'),
         ('rash spreading fast after the antibiotic and i feel like i might pass out', 'swelling'),
         ('got stung by a hornet, throat feels tight', 'swelling'),
         ('covered in welts after the cashew and im lightheaded', 'swelling'),
         ('me picó una abeja y me siento que me desmayo', 'swelling'),
         ('the throat is tight and i am lightheaded since the infusion', 'swelling')],
        ['got stung on the arm last summer, it was a bit red for a day',
         'hives once as a kid after strawberries, fine since',
         'she has a rash on her hands from the gloves, itchy but nothing else']),
    'a scald or hot burn with blistering over a large area': (
        [('boiling water went over her legs, blisters all over her thighs', 'burns'),
         ('hot oil from the pan splashed his arms and the skin is blistering up to the elbows', 'burns'),
         ('scalded by the kettle, blisters across her chest', 'burns'),
         ('the bath water was too hot, his feet and legs are blistering', 'burns'),
         ('se quemó con agua hirviendo, tiene ampollas en los brazos y el pecho', 'burns'),
         ('steam burn on his face and neck, big blisters coming up all over', 'burns')],
        ['a tiny blister on my finger from the hot pan, it is fine',
         'burnt my tongue on hot coffee, just sore',
         'the campfire was great, we roasted marshmallows']),
    'a chemical in the eye with a burning or eyes that will not open': (
        [('bleach splashed in my eye and it burns so bad', 'burns'),
         ('oven cleaner sprayed in his eyes, he cant open them', 'burns'),
         ('le cayó cloro en los ojos y no puede abrir', 'burns'),
         ('cement dust got in my eyes, stinging like crazy', 'burns'),
         ('drain cleaner splashed into her eye and she cant see', 'burns')],
        ['shampoo got in my eyes this morning, rinsed it, fine now',
         'my eyes sting a bit from hay fever every spring']),
    'a face drooping in Spanish with not understanding or not speaking': (
        [('mi abuelo tiene la boca chueca y no entiende lo que le digo', 'stroke'),
         ('de repente la cara torcida y no entiende nada', 'stroke')],
        ['mi abuelo entiende todo y habla bien, solo quiere una segunda opinion',
         'la cara torcida de mi hermano en la foto de la boda de 2019 era broma']),
    'the chest trouble back or worse with sweating, sickness or breathlessness': (
        [('the chest pain from this morning came back worse and im sweating', 'heart_attack'),
         ('chest pressure is back again and i feel sick', 'heart_attack'),
         ('that chest thing returned, clammy and short of breath', 'heart_attack'),
         ('chest tightness way worse now, nauseous', 'heart_attack'),
         ('chest stuff came back, sweating buckets', 'heart_attack')],
        ['the chest infection came back last winter, the antibiotics cleared it',
         'no chest pain since the stent, sleeping fine']),
    'a first seizure ever': (
        [('he had a seizure, first ever, hes drowsy now', 'unconscious'),
         ('my daughter had a fit at school, never had one before', 'unconscious'),
         ('she started jerking all over for two minutes, first time ever', 'unconscious'),
         ('first ever fit tonight, lasted a minute', 'unconscious'),
         ('had a seizure in the shop, never happened before', 'unconscious')],
        ['her first ever seizure was at 12, none since, on lamotrigine',
         'he had his first ever swimming lesson today']),
    'a bare low meter number with a word of diabetes': (
        [('42. sweaty. insulin was at 6', 'diabetes'),
         ('38 | dexcom screaming | cant think', 'diabetes'),
         ('glucose tabs gone. 33.', 'diabetes'),
         ('type 1, 29, shaky as hell', 'diabetes')],
        ['type 1 since I was 29, well controlled on a pump',
         'im 42 and have type 1 diabetes, doing fine']),
    'a blow to the throat with a noisy breath, a lost voice or any breathing trouble': (
        [('took a hockey puck to the throat and his voice is gone', 'breathing'),
         ('she got kicked in the throat at karate and is making squeaky noises breathing', 'breathing'),
         ('hit in the windpipe with a bat, cant breathe properly', 'breathing'),
         ('punched in the throat in a fight, now his breathing is noisy', 'breathing'),
         ('elbowed in the throat at basketball, lost her voice and short of breath', 'breathing')],
        ['took a ball to the throat last season, fine after a minute',
         'lost my voice from shouting at the game, no other problem']),
    'a limb bent the wrong way with paleness, sweating or faintness': (
        [('her wrist is bent the wrong way and shes pale and clammy', 'bleeding'),
         ('his leg is twisted at a weird angle and hes gone grey and sweaty', 'bleeding'),
         ('bone sticking out of his shin and he feels faint', 'bleeding'),
         ('arm pointing the wrong way after the fall, shes dizzy and pale', 'bleeding')],
        ['his ankle was bent the wrong way in the photo, it was a joke',
         'broke my arm as a kid, bent the wrong way, healed fine']),
    'contractions or waters before 37 weeks': (
        [('only 31 weeks and contractions every 6 minutes', 'pregnancy'),
         ('my waters just broke and im 33 weeks', 'pregnancy'),
         ('contractions coming regular, its too early, 28w', 'pregnancy'),
         ('34w3d and my waters broke', 'pregnancy')],
        ['had preterm contractions with my first at 32 weeks, this baby is 39 weeks and fine',
         'braxton hicks at 30 weeks, the midwife says normal, none today']),
    'a strong drug doubled or counted with sleepiness or slow breathing; tablets counted in Spanish': (
        [('le dieron doble dosis de morfina y casi no respira', 'poisoning'),
         ('lost track of the percocets, maybe 9, and i keep nodding off', 'poisoning'),
         ('lost count of the norcos, cant keep my eyes open', 'poisoning'),
         ('se tomó como 40 pastillas de clonazepam', 'poisoning'),
         ('mi tía se tragó 20 tabletas de paracetamol', 'poisoning'),
         ('mi papá tomó metadona doble y respira muy lento', 'poisoning')],
        ['se tomó 2 pastillas para el dolor de cabeza y ya está bien',
         'lost count of how many appointments ive had this year']),
    'a swallowed coin or object with drooling or refusing to swallow; a small child with pods, magnets, batteries': (
        [('he swallowed a penny and now wont drink anything, drooling', 'poisoning'),
         ('my son 3 swallowed a button battery', 'poisoning'),
         ('the baby chewed a dishwasher pod, coughing', 'poisoning'),
         ('mi hijo de 2 años se tragó una moneda y está babeando', 'poisoning'),
         ('my grandson swallowed two small magnets, he seems fine so far', 'poisoning'),
         ('found my nephew with the sleeping pills, hes 3', 'poisoning'),
         ('she swallowed a marble and keeps gagging', 'poisoning')],
        ['he swallowed his gum again, no problem',
         'my son 3 loves playing with the magnets on the fridge']),
    'heavy bleeding soaking pads with faintness; a severe pressure checked again': (
        [('soaking a pad an hour and i nearly fainted in the shower', 'bleeding'),
         ('shes soaking through pads every half hour and looks pale and dizzy', 'bleeding')],
        ['pad soaked overnight on day one, as usual, no dizziness']),
}

test_r28_signs_reach_the_urgent_turn, test_r28_look_alikes_stay_quiet = rule_tests(RULES)


def test_a_severe_pressure_checked_again_is_asked_not_ignored():
    assert level('bp 176/116 and rechecked 171/113 on the machine') == "ask"
    assert level('bp 176/116 at the clinic last year, now on two pills and fine') == "none"


def test_a_heavy_chest_on_exertion_that_has_not_eased_at_rest_is_urgent():
    result = screen('the chest pressure came on walking the dog and has not eased although im sitting now, my arm aches')
    assert result.is_emergency, result
    assert level('my chest gets tight climbing stairs and eases with rest, stable for years') != "emergency"


def test_a_told_all_clear_for_now_is_no_all_clear():
    assert screen('my son 2 swallowed a couple of magnets, seems ok for now').is_emergency


def test_a_clinician_told_normal_but_this_is_more_still_counts():
    assert screen('passing lots of dark red blood with clots, sweaty and weak. the doctor said a bit was normal but this is a lot').is_emergency


def test_figures_of_speech_stay_quiet():
    for line in ('the cost of these pills is choking us, is there a generic', 'that office is pure poison for my nerves',
                 'Mrs K denies chest pain, SOB, dizziness; walking with frame',  # ("got knocked out in a game last season, cleared"
                 # is loud again: "last season" as history also quieted "chest pain like last season but much worse"; review rv14)
                 'bleeding is light now, just spotting since yesterday'):
        assert level(line) == "none", (line, screen(line))
