"""The rules added when round 8 was folded in, part b (docs/safety.md): overdoses and poisonings, a child
who got into something, a child in danger (dried out, a blow to the belly), pregnancy and after birth,
sugar both ways, someone else's talk of suicide with the means at hand, Spanish; and the kinds of false
alarm on ordinary lines (a list after a negation, nobody ill, a known cause, one's own baseline, treated
and healed, a past time, a question about what counts, idioms). Each rule is checked as a sign happening
now and as its negation, history, worry or everyday look-alike. Phrasings are our own, written from
clinical knowledge and how people talk, not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "an opioid or street drug with its signs": (
        [("my son is nodding out on the couch and theres a syringe on the floor", "poisoning"),
         ("hes on the nod, breathing super slow, pupils like pinpricks", "poisoning"),
         ("found my uncle gurgling and barely rousable, he shot up earlier", "poisoning"),
         ("she did fentanyl an hour ago and now her lips are grey and she wont wake", "poisoning")],
        ["my brother used heroin in his twenties, he is clean now and we want a second opinion on his liver",
         "i saw a needle on the scan report, they mean the biopsy needle"]),
    "a large amount of a medicine taken": (
        [("my girlfriend swallowed a whole bunch of her sleeping pills", "self_harm"),
         ("mum has taken a huge amount of her seroquel tonight", "self_harm"),
         ("he necked a load of his painkillers with vodka", "self_harm"),
         ("bf took too many of his percs and is hard to wake", "self_harm")],
        ["she has tried a lot of different antidepressants over the years, none helped",
         "he takes a lot of meds, we want a pharmacist to look at them"]),
    "a child who got into someone's medicine or a household poison": (
        [("our 2 year old got into nanas blood pressure pills", "poisoning"),
         ("the toddler chewed a dishwasher tablet", "poisoning"),
         ("my grandson drank out of a bottle of lighter fluid", "poisoning"),
         ("my 3 year old ate some of her dads heart tablets", "poisoning"),
         ("the kids got hold of my weed gummies and ate them", "poisoning")],
        ["my son takes his adhd meds every morning with breakfast",
         "my daughter finally swallowed her antibiotic dose without a fuss"]),
    "wild mushrooms or berries, then sick": (
        [("we had foraged mushrooms for lunch and now we both feel dizzy and sick", "poisoning"),
         ("my husband picked berries on his walk and ate them, now hes drowsy and confused", "poisoning")],
        ["we love picking wild mushrooms, is that okay with my liver condition",
         "we picked berries last summer with the grandkids"]),
    "a baby or small child dried out": (
        [("my 6 week old has sunken eyes and is not feeding", "breathing"),
         ("the babys soft spot is sunken and he is floppy", "breathing"),
         ("toddler has had diarrhoea all day, no wet nappies, cries with no tears", "breathing")],
        ["my baby cries with real tears and has plenty of wet nappies",
         "my son was dehydrated when he had the flu last year, he had a drip and has been fine since"]),
    "a blow to the belly, then signs of bleeding inside": (
        [("my son got kicked in the stomach at football and now his belly is swollen", "bleeding"),
         ("my 10 year old fell off the trampoline onto his stomach and his belly hurts a lot", "bleeding"),
         ("she hit her tummy on the handlebars and keeps throwing up", "bleeding"),
         ("after the car crash her tummy is getting bigger and she looks clammy and grey", "bleeding")],
        ["my son had a kick in the stomach at football last year, they took out his spleen, now we want a second opinion on his vaccines",
         "the baby kicks me in the ribs all night and i feel a bit sick, 30 weeks"]),
    "pregnancy: a hard painful belly, blood; after birth: strange beliefs about the baby": (
        [("i am 31 weeks and my stomach is rock hard and really painful", "pregnancy"),
         ("37 weeks, my belly has gone hard and there is some blood on my pad", "pregnancy"),
         ("my wife had the baby 10 days ago and now says the baby is not real", "pregnancy"),
         ("since giving birth she hasnt slept in 3 nights and is saying strange things", "pregnancy")],
        ["31 weeks and my belly gets hard now and then, the midwife says its braxton hicks",
         "since the birth im tired and not sleeping much, the baby feeds every two hours"]),
    "a high sugar with deep breathing or a fruity breath; a hypo with a reading under 3.5": (
        [("my sugar is 31 and im breathing really heavy", "diabetes"),
         ("her breath smells like pear drops and she is breathing deep and fast", "diabetes"),
         ("having a hypo, meter says 2.1", "diabetes"),
         ("hypo and my fingers wont work, 2.6 on the meter", "diabetes")],
        ["hypo last night, 2.9, had juice and it came up to 6.5",
         "my inr reading was 2.4 at the clinic last week",
         "his breath smells bad, he needs a dentist"]),
    "someone else's talk of dying with a gun, a knife or a rope at hand": (
        [("my son says he wants to die and he has his dads rifle", "self_harm"),
         ("she told me she would rather be dead and she is holding the bread knife", "self_harm"),
         ("my brother keeps saying he will hang himself and he bought a rope", "self_harm"),
         ("dad sent a goodbye text and took his pistol into the woods", "self_harm")],
        ["my husband has a gun licence and goes hunting on weekends",
         "my son said he wanted to die when he was 15, he is 30 now and happy"]),
    "Spanish: a wound come open, a listless child breathing fast": (
        [("se le soltaron los puntos de la cesárea", "after_surgery"),
         ("la herida de la operación está caliente y con pus y tengo fiebre", "after_surgery"),
         ("mi niña está muy decaída y respira rápido, no quiere comer", "sepsis")],
        ["me quitaron los puntos y la herida cerró bien",
         "mi niño come bien y no tiene fiebre"]),
}

test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_worry_or_look_alike_stays_quiet = rule_tests(RULES)


# --- the advice each of these gets -----------------------------------------------------------------
@pytest.mark.parametrize(("line", "advice"), [
    ("hes on the nod, breathing super slow, pupils like pinpricks", "overdose"),
    ("my girlfriend swallowed a whole bunch of her sleeping pills", "overdose"),
    ("our 2 year old got into nanas blood pressure pills", "poison"),
    ("we had foraged mushrooms for lunch and now we both feel dizzy and sick", "poison"),
    ("se le soltaron los puntos de la cesárea", "spanish"),
])
def test_the_urgent_turn_gets_the_right_advice(line, advice):
    result = screen(line)
    assert result.is_emergency and advice in result.advice, result


def test_someone_elses_talk_of_dying_gets_advice_about_them():
    result = screen("my brother keeps saying he will hang himself and he bought a rope")
    assert result.is_emergency and result.crisis and "crisis_other" in result.advice, result


def test_a_threat_of_suicide_is_no_worry_about_what_may_come():
    # "says he will ..." once read as a worry ("the doctor says it might bleed"); a person's own threat is not
    result = screen("my dad says he is going to shoot himself, he has guns in the house")
    assert result.is_emergency and result.crisis, result
    assert level("the surgeon says it might bleed after the operation") == "none"


# --- the kinds of false alarm of round 8 ------------------------------------------------------------
@pytest.mark.parametrize("line", [
    # a list after a negation; nobody ill
    "she denies headache, blurred vision, or seizures",
    "no fever, chills, or shortness of breath since the scan",
    "no blood in his stool or his vomit",
    "none of us has any symptoms, we just fitted a carbon monoxide alarm",
    # a question about what counts, or what a problem may turn into
    "what blood sugar counts as too low for a child",
    "at what oxygen level should we worry",
    "which sugar reading is dangerous",
    "can his atrial fibrillation turn into a stroke",
    # known and mild: the known illness, the person's own baseline
    "she gets breathless on hills because of her heart failure, that is what the second opinion is about",
    "short of breath on the stairs, its the copd they are treating",
    "her sats are 90 and have been for years with her copd",
    "his oxygen runs around 89, the lung doctor says thats his normal",
    # past and over: treated and healed, a past time, a past holiday, recovered
    "i had a fever after my knee surgery, treated with antibiotics and fully healed",
    "my daughter had a fit at easter, checked at the hospital, fine ever since",
    "he had a bleed in his stomach in the 80s and now they want him on blood thinners",
    "my son talked about suicide last year, he is doing much better now and has a safety plan",
    "she bumped her arm on the door, it has gone purple",
    "a low temp of about 37.6 since yesterday, should we still come on monday",
    # figures of speech
    "this paperwork is strangling me",
    "i am killing myself at the gym trying to get fit for the operation",
    "the automated phone menu makes me want to shoot myself",
    "an overdose of information from google tonight",
    "dad about passed out when he saw the bill",
])
def test_round_8_kinds_of_false_alarm_stay_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "no one is sick except my son who cant breathe",
    "she is short of breath from her heart failure and her lips are blue now",
    "his sats sit around 88, thats his baseline, but today they are 80 and he is blue",
    "i had a fever after surgery, treated with antibiotics, the fever is back at 39.5 and im shaking",
    "my daughter said last year she wanted to die, she is doing well now but tonight she said it again",
    "bruised all over and now his lips are purple",
    "what temperature counts as a fever, hers is 40 and she has a rash that wont fade",
    "i am killing myself tonight",
    "the insurance makes me want to kill myself and i have pills ready",
    "had bleeding in the stomach in the 90s and now im vomiting blood",
    "he said he would shoot himself if they amputate, he is loading his gun now",
    "mom about fainted and now shes on the floor not answering",
    # told after the treatment, a new event; a recent time; a worry about a child, kept apart
    "she had a uti, treated with antibiotics and cleared, then she became confused and feverish",
    "my son is doing well now, though last month he told me he wanted to die",
    "5 years sober, he relapsed and overdosed, he is not breathing",
])
def test_what_looks_like_those_false_alarms_but_is_not(line):
    assert level(line) != "none", screen(line)


# --- the same signs in texting style, non-native grammar, Spanish, or inside a longer answer ----------
@pytest.mark.parametrize(("line", "category"), [
    ("sorry its long, we want a second opinion on dads knee, anyway right now my son 3 swallow some pill from grandma bag", "poisoning"),
    ("ok the appointment is tuesday but my bro just took like a whole box of his depression pills", "self_harm"),
    ("she gave birth 2 weeks ago, now she say she will kill the baby", "pregnancy"),
    ("the baby has a temperature of 38 and she is only 7 weeks", "sepsis"),
    ("mi hija de 3 años se tomó el jarabe de su abuelo y está muy dormida", "poisoning"),
    ("tengo 34 semanas, la panza está dura y me sale sangre", "pregnancy"),
    ("la bebé no moja el pañal desde ayer y tiene los ojos hundidos", "breathing"),
])
def test_texting_non_native_and_spanish_wordings_reach_the_urgent_turn(line, category):
    result = screen(line)
    assert result.is_emergency, result
    assert category in result.categories, result.categories


@pytest.mark.parametrize("line", [
    "my toddler eats his vitamins every morning",
    "im scared my daughter might swallow my pills one day, how should i store them",
    "mi hijo se tomó su jarabe y está bien",
    "the baby is 8 weeks and has a mild cold, feeding well",
    "that news knocked me out cold",
    "we were choking back tears in the waiting room",
    "i wanted to die of embarrassment when i forgot my scans",
    "what would an overdose of her thyroid pills do",
    "my sugar runs high around 15 most mornings, we are adjusting the insulin with the nurse",
    "sore chest wall when i press on it, the gp said costochondritis",
])
def test_more_everyday_talk_stays_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "nodding off " * 2000, "handlebars " * 3000, "no tears " * 2500, "denies chest pain, or fainting, " * 500,
    "reading 2.4 " * 2000, "killing myself trying to " * 800, "se soltaron los puntos " * 800,
    "none of us is sick " * 1000, "its purple, bruised " * 1000,
])
def test_odd_and_repeated_input_of_the_new_rules_never_raises(line):
    assert screen(line).level in ("none", "ask", "emergency")
