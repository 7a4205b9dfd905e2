"""The rules added when round 14 was folded in for its missed emergencies (12a): the blocks named *_r14 in
dialogues/red_flags.yaml and the round-14 words of typos and phrases. By kind: pills already taken with a
wish to die or with weariness; "I won't be here to ..." with a plan or the means at hand; someone else saying
they will jump, with a goodbye message or a phone not answered; ten or more tablets, or whole packs; double
doses with dizziness or confusion; opioids with a slow breathing rate; naloxone given; a household chemical
swallowed, or an unknown liquid from the shed, with a burnt mouth; a lot of spirits with vomiting or
drowsiness; melena and hematemesis in clinical shorthand with counts, amounts, a low haemoglobin or a fast
pulse; black stools with weakness told in other words; fits without waking between; no answer after a
collapse; both legs gone weak with no standing; breath that will not come; blood soaked through; red urine
with clots; pain with a known aneurysm; a boy's private parts; days after a birth with a headache, blurred
sight or a high pressure; cancer treatments with a fever; an opened wound; large and airway burns; a fuel
burner left on with two people ill; a neck that hurts to bend; a baby in shorthand ("6wk"); limp and grey;
Spanish bleeding that will not stop and blood pressure. Dropped g's ("burnin up"), Jamaican patois
("cyaan", "nuh", doubled adjectives) and words typed by ear ("chess pain", "a sees her").
Phrasings are our own, written from clinical knowledge and how people talk (texting, dialects, non-native
grammar, numbers, Spanish), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "self-harm: pills already taken with a wish to die, weariness or hopelessness": (
        [("i dont want to continue my life anymore, i took all my sleeping pills", "self_harm"),
         ("i have taken the tablets from my dads drawer, i dont want to go on living", "self_harm"),
         ("Me not want continue life. I drink the pills already.", "self_harm"),
         ("i no want live no more, i take all pill of my wife", "self_harm"),
         ("everything is pointless, ive swallowed my tablets, all of them", "self_harm"),
         ("cant do this no more, took the lot", "self_harm")],
        ["i do not want to continue with chemo, i want a second opinion",
         "i dont want to continue this treatment, it is making me sick",
         "my sister took her pills this morning as usual",
         "i took my antidepressants this morning",
         "took a dozen photos of the rash for the doctor"]),
    "self-harm: not here for what comes next, with a plan or the means at hand": (
        [("i wont be here to see the results, im doing it tonight", "self_harm"),
         ("i won't be here much longer, i have the pills right here", "self_harm")],
        ["i wont be here to sign the form on monday because i am travelling",
         "i wont be around next week, we are away",
         "i wont be here much longer than an hour at the clinic"]),
    "self-harm, someone else: a jump said, a goodbye message, a phone not answered": (
        [("my brother texted me goodbye and now his phone goes straight to voicemail", "self_harm"),
         ("my son keeps saying he will jump off the bridge, he is not picking up", "self_harm"),
         ("my daughter message me goodbye and say she jump from the building, she not answer the phone", "self_harm"),
         ("he told me hes going to jump, now his phone is off", "self_harm")],
        ["he said he will jump at the chance to see another doctor",
         "my friend says he will jump in the pool with the kids",
         "she texted goodbye before her flight, she is not answering her phone because she is on the plane",
         "my dad left a voicemail saying goodbye, he is going on a cruise",
         "my son jumps on the trampoline all day"]),
    "overdose: ten or more tablets, whole packs, double doses with symptoms": (
        [("ive taken about 15 of my co-codamol by mistake", "poisoning"),
         ("i took 2 whole packs of paracetamol an hour ago", "poisoning"),
         ("ingested approx 25 tabs of acetaminophen 500mg", "poisoning"),
         ("grandad accidentally took double his blood pressure pills and now hes very dizzy", "poisoning"),
         ("gran took her water tablets twice over and now shes confused and dizzy", "poisoning")],
        ["i took 2 paracetamol for the headache",
         "she took 1 tablet of ibuprofen",
         "he has been on 20 tablets a month of oxycodone for years",
         "my aunty takes her sugar pills twice a day",
         "she took 2 of her sleeping tablets"]),
    "overdose: opioids with a slow breathing rate; naloxone given": (
        [("husband took oxycodone and gabapentin, breathing only 5 times a minute", "breathing"),
         ("resps 8 and hard to rouse after his oxycodone", "breathing"),
         ("had to give him narcan twice, he is still groggy", "poisoning")],
        ["resp rate 16, bp 120/80, all normal",
         "the nurse showed me how to give narcan",
         "he carries narcan in case",
         "i did the naloxone training at the pharmacy"]),
    "poisoning: a chemical named then swallowed, an unknown liquid from the garage, a burnt mouth; spirits": (
        [("toddler drank something out of a bottle in the garage and his lips are blistered", "poisoning"),
         ("bleach in her mouth, she swallowed some, throat burning", "poisoning"),
         ("he swallow the drain cleaner, his mouth is bleeding", "poisoning"),
         ("friend necked half a bottle of vodka, shes vomiting and barely conscious", "poisoning"),
         ("she downed a whole bottle of gin and we cant wake her", "poisoning")],
        ["i worry about the chemicals in the water i drink",
         "the bottle in the garage is for the lawnmower"]),
    "gut bleeding: clinical shorthand with counts, amounts, numbers; black stools with weakness": (
        [("coffee ground emesis x2, pulse 124", "bleeding"),
         ("hematochezia large amount, Hb 7.1", "bleeding"),
         ("black stools and weak as water, almost passed out in the bathroom", "bleeding")],
        ["had melena in 2019 from an ulcer, fine since",
         "history of hematemesis, scoped last year",
         "his hgb was 7 last year and he needed iron",
         "melena workup negative, colonoscopy clear"]),
    "seizures one after another; no answer after a collapse": (
        [("she had two fits back to back and hasnt come round in between", "unconscious"),
         ("mum just had one fit then another straight after", "unconscious"),
         ("mum collapsed in the garden, doesnt respond when i shout her name, eyes shut", "unconscious"),
         ("i find my husband on the floor, he not answer when i shake him", "unconscious")],
        ["she had a seizure in 2015",
         "he had another seizure last month and the neuro changed his meds",
         "he doesnt answer when i call him on the phone",
         "she doesnt react when i call her name because she is deaf"]),
    "both legs gone weak and no standing; breath that will not come": (
        [("both my legs went numb this afternoon and now i cant stand up at all", "neurologic"),
         ("my husband legs gone weak since this morning, now he cant stand or walk", "neurologic"),
         ("breath is not coming, can only say 2 words", "breathing"),
         ("air wont go in, chest so tight", "breathing")],
        ["my legs went weak at the gym yesterday after squats",
         "his legs went weak after the long walk yesterday but he is fine",
         "he cant walk at all since his stroke in 2018",
         "i cant talk long, the kids are home"]),
    "bleeding: soaked through; red urine with clots": (
        [("sliced my hand on the angle grinder, blood soaking through the towel", "bleeding"),
         ("pee is bright red with big clots", "bleeding")],
        ["urine was pink after beetroot",
         "the urine bag is changed every day"]),
    "known aneurysm with new pain; a boy's private parts; days after a birth": (
        [("the aneurysm they are monitoring in his belly, now his back is killing him", "abdomen"),
         ("my boy says his nuts hurt real bad, it started sudden", "testicular"),
         ("pain in his privates all of a sudden and hes vomiting", "testicular"),
         ("delivered two weeks back, pressure high and seeing spots", "pregnancy"),
         ("gave birth 5 days ago, now bad headache and blurry vision", "neurologic")],
        ["my son says his private area itches",
         "my son hurt his knee at football",
         "my son has no pain, the lump in his testicle is painless",
         "gave birth 6 weeks ago, second opinion about her thyroid",
         "she delivered 3 weeks ago and is doing great",
         "her blood pressure is high, she takes tablets for it"]),
    "cancer treatments with a fever; an opened wound; large and airway burns": (
        [("hes on them cancer treatments and hes hot and shaking", "sepsis"),
         ("his incision split open and i can see his guts", "after_surgery"),
         ("wound dehisced after the c section", "after_surgery"),
         ("scalded both arms, skin coming off in strips", "burns"),
         ("burnt his whole arm on the bbq", "burns"),
         ("face burned in the fire, eyebrows singed, voice going hoarse", "burns")],
        ["she is on cancer treatments and tired",
         "she had chemo treatments last year",
         "the incision healed well",
         "had a c section 2 years ago",
         "my sunburn is peeling off in sheets",
         "burned my arm on the oven last week, it healed"]),
    "carbon monoxide: a fuel burner left on or playing up, two people ill together": (
        [("generator running in the garage all night and we all feel dizzy and sick", "poisoning"),
         ("our boiler has been acting up and my wife and i both have headaches and feel sick", "poisoning")],
        ["the heater was on all night, we slept well",
         "we both woke up late today"]),
    "a neck that hurts to bend with a fever; a young baby in shorthand; limp and grey": (
        [("my son screams when i try to bend his neck and has a temperature", "sepsis"),
         ("6wk old son temp 38.2", "sepsis"),
         ("the baby is all limp and grey", "unconscious"),
         ("my 4 month old is floppy and grey and wont feed", "unconscious")],
        ["my daughter has a temperature but is playing",
         "my baby is 8 weeks old, can i get a second opinion on her reflux",
         "the baby is 2 months old, what vaccines",
         "my 6 week old is feeding well",
         "my son walks with a limp since football",
         "baby is not floppy, she's feeding well and has lots of wet diapers"]),
    "self-harm: a plan and the means; a bath run with the razor; hanging; insulin all injected; over dose": (
        [("i have a plan and the means, i will do it tonight", "self_harm"),
         ("the bath is full and i have the razor", "self_harm"),
         ("my brother is hanging in the garage", "self_harm"),
         ("found him hanging in the shed", "self_harm"),
         ("my friend posted a goodbye on instagram and took pills", "self_harm"),
         ("injected all my insulin pens", "poisoning"),
         ("i hav taken over dose, feel sleepy", "self_harm"),
         ("she swallowed her whole month of lithium", "poisoning"),
         ("found him blue with a needle next to him", "unconscious")],
        ["i have a plan for the records, my daughter will help",
         "we made a plan with the surgeon",
         "i ran a bath for my mum",
         "he locked himself out of the house",
         "my coat is hanging in the garage",
         "the rope is hanging in the shed",
         "he is hanging out in the garage with his friends",
         "he injected his insulin as usual",
         "i have a months supply of insulin",
         "we found her a good doctor"]),
    "clinical shorthand a carer copies: GCS, potassium, INR, ANC, troponin, an active bleed, left-sided": (
        [("GCS 8 after the fall", "unconscious"),
         ("K 7.1 on todays labs, heart feels funny", "vitals"),
         ("INR 9 and bleeding gums", "bleeding"),
         ("ANC 200, temp 38.6", "sepsis"),
         ("troponin rising and chest pain ongoing", "heart_attack"),
         ("active GI bleed, BP dropping", "bleeding"),
         ("new L sided weakness onset 30 min ago", "stroke"),
         ("left-sided weakness started an hour ago", "stroke")],
        ["GCS 15, alert",
         "INR 2.5 on warfarin, in range",
         "he has residual left sided weakness from his stroke in 2019",
         "left sided weakness since birth, cerebral palsy"]),
    "Appalachian and patois: cain't, took bad, out of his head, nuh wan wake": (
        [("she's took bad, cain't get her breath", "breathing"),
         ("hes gone dead poorly, burnin up and plumb out of his head", "sepsis"),
         ("di pickney hot hot an a vomit, she nuh wan wake up", "unconscious")],
        ["he was out of his mind with worry about the bill",
         "she took bad news well"]),
    "non-native grammar: a mouth gone one side, speech nobody understands, a headache never like this, the glass": (
        [("my father mouth go one side, he talk cannot understand", "stroke"),
         ("wife very bad head pain, never like this before, vomit also", "neurologic"),
         ("child very hot and have purple spot not go away with glass", "sepsis"),
         ("my uncle fall from ladder, head bleeding, he vomit two time and sleepy", "neurologic"),
         ("the stomach pain very strong, cannot touch, hard like board", "abdomen")],
        ["he fell off his bike last year and hit his head, fine now",
         "the rash went away when i pressed the glass",
         "i never had a second opinion like this before",
         "she had a fall in the kitchen, just bruised knee",
         "he went to one side of the room"]),
    "burns over half the back or with clothes melted on; a poison with pallor and sweating": (
        [("my kid got burned by hot grease over half her back", "burns"),
         ("caught fire, his shirt melted onto his skin", "burns"),
         ("dog poison pellets, my son ate some, hes pale and sweaty", "poisoning")],
        ["my shirt caught on the door",
         "the house caught fire in 2010, we were fine",
         "burned my finger on the stove, small red mark"]),
    "Appalachian: hurting in the chest with sweating; a face drawn up on one side": (
        [("he's a-hurtin in his chest real bad and sweatin", "heart_attack"),
         ("pap's face is all drawed up on one side and he's talkin outta his head", "stroke")],
        ["his ribs are hurting in his chest since he fell, the xray was fine",
         "he's been right poorly with the flu, gettin better now"]),
    "Spanish: a baby of weeks or a month with a fever": (
        [("el bebé tiene fiebre de 38.5 y tiene 1 mes", "sepsis"),
         ("mi bebé de 3 semanas tiene fiebre", "sepsis"),
         ("recién nacido con fiebre", "sepsis")],
        ["tiene fiebre de hace dos semanas, ya está bien",
         "mi hija tiene 2 meses con tos, ya la vio el doctor"]),
    "a testicle sitting high; a hot child with a stiff neck": (
        [("pain in his groin and his ball is high and swollen", "testicular"),
         ("the child is very hot, the neck is stiff, she cry like cat", "sepsis")],
        ["his testicle was undescended at birth",
         "my dad had a stroke 3 years ago and his face doesnt move on the left side"]),
    "Spanish: bleeding that will not stop; a dangerous blood pressure": (
        [("mi papá toma anticoagulante y le sangra la nariz sin parar", "bleeding"),
         ("le sangra la herida desde hace dos horas y no para", "bleeding"),
         ("la presión de mi mamá está en 210/120", "vitals"),
         ("su presión está en 190/110 y ve borroso", "vitals")],
        ["ella toma warfarina, la nariz sangró un poco ayer y paró",
         "¿Cuáles son los riesgos de sangrado con el anticoagulante?",
         "la presión estaba en 190 el año pasado"]),
    "words typed by ear, dropped g's and patois": (
        [("she is havin a seizer on the floor", "unconscious"),
         ("my wife is having a sees her right now", "unconscious"),
         ("chess pain and sweatin buckets", "heart_attack"),
         ("mi granny cyaan breathe, she lips blue", "breathing"),
         ("he stiff stiff an jerkin, she nuh wake", "unconscious"),
         ("she burnin up and throwin up and dont know where she is", "sepsis")],
        ["we played chess after dinner, no pain at all",
         "she sees her doctor on monday",
         "I get a little short winded walkin up the hill, been that way a couple years, doc knows"]),
}

test_round14_12a_signs_reach_the_urgent_turn, test_round14_12a_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "i dont want to continue my life like this",
    "i dont wana be here no more",
    "he say he will jump",
    "i think about dying a lot lately",
    "sometimes i wish i could just disappear",
    "my sister keeps talking about not wanting to live",
])
def test_a_wish_to_die_or_a_threat_alone_gets_at_least_the_question_with_the_crisis_line(line):
    """Said alone, without pills taken, a plan or silence: never quiet, and the crisis line goes with it."""
    result = screen(line)
    assert result.level in ("ask", "emergency"), result
    assert result.crisis, result.categories


def test_a_wish_to_die_inside_a_long_answer_about_records_still_reaches_the_urgent_turn():
    line = ("the records are mostly from the county hospital and the scans are on a disc somewhere, "
            "my daughter said she would help me get them but honestly i do not want to continue my life, "
            "i took the tablets from the drawer an hour ago, so it does not matter much")
    result = screen(line)
    assert result.is_emergency, result
    assert result.crisis


def test_dropped_g_and_patois_words_read_as_english():
    from safety.safety_support import safety

    assert [safety._spell(word) for word in ("burnin", "throwin", "cyaan", "nuh", "inna", "stumick")] == [
        "burning", "throwing", "cant", "not", "in", "stomach"]
    assert level("nuh chest pain, just tired") == "none"
