"""The rules added when round 23 was folded in for its missed emergencies and false alarms (issue 12, helper 12_9):
the blocks named *_r23 in dialogues/red_flags.yaml and their combinations ("round 23"), written as families of
wording rather than lines (every category but self_harm and self_harm_other, which helper sh9 does).
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, older
people, caregivers, Spanish, one clause inside a long answer), not lines of any round. OWN holds the lines written for
the weak categories (burns, after surgery, overdose, Spanish) before the rules: 13 of 77 were missed before them."""

from __future__ import annotations

import pytest
from safety.safety_support import rule_tests, screen

RULES = {
    'a burn on the face, hands or privates, told as bad, bigger than a hand, or from falling into a fire': (
        [('lit a candle too close and my face and lips are burned', 'burns'),
         ('the burn on her leg is bigger than my hand', 'burns'),
         ('my boy fell in the campfire and his arm is burnt bad', 'burns'),
         ("hot oil jumped from the pan onto my daughter's face", 'burns'),
         ('grandpa hands are all blistered and burned from the bbq flare', 'burns')],
        ['my hands are burned from the sun at the beach last week',
         'i burned my hands on the stove years ago, scars now',
         'the toast got burnt bad this morning lol',
         'we sat by the fire pit all evening and roasted marshmallows']),
    'a chemical on the skin with a burn, white or peeling skin or great pain': (
        [('I spill acid on my arm, now skin white and very pain', 'burns'),
         ('drain cleaner splashed on my legs and the skin is peeling', 'burns'),
         ('got wet cement on my knees all day, now raw and burning bad', 'burns'),
         ('the relaxer was left on too long and her skin has blisters', 'burns')],
        ['i spilled some bleach on my jeans and now they have white spots',
         'used drain cleaner on the sink, wore gloves, all fine']),
    'a stoma that turns dark, purple, grey or black': (
        [('the stoma went from red to dusky grey', 'after_surgery'),
         ('my colostomy is turning black since this morning', 'after_surgery'),
         ('his ileostomy looks dark purple now', 'after_surgery')],
        ['my stoma is healthy and pink, the nurse is happy with it',
         'the colostomy nurse said the stoma looks good']),
    'air that cannot get in, a whistling throat': (
        [('she cant inhale, her chest is tight and she is panicking', 'breathing'),
         ('my dad can barely breathe in, he says air wont go in', 'breathing'),
         ('having a dyspnea attack right now', 'breathing'),
         ('her throat is whistling when she breathes in and she cant get air in', 'breathing')],
        ['i had to breathe in deeply for the x ray, no problem']),
    'something stuck in the body': (
        [("the nail went through his hand and it's still in there", 'bleeding'),
         ('a metal rod is sticking out of his leg after the fall', 'bleeding'),
         ('he got stabbed, the knife is still in his back', 'bleeding'),
         ("there is a piece of glass stuck in his foot and it's bleeding", 'bleeding')],
        ['the knife is still in the drawer where i left it',
         'the needle went into her arm for the blood test']),
    'bleeding with pale, ashen skin': (
        [('my son cut his arm, bleeding a lot and he is white as a sheet', 'bleeding'),
         ("she's bleeding heavy and pale and dizzy", 'bleeding'),
         ('grandpa is bleeding from his head and looks ashen', 'bleeding')],
        ['bleeding gums when i brush and i look pale in photos']),
    'rhythmic jerking or lip smacking that will not stop': (
        [("my daughter has rhythmic jerking of her right arm for 5 minutes and won't stop", 'unconscious'),
         ("the baby's leg is jerking and it won't stop", 'unconscious')],
        ["the baby jerks his arms when he startles, the doctor says it's normal",
         'my husband twitches in his sleep a lot',
         'she dances with rhythmic movements at ballet class']),
    'a caustic hair or cleaning product swallowed': (
        [('my son drank hair relaxer from the salon kit', 'poisoning'),
         ('toddler swallowed some oven cleaner', 'poisoning'),
         ('she got into the perm solution and drank some', 'poisoning')],
        ['the hair relaxer burned my scalp a little last year']),
    'a testicle told as twisted or torsed': (
        [("i think my son's testicle is twisted, he woke up screaming", 'testicular'),
         ('balls twisted and swollen, started an hour ago', 'testicular'),
         ('pretty sure its testicular torsion, pain came on fast', 'testicular')],
        []),
    'an odd throat with hives or itching all over': (
        [('after the bee sting my throat feels funny and I have hives all over', 'swelling'),
         ('my throat feels tight and i have welts everywhere after the shrimp', 'swelling')],
        ['im allergic to cats and my throat feels weird when i visit my sister, always has',
         'i tested positive for covid and my throat feels weird']),
    'yellow skin or eyes with great sleepiness or not feeding': (
        [('my newborn is very yellow and too sleepy to feed', 'sepsis'),
         ("baby is yellow and won't feed, sleeping all the time", 'sepsis')],
        ['the baby had a bit of yellow skin at birth, it went away in a week',
         "she won't latch on the left side, the midwife is helping us"]),
    'labour signs before 37 weeks': (
        [('my wife is 34 weeks and her water broke', 'pregnancy'),
         ('im 7 months pregnant and fluid is leaking', 'pregnancy'),
         ('28 weeks, cramps every 5 minutes that wont stop', 'pregnancy')],
        ["i'm 32 weeks and had a few braxton hicks, nothing regular",
         'at 30 weeks with my first my water broke, she is 5 now']),
    'hearing or seeing things, with fear of what may happen': (
        [('she is hearing voices and says she is scared of what she might do', 'self_harm'),
         ('i keep seeing things that arent there and im afraid what i might do to myself', 'self_harm')],
        []),
    'a flame or engine with no air going out, or a whole household sick at once': (
        [('all of us in the house have headaches and the heater is running in the basement', 'poisoning'),
         ('everyone at home is dizzy and sleepy, the generator is in the garage running', 'poisoning'),
         ('the whole family is throwing up and the furnace flue is blocked', 'poisoning')],
        ['the hood vent died so the kitchen is hot and smoky, we opened the doors',
         'everyone in the office has a headache from the heat today',
         'the whole family got sick with the flu last week']),
    'a dose doubled or more with nodding off or slow breathing; medicines by name': (
        [('took extra of my oxycodone and now im nodding off', 'poisoning'),
         ('tripled my dose of methadone, breathing slow', 'poisoning'),
         ('she took 40 of her lamotrigine', 'self_harm')],
        ['he took 2 gabapentin for his nerve pain as prescribed',
         'took all my vitamins today']),
    'in Spanish: labour early, a still baby, aneurysm pain, tearing pain, a very sick child, a leg after surgery': (
        [('se me rompio la fuente y tengo 32 semanas', 'pregnancy'),
         ('mi bebe no se mueve desde anoche, tengo 36 semanas', 'pregnancy'),
         ('mi abuela tiene un aneurisma y dice que le duele mucho la barriga', 'abdomen'),
         ('dolor desgarrador en el pecho de repente', 'abdomen'),
         ('mi nene de 1 ano no moja el panal desde ayer y esta muy dormido', 'sepsis'),
         ('la niña de 3 años vomita todo y no orina', 'sepsis'),
         ('mi papa se opero hace 3 dias y ahora la pierna esta hinchada y roja', 'after_surgery')],
        ['tengo un aneurisma pequeño que vigilan, sin dolor',
         'el bebé se mueve mucho, todo bien',
         'mi hijo de 2 años está bien, come y orina normal',
         'me operaron hace dos años de la rodilla, la pierna bien']),
    'false alarms: babyhood by name, a past cycle, how high is too high, the usual, light bleeding, a coloured sweet': (
        [],
        ['when my son was a baby he had reflux, now he is fine',
         'when tommy was little he had a febrile seizure, he is 9 now',
         'i had nausea after chemo last cycle but its fine now',
         'what blood pressure is too high for a second opinion?',
         'the usual knee pain when it rains, nothing new',
         'no fever, bleeding is light',
         "my kid's tongue is blue from the slushie lol",
         'her lips turn blue when she eats a blue popsicle']),
}

