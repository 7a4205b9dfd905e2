"""The rules added when round 9 was folded in for the adult acute kinds (stroke_r9, neuro_r9, ha_r9, breath_r9,
gi_r9, testis_r9, postop_r9, burn_r9, belly_r9, aorta_r9, ana_r9, unc_r9, seiz_r9, cauda_r9, clot_r9, vitals_r9 in
dialogues/red_flags.yaml; docs/safety.md). Each is checked as a sign happening now, and against its negation, its
history and the everyday talk that shares its words; then the sign as one clause inside a long answer about plans.
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, elderly
phrasing), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "stroke: a face that falls or will not move on one side, a hand that will not squeeze, eyes pulled to one side": (
        [("his mouth is falling down on the right side since lunch", "stroke"),
         ("half his face has stopped moving and he is dribbling", "stroke"),
         ("my wifes face doesnt move on the left side all of a sudden", "stroke"),
         ("dad cant squeeze with his right hand since he woke up", "stroke"),
         ("his eyes are pulled to the left and his face looks odd, started an hour ago", "stroke"),
         ("the left side of his mouth isnt working, happened 20 minutes ago", "stroke"),
         ("my husband face look strange since this morning and he cant answer properly", "stroke")],
        ["his face looks different since he lost all that weight",
         "he cant grip with his right hand since the wrist fracture last year",
         "she wont move her left arm because her shoulder hurts after the fall last month",
         "his eyes have always turned to one side, a lazy eye since childhood",
         "the left side of the car wont move, the brakes locked"]),
    "stroke: a clumsy hand, speech not clear, an arm drifting down, half of what one sees gone": (
        [("hes suddenly clumsy with his right hand and his speech is not clear", "stroke"),
         ("my wife cant raise both arms, the left one drifts down, sudden", "stroke"),
         ("the left half of everything went missing from my vision just now", "stroke"),
         ("mom keeps bumping into doors on her left side since this afternoon", "stroke")],
        ["his left hand has been clumsy since the stroke in 2015",
         "her speech is not clear on the phone because of the bad line",
         "the left arm drifts down a bit since his old stroke, the physio knows"]),
    "heart attack: the chest rubbed or pressed, a weight standing on it, a feeling of doom": (
        [("she keeps pressing her hand on her chest and she is grey and throwing up", "heart_attack"),
         ("my husband feels like an elephant is sitting on his chest and hes sweating", "heart_attack"),
         ("my mom has this feeling of doom and an ache in her jaw", "heart_attack"),
         ("he is rubbing his breastbone and feels sick, never had it before", "heart_attack")],
        ["the nurse was pressing on his chest with the stethoscope",
         "rubbing vicks on his chest for the cold",
         "i am worried something terrible is going to happen at the operation"]),
    "breathing: no air moving, shoulders or nostrils heaving with each breath, gasping like a fish": (
        [("hes wheezing so bad hes barely moving any air", "breathing"),
         ("her nostrils are flaring and her ribs pull in with every breath", "breathing"),
         ("dads chest is rattling and hes struggling for breath and very sleepy", "breathing"),
         ("he breathing like a fish, mouth open, very fast", "breathing")],
        ["the air conditioner cant move air in this room",
         "the baby has a rattly chest with her cold but is feeding and playing happily",
         "my goldfish is gulping at the top of the tank"]),
    "blood from below or black, sticky or maroon stool with faintness on standing, a racing pulse, pallor": (
        [("black sticky poo all day and i nearly passed out getting up", "bleeding"),
         ("pooing pure blood and clots and feeling woozy", "bleeding"),
         ("bloody stools 5 times today, pale and heart racing", "bleeding"),
         ("client poop black like tar since yesterday and she almost fall down when stand", "bleeding"),
         ("my stool is maroon and sticky and i feel faint", "bleeding")],
        ["my black stools are from the iron tablets",
         "had bloody stools in 2018 from hemorrhoids, fine since",
         "maroon colored stools after eating beets yesterday"]),
    "sight: a shadow or curtain spreading over one eye, with flashes; sight gone dark on one side; the worst pain in the head": (
        [("theres a dark curtain coming across the vision in my right eye", "neurologic"),
         ("flashes of light then a shadow spread over her eye", "neurologic"),
         ("everything went grey in my right eye 5 minutes ago", "neurologic"),
         ("woke up with the worst pain in my head ive ever had and i cant stop vomiting", "neurologic")],
        ["the floaters in my eye have been there for years, the optometrist checked",
         "i see flashes with my migraines, same as always",
         "the shadow on his lung scan is what we want a second opinion on"]),
    "weakness or numbness climbing the body; memory gone for today": (
        [("his legs went weak over two days and now his arms too, he cant climb the stairs", "neurologic"),
         ("numbness started in my feet yesterday and now its up to my waist", "neurologic"),
         ("my sister suddenly cant remember anything from today and keeps asking where she is", "neurologic")],
        ["the numbness in my feet from the diabetes has been slowly creeping up to my ankles over years",
         "i cant remember my password for the patient portal",
         "mum has dementia and keeps asking where she is, nothing new"]),
    "testicle: slang and everyday words, sudden or severe, riding high, a twist, woken by it": (
        [("my nuts are killing me, came on suddenly and I threw up", "testicular"),
         ("son woke up screaming with ball pain and hes been sick", "testicular"),
         ("sudden sharp pain in my left ball, feel like puking", "testicular"),
         ("my sons ball is up higher than the other and he is crying", "testicular"),
         ("twisting pain in my testicle came on when i was asleep, woke me up", "testicular"),
         ("baby boy crying nonstop, one side of the nappy area is swollen and purple", "testicular")],
        ["ball pain from football last week, getting better",
         "my son had twisted testicle surgery when he was 12",
         "the nappy area is red from nappy rash, no swelling"]),
    "after a procedure today or days ago: swelling growing hard or purple, pallor, faintness; a weeping wound with fever; a leg swollen": (
        [("had a kidney biopsy yesterday and now im pale and my heart is racing", "after_surgery"),
         ("after the heart cath his groin has a big hard lump and he feels faint", "after_surgery"),
         ("3 days after my op the incision smells and i have chills and fever", "after_surgery"),
         ("his new hip, the leg is twice bigger than the other and hurting", "after_surgery"),
         ("my left calf is swollen and red and i am short of breath", "after_surgery")],
        ["had a biopsy last year, no problems",
         "he had his angiogram in 2020 and they put in two stents",
         "my wound is healing well, a little crusty"]),
    "burns: hot liquid with skin peeling or big blisters; a fire with burns to the nose, lips or eyebrows": (
        [("dropped the kettle, boiling water all over her legs, the skin is coming off", "burns"),
         ("he spilt hot oil on his arm, huge blisters", "burns"),
         ("the gas grill flared up and singed his eyebrows, lips are blistered and his voice is croaky", "burns"),
         ("burn the hand with the hot oil, the skin is white and no pain", "burns")],
        ["the hot tea spilled on the table",
         "sunburn with big blisters from the beach last summer",
         "burnt my tongue on hot pizza"]),
    "the belly: side pain with every bump hurting; a sudden pain with pallor; a tearing pain with a weak aorta": (
        [("lower right belly pain, every step makes it worse and i have a fever", "abdomen"),
         ("pain in my left side so bad im curled up, pale and sweaty", "abdomen"),
         ("sudden severe tummy pain, he is white as a sheet", "abdomen"),
         ("tearing pain between my shoulder blades, I have Marfan", "abdomen")],
        ["every step makes my knee worse, that is why we want a second opinion on the knee surgery",
         "right side pain when i run, a stitch, goes away with rest",
         "i have marfan syndrome and want a second opinion about my aortic root surgery",
         "my aorta was measured last year and is a normal size"]),
    "an aneurysm with a drooping eyelid or a big pupil; the top number alone; a slow pulse told number first": (
        [("brain aneurysm patient, sudden double vision and eyelid drooping", "neurologic"),
         ("her top number is 230 and she has a splitting headache", "vitals"),
         ("systolic 195 and chest pain", "vitals"),
         ("reading on the machine says 40 for his heart, he is very dizzy", "vitals"),
         ("the finger thing shows 84 for her oxygen", "vitals")],
        ["she has a small aneurysm being watched, no symptoms",
         "my pupils are big from the eye drops at the optician",
         "systolic was 185 at the clinic last month, they started a new pill"]),
    "an allergy: the throat feeling small, lips tingling, the voice changing after a trigger or with hives": (
        [("the new antibiotic, 10 min later she have itchy bumps all over and she say throat feel small", "swelling"),
         ("my lips are going numb and tingly and my throat is scratchy after the satay, im allergic to peanuts", "swelling")],
        ["my lips are numb after the dentist injection",
         "my throat is scratchy with this cold and my voice is hoarse"]),
    "no response to a shout or a shake; the whole body shaking with the eyes gone up; bowels or bladder lost with back pain": (
        [("mum is breathing but not answering when I shout", "unconscious"),
         ("client fall down and shake all body and the eyes go up", "unconscious"),
         ("i cant control when i poop now and my lower back is killing me", "cauda_equina"),
         ("back pain for weeks but now i cant feel when i need to pee and my legs are weak", "cauda_equina")],
        ["he doesnt answer when i call his phone, he is at work",
         "his whole body trembles from the parkinsons, the neurologist is changing his tablets",
         "my toddler wet his pants at nursery"]),
    "come over all peculiar, complaining of an arm, a grey colour; a racing pulse with chest pain": (
        [("Mother is 91 and has come over all peculiar, clammy and complaining of her arm", "heart_attack"),
         ("he has gone a funny grey colour and his chest feels like it is in a vice", "heart_attack"),
         ("pulse 130 and chest pain", "heart_attack")],
        ["my mother had a funny turn in 2019 and they found nothing, she is fine",
         "he is always complaining of his arm since the rotator cuff tear",
         "she came over all emotional when the surgeon explained the options"]),
    "a squeak breathing in after a trigger; gurgling after something went down the wrong way; not knowing if he breathes": (
        [("he is sucking in air, making a squeaky noise, after the prawn curry", "breathing"),
         ("her lips swelled after the peanut butter and now there is a whistling sound when she breathes in", "swelling"),
         ("a bit of bread went down the wrong way and he is gurgling and cant clear his throat", "breathing"),
         ("grandpa went down in the garden and isnt moving, i cant tell if hes breathing", "unconscious")],
        ["the baby makes a squeaky noise when she feeds, the midwife said its normal",
         "i dont know if he is breathing properly at night, he snores, the sleep clinic is checking"]),
    "fluid from an ear after a fall; a fever with freezing hands or blue knees; a rash that stays under a glass": (
        [("blood is coming out of his ear after he fell off his bike", "neurologic"),
         ("she has a high fever, her hands and feet are freezing and her knees look blue", "sepsis"),
         ("the spots on her tummy dont go away when i press a glass on them", "sepsis")],
        ["he had an ear infection last week with a bit of fluid from his ear, antibiotics fixed it",
         "my hands and feet are always freezing in winter, raynauds"]),
    "shivers during chemotherapy; an alarm for carbon monoxide with anyone ill; a low temperature with confusion": (
        [("im on chemo and have a temperature of 37.8 and feel shivery", "sepsis"),
         ("the alarm is showing carbon monoxide and my wife has fainted", "poisoning"),
         ("temp 34 and he is confused and cold", "vitals")],
        ["on chemo, temp 36.8, feeling fine, just tired",
         "we tested the co alarm and it works fine",
         "the room temperature is 35 in the summer here"]),
    "told in other Englishes: pressing does not stop it, no air, a hard big belly, the heart attack feeling again": (
        [("the blood coming too much from his arm, i press and not stop", "bleeding"),
         ("she cannot talking because no air, she lean forward on the table", "breathing"),
         ("his stomach very big and hard and he cry for pain", "abdomen"),
         ("uncle say he have the heart attack feeling again like last time, sweat and pain", "heart_attack"),
         ("the old lady breathing very hard and fast and she not answer good", "breathing"),
         ("she have the black poo since 3 days and now she fall down in the kitchen", "bleeding")],
        ["she had the heart attack feeling in 2018 and it was only reflux",
         "i am scared of getting the heart attack feeling again after the surgery",
         "the blood test shows too much iron",
         "the baby hasnt pooed for 3 days, is that normal on formula",
         # ("since his stroke in 2015 his left hand is clumsy and his speech is not clear" is asked since s23's own-clause
         # rule: tests/safety/test_review_rv30.py)
         "my dad had a stroke 3 years ago and his face doesnt move on the left side"]),
    "after a belly operation the belly swelling; the whole body shaking with foam; a fever with purple spots": (
        [("after the surgery on the belly, she have big pain and the belly swell and she vomit", "after_surgery"),
         ("he shake all the body and the mouth have foam", "unconscious"),
         ("the little one have fever and the spots purple on the arms", "sepsis"),
         ("my grandfather burn from the fire on his hands and face", "burns")],
        ["i had burns on my hands in 2010 from a kitchen fire, fully healed",
         "his belly is hard from all the muscle, he works out"]),
    "half the field gone; the scrotum red with swelling told apart; no feeling when peeing; a chemical in the eyes": (
        [("suddenly cant see half of things on the right and my head hurts", "stroke"),
         ("his scrotum is red, swollen and very tender since this morning", "testicular"),
         ("since yesterday no feeling when i pee and my back is killing me", "cauda_equina"),
         ("acid from the battery splashed on his face and eyes", "burns")],
        ["i cant see half the words on the screen without my glasses",
         "his scrotum was red and swollen last year with an infection, antibiotics cleared it",
         "the bleach splashed on the floor, nothing got on me"]),
    "chest pain told with its length; a belly rigid; sight lost in one eye; negation inside the words stays negation": (
        [("chest pain 40 minutes", "heart_attack"),
         ("rigid belly", "abdomen"),
         ("sudden blindness left eye", "neurologic")],
        ["my stomach is not rigid, it is just bloated after dinner",
         "blindness in one eye from glaucoma, stable for years",
         "the wound is not swollen and not hard",
         "his scrotum is not red or swollen",
         "her knees are not blue and her hands are warm",
         "my throat is not tight and my lips are not tingling",
         "the testicle is not higher and does not hurt",
         "he is not pale and not dizzy after the biopsy yesterday"]),
    "formal and written English: an oppressive sensation in the chest, words become indistinct, drowsy following a fall": (
        [("Dear doctor, my father reports an oppressive sensation in the chest for the past hour, with perspiration", "heart_attack"),
         ("I write for my uncle, who this afternoon became unable to lift his teacup and whose speech has become indistinct", "stroke"),
         ("Following her fall on the stairs my mother has become increasingly drowsy and has vomited twice", "neurologic")],
        ["he cant lift his mug since the wrist fracture",
         "following her fall last year she had physio and is walking well"]),
    "an arm gone heavy with sweat and a grey colour; a mouth gone funny and a name that will not come; shot in a limb": (
        [("my husband is sweating and grey and says his arm is heavy", "heart_attack"),
         ("grandma's mouth went funny and she can't say my name", "stroke"),
         ("my cousin got shot in the leg and its bleeding", "bleeding")],
        ["i got my flu shot and my arm is heavy and sore",
         "the proposal was shot down by the surgeon",
         "he was stabbed in the back by his business partner, figuratively",
         "she cant say the names of her new medicines, they are so long"]),
}


test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_or_everyday_look_alike_stays_quiet = rule_tests(RULES)


# --- a sign told as one clause of a long answer about the plan ------------------------------------------------
@pytest.mark.parametrize(("line", "category"), [
    ("we were sorting out the letters for the second opinion about his heart valve when he went quiet and one side "
     "of his mouth is not moving now, he is 74", "stroke"),
    ("thanks for the list of questions, I will ask the surgeon about recovery times, but right now my son has pain "
     "in one of his balls and he has thrown up twice", "testicular"),
    ("the second opinion is about her colon, we have the scans ready, only tonight she had bloody bowel movements "
     "three times and she gets dizzy when she stands", "bleeding"),
])
def test_a_sign_inside_a_long_answer_still_reaches_the_urgent_turn(line, category):
    result = screen(line)
    assert result.is_emergency and category in result.categories, result


def test_the_loss_of_sight_is_named_as_such():
    assert "a sudden loss of sight" in screen("a grey veil crept over the sight of my left eye an hour ago").labels()


def test_a_procedure_years_ago_is_no_setting_for_faintness_now():
    # the setting needs a time of today or days ago: a biopsy in 2015 does not make a dizzy spell urgent
    assert level("i had a liver biopsy in 2015 and get a bit dizzy in the heat") != "emergency"
