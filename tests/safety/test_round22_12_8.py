"""The rules added when round 22 was folded in for its missed emergencies (issue 12, helper 12_8): the blocks named
*_r22 in dialogues/red_flags.yaml and their combinations ("round 22"), written as families of wording rather than
lines (every category but self_harm and self_harm_other, which helper sh8 does).
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, older
people, caregivers, Spanish, one clause inside a long answer), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import rule_tests, screen

RULES = {
    "a heavy chest with a pain that spreads, a face white and wet, or a feeling of fainting": (
        [("crushing pain in the middle of my chest and it goes down my left arm", "heart_attack"),
         ("my dad is holding his chest, he says it's heavy like a brick, he is grey and sweaty", "heart_attack"),
         ("chest squeezing, pain go to my jaw and my neck", "heart_attack"),
         ("heavy pressure dead centre of my chest and I feel like I'm going to pass out", "heart_attack"),
         ("about my questions, also my husband has chest pain and he's white and clammy", "heart_attack"),
         ("grandma clutching her chest, she say heavy like rock, her skin pale and wet", "heart_attack")],
        ["my backpack felt heavy like a brick on the hike",
         "the pain goes to my back when I lift boxes, a pulled muscle the physio says",
         "I feel like I'm going to faint every time I think about the bills lol"]),
    "air hunger: breathing through a straw, worse or unable to walk a room": (
        [("feels like breathing through a straw and it's getting worse", "breathing"),
         ("my mom says it's like breathing thru a straw, she can't walk to the bathroom", "breathing"),
         ("im breathing through a straw, i cant even finish a sentence", "breathing"),
         ("like I breathe through a coffee stirrer since an hour, worse and worse", "breathing"),
         ("he says it feels like breathing through a pinhole right now", "breathing")],
        ["the mask at the clinic felt like breathing through a straw last year, it was fine after"]),
    "an inhaler that does not help, or lips changing colour, with hard breathing": (
        [("my son's asthma is bad, inhaler is not helping and he's breathing really fast", "breathing"),
         ("she is wheezing and her lips are turning blue", "breathing"),
         ("breathing very hard, the puffer doesn't work, lips going grey", "breathing"),
         ("my husband can't breathe properly and his lips changed colour", "breathing"),
         ("nebulizer not doing anything, she is struggling to breathe", "breathing")],
        ["his lips went purple from the cold swimming pool, he's fine now"]),
    "a blow to the head, then vomiting, confusion or asking the same thing again": (
        [("took a hockey stick to the head, now he's throwing up", "neurologic"),
         ("my daughter got hit in the head with a bat and keeps asking the same question", "neurologic"),
         ("grandpa was whacked on the head by a branch, he is confused and sleepy", "neurologic"),
         ("caught an elbow to the head at soccer, vomited twice and seems confused", "neurologic"),
         ("she got a ball in the head in PE, now she keeps repeating herself and vomiting", "neurologic")],
        ["took a ball to the head last season, got checked, all fine",
         "he was hit on the head by a pillow, everyone laughed"]),
    "bleeding that fills a boot, will not quit after a cut, or needs a belt tied on": (
        [("i cut my leg on the chainsaw and blood is filling my boot", "bleeding"),
         ("sliced my hand open on a can and it won't quit", "bleeding"),
         ("he's bleeding a lot from his arm, I tied my belt around his arm", "bleeding"),
         ("my shoe is full of blood from the cut on my ankle", "bleeding"),
         ("on blood thinners, nicked my finger, it just won't stop bleeding", "bleeding"),
         ("gashed my thigh with the saw, bleeding everywhere, tourniquet on it", "bleeding")],
        ["i cut my finger and it won't quit throbbing, no blood now",
         "tied a belt around my waist, ha",
         "the paper cut on my finger will not quit bugging me"]),
    "someone who does not wake when shaken or called": (
        [("I shook her and nothing, she won't open her eyes", "unconscious"),
         ("my mom dont wake up, I shake her, nothing", "unconscious"),
         ("pinched him and no response, he's breathing weird", "unconscious"),
         ("my husband not wake up, breathing strange, please", "unconscious"),
         ("grandpa is on the floor, I rubbed his chest and he doesn't respond", "unconscious")],
        ["my son doesn't wake up for school without three alarms",
         "my wife does not wake up easily at night, she sleeps deep"]),
    "a blood pressure reading told as numbers alone, with a headache or changed sight": (
        [("checked at the pharmacy: 220 over 130, bad headache", "vitals"),
         ("the machine said 198 over 124 and I have blurry vision", "vitals"),
         ("bp 70 over 40 and he is very pale and confused", "vitals"),
         ("my mom's reading 205 over 121, her head is pounding", "vitals")],
        ["my bp was 198 over 124 last year before the pills, now it is normal",
         "the pharmacy machine said 120 over 80, no headache"]),
    "a birth happening now: the head felt or seen with contractions": (
        [("contractions every minute and I can feel the head", "pregnancy"),
         ("my wife is 39 weeks, her waters broke and she has the urge to push", "pregnancy"),
         ("we are in the car, contractions are close and she says she can see the head", "pregnancy"),
         ("I'm pregnant and I need to push, baby is coming now", "pregnancy")],
        ["at the scan they said the baby's head is down, contractions not started",
         "my 2 year old bumped his head, I can feel the bump"]),
    "swelling of the face or hands overnight with spots or flashes before the eyes": (
        [("seeing flashing lights and my hands and face swelled up overnight", "pregnancy"),
         ("i see spots and my face is swollen since this morning, bad headache", "pregnancy"),
         ("blurry vision and my feet and face puffed up suddenly", "pregnancy")],
        ["my ankles swell by evening in the summer heat, no headache, no vision change"]),
    "in Spanish: months pregnant with a headache and spots seen": (
        [("tengo 7 meses, me duele la cabeza y veo lucecitas", "pregnancy"),
         ("mi hija tiene ocho meses de embarazo y ve puntitos y le duele mucho la cabeza", "pregnancy"),
         ("estoy embarazada y veo manchas, me duele la cabeza", "pregnancy")],
        ["mi bebé tiene 8 meses de nacido y está bien"]),
    "a voice heard about the baby after a birth": (
        [("since the birth I hear a voice telling me things about the baby", "pregnancy"),
         ("my wife says she hears a voice saying the baby is not ours", "pregnancy"),
         ("new baby, hearing this voice whispering about my son all night", "pregnancy")],
        ["i heard the baby's voice on the monitor, cute little coos"]),
    "a testicle said as one side or 'the left one', swollen, with a sudden pain": (
        [("my son has pain down there and one side is swollen and red", "testicular"),
         ("sudden bad pain in my... right one, swollen", "testicular"),
         ("my boy woke up with pain in his privates, one ball is higher and hard", "testicular"),
         ("teen son, pain in the groin, one testicle is swollen and purple", "testicular")],
        ["the left one of my knees is swollen, from football, no sudden pain"]),
    "a swollen calf with breathing that hurts (a clot to the lungs)": (
        [("after my knee surgery my calf is swollen and now it hurts to breathe", "breathing"),
         ("my mom's leg is red and swollen and she says it hurts when she takes a deep breath", "breathing"),
         ("calf sore and swollen since the flight, now breathing in hurts", "breathing"),
         ("his calf swelled up on the plane and now sharp pain when he breathes", "breathing")],
        ["it hurts to breathe in when I laugh since my rib was bruised last month, getting better",
         "my calf is swollen from the gym, no breathing trouble"]),
    "an infected wound with pus and chills or a fever": (
        [("my c-section scar is leaking pus and I have chills", "after_surgery"),
         ("the incision from his operation is red and oozing pus and he has a fever", "after_surgery"),
         ("knee op last week, wound smells and has pus, i'm shivering", "after_surgery")],
        ["the wound had a bit of pus last month, antibiotics cleared it, no fever"]),
    "hot oil or water to the face or an eye": (
        [("boiling water splashed in my eye and I can't open it", "burns"),
         ("hot grease spat onto his face, his eye is burning", "burns"),
         ("hot oil went in her eye, she cannot open her eyes", "burns"),
         ("sizzling fat from the wok hit my face and my eye very painful", "burns")],
        ["the hot soup was too hot, I burned my tongue a little"]),
    "a chemical not named, sprayed or splashed from a cleaning place, with burning eyes": (
        [("got sprayed in the eyes with something from the cleaning cupboard, they burn", "burns"),
         ("my son splashed some liquid from a bottle under the sink in his face, his eyes are burning", "burns"),
         ("a chemical from the tank at work hit my face, can't see", "burns")],
        ["sprayed something from the cupboard on the window, it smells nice"]),
    "in Spanish: a burn with big blisters or white skin": (
        [("me quemé con aceite y tengo ampollas enormes", "burns"),
         ("se quemó el brazo con agua hirviendo, la piel está blanca", "burns"),
         ("mi hijo se quemó la pierna y se le cae la piel", "burns")],
        ["me quemé un poquito el dedo con la plancha, ya está bien"]),
    "in Spanish: a belly gone hard with a terrible pain": (
        [("mi papá tiene la barriga dura como piedra y un dolor horrible", "abdomen"),
         ("dolor insoportable de estómago, lo tengo duro", "abdomen"),
         ("tengo la panza dura y no me puedo mover del dolor", "abdomen")],
        ["hice abdominales y tengo la panza dura, sin dolor"]),
    "in Spanish: back pain with both legs weak or no feeling when passing urine": (
        [("me duele la espalda y las dos piernas están débiles", "cauda_equina"),
         ("dolor de espalda fuerte y no siento cuando orino", "cauda_equina"),
         ("las dos piernas dormidas y no puedo orinar", "cauda_equina")],
        ["me duele la espalda de cargar cajas, nada más"]),
    "in Spanish: the tongue that trips, and not understanding": (
        [("a mi esposo se le traba la lengua de repente y no me entiende", "stroke"),
         ("mi mamá habla raro y no entiende lo que le digo", "stroke"),
         ("se le enreda la lengua desde hace media hora y no entiende nada", "stroke")],
        ["mi nieto no entiende nada de matemáticas"]),
    "in Spanish: a household liquid drunk, or a whole bottle of medicine": (
        [("mi hijo se tomó el cloro", "poisoning"),
         ("mi mamá bebió limpiador por error", "poisoning"),
         ("el niño se tomó todo el jarabe, el frasco está vacío", "poisoning"),
         ("mi esposo tomó el líquido para las plantas", "poisoning"),
         ("la nena se tragó las pastillas de la abuela, todas", "poisoning")],
        ["compré limpiador para el baño", "el niño se tomó la leche entera"]),
    "a household product drunk or mistaken for a drink": (
        [("my toddler was drinking the windshield washer fluid", "poisoning"),
         ("grandma drank the floor cleaner, she thought it was her juice", "poisoning"),
         ("he drink the spray for the bugs by mistake", "poisoning"),
         ("my son swallowed the stuff for the drains", "poisoning"),
         ("my wife drank from the cup where I'd poured the window cleaner", "poisoning")],
        ["I'd put the cleaner away before the kids came",
         "I drank my juice and cleaned the windows with glass cleaner after",
         "what is in washer fluid that makes it blue?"]),
    "a small child into someone's pills, some missing, or sleepy after": (
        [("my 2 year old got into my blood pressure pills, some are missing", "poisoning"),
         ("grandson ate some of my metoprolol and he's getting sleepy", "poisoning"),
         ("the baby got hold of nana's pills, I can't find some of them", "poisoning"),
         ("my toddler swallowed a few of his dad's clonidine, she is drowsy", "poisoning")],
        ["my son got my pills from the pharmacy, all there",
         "my daughter picked up my prescription, none missing"]),
    "an unknown drug at a party, with a hot, racing or agitated body": (
        [("my daughter took some unknown pill at a party, she's burning up and her heart is racing", "poisoning"),
         ("friend took who knows how much molly at the festival, he's agitated and hot", "poisoning"),
         ("he had an unknown amount of something at the club and now he's seeing things", "poisoning"),
         ("she dropped acid at a rave, heart pounding, paranoid", "poisoning")],
        ["we went to a concert, my son had a great time and came home tired"]),
    "a whole bottle or all the pills at once, then very sleepy or heavy": (
        [("he swallowed a whole bottle of his seroquel and he's very drowsy", "poisoning"),
         ("I found the empty bottle of her sleeping pills, she is so sleepy", "poisoning"),
         ("took all my pills at once by mistake, I feel woozy and strange", "poisoning"),
         ("my mother took the whole packet of her tablets, now she is confused", "poisoning")],
        ["found the empty bottle of shampoo in the bin, so I bought more"]),
    "too much insulin by mistake": (
        [("gave myself 30 units instead of 3, what now", "diabetes"),
         ("my dad injected double his lantus by mistake", "diabetes"),
         ("took my humalog twice by mistake tonight", "diabetes"),
         ("dosed 50 units of novorapid instead of 5", "diabetes")],
        ["my doctor changed my insulin to 30 units instead of 20 last month"]),
    "a generator, grill or engine run inside, with a headache or dizziness": (
        [("the generator is running in the garage and we all have headaches", "poisoning"),
         ("charcoal grill lit inside the tent, I feel dizzy and sick", "poisoning"),
         ("car has been running in the garage, my son is confused and sleepy", "poisoning"),
         ("we had the propane heater going in the cabin and now my head hurts and I'm nauseous", "poisoning")],
        ["the generator is running outside, far from the house, all fine"]),
    "one leg or arm that will not go, with double sight": (
        [("my right arm won't move and I'm seeing double", "stroke"),
         ("mom's left leg won't go and she sees everything double, started just now", "stroke"),
         ("his one hand doesn't work and he has double vision", "stroke")],
        ["my left leg won't go straight since the knee surgery, physio helps"]),
    "a spreading redness with chills, or a fever after a named infusion": (
        [("the red from the cut on my arm is spreading up to the elbow and I have chills", "sepsis"),
         ("fever 101 tonight, last chemo was thursday", "sepsis"),
         ("temperature 38.4, my last infusion was 5 days ago", "sepsis")],
        ["the redness around the bite spread last week, the antibiotics worked, no fever"]),
}

test_the_family_signs_reach_the_urgent_turn, test_the_family_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize(("line", "keys", "absent"), [
    ("dad drank the pine cleaner by mistake, thought it was water", {"poison"}, set()),
    ("my 2 year old got into my heart pills, some are missing", {"poison"}, set()),
    ("my son took an unknown pill at a party, he's agitated and his heart is racing", {"overdose"}, set()),
    ("he took a whole bottle of his olanzapine and he's very sleepy", {"overdose"}, set()),
    ("the generator is running in the garage and we all have headaches", {"carbon_monoxide"}, set()),
    ("mi esposo tomó por error el líquido de limpiar", {"poison", "spanish"}, set()),
    ("hot oil splashed in my eye and I can't open it", set(), {"spanish", "poison"}),
])
def test_the_advice_fits_the_danger(line, keys, absent):
    """A poison gets Poison Control, an overdose the emergency number first, a generator indoors fresh air first, a
    Spanish line its own; a burn gets neither the poison line nor the Spanish one."""
    result = screen(line)
    assert result.is_emergency, result
    assert keys <= set(result.advice) and not absent & set(result.advice), result