test_round23_signs_reach_the_urgent_turn, test_round23_look_alikes_stay_quiet = rule_tests(RULES)

# The lines written for the weak categories before the rules were made (category as the writer named it).
OWN = [
    'i splashed drain cleaner on my arm and the skin went white and hard',
    "grease fire in the kitchen my husband's hands and arms are all blistered",
    'my toddler pulled the kettle down on himself his chest is red and peeling',
    "battery acid got on my face and it's burning and my eye hurts",
    "boiling water went all over my daughter's legs big blisters",
    "he touched the power line and there's a burn on his hand and his heart feels funny",
    'i burnt my face lighting the bbq and my eyebrows are gone and my voice is hoarse',
    'the skin on his foot is charred and black after the campfire',
    'spilled bleach concentrate on my legs the skin is peeling off',
    'got electrocuted at work theres a burn where it went in',
    "my mom's nightgown caught fire on the stove her back is burned",
    'me queme con aceite hirviendo toda la mano y el brazo',
    'chemical splash at the plant, my hands are burning and turning white',
    "the burn on his arm is bigger than his hand and it's white in the middle",
    "hot oil on baby's face",
    'my boy fell in the bonfire his legs are burnt bad',
    'burn on my grandmas leg from the heating pad is black and doesnt hurt',
    'we were in a house fire and my son is coughing black stuff and his voice is raspy',
    'steam from the pressure cooker burnt my whole face blisters everywhere',
    'cement burn on both knees skin looks raw and gray after kneeling in wet concrete',
    'lye got in my hands while making soap now the skin is slippery and burning',
    'my knee replacement was last week and now my calf is swollen red and sore',
    'had my gallbladder out 3 days ago and now high fever and the skin is yellow',
    'after c section wound opened and something is coming out',
    'the incision is leaking pus and its hot and red and i have chills',
    'surgery on monday now i cant catch my breath and chest hurts when i breathe in',
    'my colostomy bag is empty all day and the stoma is black',
    'after my hip operation the leg got big and hot',
    'had tonsils out and now spitting up lots of bright blood',
    'since my hernia op my belly is hard and swollen and i keep vomiting',
    'my stitches burst open and i can see inside',
    'dad had bypass surgery last week and now his scar is red and oozing and he has fever',
    'operated yesterday and cannot pee at all and belly very pain',
    'post op day 2 my drain is filling with blood fast',
    'the stoma went from red to dusky grey',
    'after the operation on his leg his foot is cold and white',
    'had my appendix out and now the wound smells bad and fever 39',
    "after surgery my leg swelled up and now i'm short of breath",
    'despues de la operacion tengo fiebre y la herida tiene pus',
    'mi papa se opero hace 3 dias y ahora la pierna esta hinchada y roja',
    'from the op my wound keeps bleeding through every dressing',
    'my son took a whole bottle of tylenol an hour ago',
    'she swallowed all her xanax and wont stay awake',
    'husband took too many of his pain pills and hes breathing really slow',
    'took double my methadone by mistake and i feel super drowsy',
    'my friend took a bunch of percocets and her lips are blue',
    'mom accidentally took her heart pills twice and now her pulse is slow',
    'i took like 20 benadryl and now i see things',
    'he snorted something and now he is nodding out and hard to wake',
    'my brother popped a handful of his sleeping pills and is slurring',
    'i think grandpa took his whole week of pills at once this morning',
    'she took 40 of her lamotrigine',
    'took way too much gabapentin and i can barely keep my eyes open',
    'he took extra fentanyl patches and now hes barely breathing',
    'mi hermano se tomo todas las pastillas y no despierta',
    'my dad took his insulin twice and he is shaky and sweaty and confused',
    'my teenager took a lot of ibuprofen to get high',
    'doubled my oxycodone and now im really sleepy and breathing slow',
    "she od'd on her meds and she's out of it",
    'my son ate half a bottle of his adhd pills and his heart is racing',
    'roommate took a ton of xanax with alcohol and wont wake up properly',
    'took 15 of my seroquel and feel very weird and dizzy',
    'mi hija esta embarazada de 7 meses y sangra mucho',
    'tengo 30 semanas y se me rompio la fuente',
    'estoy embarazada y tengo un dolor de cabeza terrible y veo luces',
    'mi bebe de 3 meses tiene fiebre de 39 y no quiere comer',
    'mi hijo de 1 ano no para de vomitar y esta muy dormido',
    'el niño no despierta bien y tiene manchas moradas',
    'mi papa tiene un aneurisma y ahora le duele mucho el pecho y la espalda',
    'de repente un dolor desgarrador en la espalda',
    'mi mama tiene el brazo dormido y la cara caida',
    'no puedo respirar bien y tengo los labios morados',
    'el bebé no se mueve desde esta mañana',
    'tengo contracciones cada 3 minutos y solo 33 semanas',
    'mi nieta de 4 años esta muy decaida y no orina',
    'mi esposo tomo muchas pastillas para dormir',
    'mi hijo se trago una pila de boton',
]


@pytest.mark.parametrize("line", OWN)
def test_round23_own_lines_for_the_weak_categories_reach_the_urgent_turn(line):
    assert screen(line).is_emergency, screen(line)


@pytest.mark.parametrize("line", ["mi hija esta embarazada de 7 meses y sangra mucho",
                                  "mi esposa tiene 8 meses de embarazo y dice que el bebé no se ha movido desde ayer",
                                  "tengo un aneurisma y ahora tengo un dolor terrible en la espalda de repente"])
def test_round23_a_spanish_emergency_gets_the_line_in_spanish(line):
    assert "spanish" in screen(line).advice


def test_round23_advice_fits_the_situation():
    opioid = screen("doubled up on my oxy cause the pain, now im nodding off and my breathing feels slow")
    assert opioid.is_emergency and "overdose" in opioid.advice  # 911 first, naloxone when opioids
    fumes = screen("whole kitchen crew getting headaches and nauseous, the hood vent died and the grills are still going")
    assert fumes.is_emergency and "carbon_monoxide" in fumes.advice  # fresh air first
    caustic = screen("a client's little boy drank from the bottle of relaxer on my station, his mouth is red")
    assert caustic.is_emergency and "poison" in caustic.advice  # Poison Control


def test_round23_a_cold_white_leg_is_a_limb_not_the_belly():
    result = screen("my leg is cold and white and i cant feel it")
    assert result.is_emergency and result.categories == ("limb",), result
