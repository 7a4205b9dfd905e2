"""Thoughts of suicide and self-harm by their kinds, in every wording (issue 12, helper sh5).

Written from clinical knowledge, not from any round: the Columbia scale's steps (a wish to be dead,
thoughts of killing oneself, a method, an intent, a plan, preparing: giving things away, goodbye
letters, saving pills, researching how), self-harm now (cutting, burning, hitting), the "better off
without me" / "burden" / "no point" / "can't go on" / "sleep and not wake up" family, texting words
(kms, unalive, sewerslide), non-native English, Spanish, a teenager, an elderly person and a
caregiver telling of a spouse, a parent or a teenager, each with "now", "tonight", "again" or
"keep thinking". The rules behind them (dialogues/red_flags.yaml, section "self_harm_families")
are written by family, not from these lines.

Each family has look-alikes that must stay quiet: idioms ("this job is killing me"), history told
as history, a question about a medicine's risk, ordinary errands with the same words (letters for
a birthday, a week's pills in the organiser, giving away outgrown clothes). Lines told as history
or as a worry about the future may get the check question with the crisis line, never the urgent
turn. The tests in tests/data/self_harm_own.csv were measured before these rules were written
(docs/safety.md).
"""

from __future__ import annotations

import pytest
from safety.safety_support import rule_tests, screen

S = "self_harm"

# family -> (lines that reach the urgent turn, with their category), then look-alikes that stay quiet
RULES = {
    "a wish to be dead or not to exist (C-SSRS 1)": (
        [("some days i wish i wasnt alive", S),
         ("honestly id rather be dead than keep feeling like this", S),
         ("im so tired of being alive", S),
         ("i just dont wanna be alive anymore", S),
         ("i wish i could just stop existing", S),
         ("i want to not exist anymore", S),
         ("i pray every night that i dont wake up tomorrow", S),
         ("i keep wishing i would die in my sleep tonight", S)],
        ["im so tired of being sick all the time",
         "i wish i could stop worrying about the results",
         "i pray every night that the scan comes back clear",
         "my old account doesnt exist anymore on the patient portal"]),
    "thoughts of killing oneself, again or all the time (C-SSRS 2)": (
        [("i keep having thoughts of ending things", S),
         ("the thoughts of suicide are back again tonight", S),
         ("i cant stop thinking about killing myself", S),
         ("the thought of ending my life keeps coming back", S),
         ("been thinking a lot about not being here anymore", S),
         ("i keep thinking about taking all my pills at once", S),
         ("ive been having suicidal thoughts every day this week", S)],
        ["i keep thinking about my dad who died last year",
         "i cant stop thinking about the biopsy result",
         "i keep thinking about taking all my records to a new doctor"]),
    "a method or researching how (C-SSRS 3)": (
        [("i searched how many sleeping pills would kill me", S),
         ("been looking up painless ways to die", S),
         ("i googled how to end my life last night", S),
         ("i read online how much insulin it takes to kill someone", S),
         ("ive been researching ways to kill myself", S),
         ("i keep thinking about driving off the bridge on my way to work", S),
         ("im thinking about jumping in front of a train tonight", S),
         ("i have a gun at home and i keep thinking about using it on myself", S)],
        ["i searched how many ibuprofen i can take in a day",
         "i googled whether this drug can damage my liver",
         "i looked up how long people usually live with this cancer",
         "i drive over the bridge on my way to work"]),
    "an intent or a plan (C-SSRS 4-5)": (
        [("i have a plan to end my life", S),
         ("ive planned how to kill myself", S),
         ("ive worked out exactly how id end it", S),
         ("i know how im going to kill myself and when", S),
         ("i tried to kill myself yesterday and ill try again", S),
         ("the attempt didnt work, i will try again tonight", S)],
        ["ive decided to do the surgery on friday",
         "i have a plan for getting the second opinion",
         "i know exactly how and when ill tell my family about the diagnosis",
         "the first treatment didnt work, we will try again next month"]),
    "preparing: giving things away, goodbye letters, saving pills (C-SSRS behaviour)": (
        [("im giving all my stuff away, i wont need any of it soon", S),
         ("gave my books and my cat away, i wont need them where im going", S),
         ("i wrote a goodbye letter to my mum", S),
         ("been saving my oxy for when im ready", S),
         ("said goodbye to everyone today, its time", S),
         ("i made a will and wrote notes to everyone, i wont be here next week", S)],
        ["were giving away the baby clothes our kids outgrew",
         "i wont need my crutches soon, so im giving them to a friend",
         "im writing cards to my grandkids for their birthdays",
         "i have this weeks pills ready in the organiser",
         "said goodbye to everyone at work today, i retire tomorrow"]),
    "self-harm now: cutting, burning, hitting": (
        [("the urge to cut is so strong right now", S),
         ("i want to cut tonight so bad", S),
         ("i burned myself with a cigarette again", S),
         ("i scratch my arms until they bleed on purpose", S),
         ("i cut again last night, deeper this time", S),
         ("relapsed and cut my legs", S),
         ("i keep banging my head on the wall till it bleeds", S),
         ("i hurt myself again tonight", S)],
        ["i cut my thumb on a tin can",
         "the urge to smoke is so strong tonight",
         "i want to cut down on sugar",
         "he bangs his head on the cot when hes tired, the health visitor says its normal"]),
    "better off without me, a burden, no point, can't go on, sleep and not wake up": (
        [("theyd all be happier if i wasnt here", S),
         ("im nothing but a burden, it would be easier for everyone if i was gone", S),
         ("no one would care if i died", S),
         ("nobody would even miss me if i was gone", S),
         ("i just want to go to sleep and never wake up", S),
         ("theres no way out but to die", S),
         ("i just want the pain to end for good, i cant do this anymore", S),
         ("whats the point of me even being here", S)],
        ["i feel like a burden asking my daughter to drive me to appointments",
         "no one would care if i skipped the follow up",
         "i just want to sleep, i was up all night with the baby",
         "i want the pain in my knee to end, thats why i want a second opinion"]),
    "texting words and slang": (
        [("gonna kms tonight", S),
         ("i wanna unalive myself fr", S),
         ("thinking of unaliving tbh", S),
         ("i want to sewerslide", S),
         ("tryna off myself", S),
         ("i dont wanna be here no more", S),
         ("i want to not be here anymore", S)],
        ["lol that joke killed me",
         "im so done with this insurance stuff fr",
         "this traffic is gonna be the death of me",
         "i want to not be here when they do the biopsy, can my husband go"]),
    "non-native English": (
        [("i am thinking to finish with my life", S),
         ("i want kill me, is too much", S),
         ("i no want live, is too hard", S),
         ("i want to make suicide", S),
         ("i think for killing myself every night", S)],
        ["i want to finish with this doctor and find other",
         "i no want the operation, is too risky",
         "i want to stop my medicine, the side effect is too hard"]),
    "Spanish": (
        [("quiero quitarme la vida", S),
         ("ya no quiero seguir viviendo", S),
         ("tengo ganas de morirme", S),
         ("me quiero matar esta noche", S),
         ("pienso en suicidarme todos los dias", S),
         ("mi hija dice que se quiere morir", S),
         ("mi papa dice que ya no quiere vivir", S)],
        ["me muero de hambre",
         "me muero de ganas de saber el resultado",
         "estoy muerta de cansancio",
         "mi abuelo murio hace años del corazon"]),
    "a teenager and an elderly person in their own words": (
        [("im 14 and i hate my life and want to kill myself, my parents dont know", S),
         ("i keep cutting my thighs so no one sees", S),
         ("at my age id be better off gone, i pray the lord takes me tonight", S),
         ("ive lived long enough, i want to go to sleep and not wake up", S),
         ("ive stopped taking my heart pills so it ends sooner", S)],
        ["at my age i dont want a big operation",
         "ive lived a good life and want comfort care only",
         "im 15 and my knee hurts after football"]),
    "a caregiver telling of a spouse, a parent or a teenager": (
        [("my husband says he wants to go to sleep and never wake up", S),
         ("my mum keeps saying shes a burden and wed be better off without her", S),
         ("my son has been looking up ways to kill himself", S),
         ("my daughter is cutting again, i found blood on her sheets", S),
         ("my wife says she wishes she was dead", S),
         ("my father is saving up his pills and says hes had enough", S),
         ("my teen posted a goodbye message on instagram tonight", S),
         ("my dad says everyone would be happier if he was gone", S),
         ("i found blades hidden in my daughters room and fresh cuts on her arms", S)],
        ["my dad says the hospital food is killing him",
         "my mum has dementia and keeps saying shes ready to go home",
         "my son is writing an essay about suicide prevention for school",
         "my daughter cut her hand on a broken glass, it needed two stitches"]),
    "the same words in an errand, a pet, a place to live, a trip, a typo": (
        [("i dont want to live like this", S),
         ("id be better off dead, even my dog ignores me", S),
         ("she doesnt want to live anymore", S),
         ("no quiero vivir asi", S),
         ("gave away my guitar and my records, i wont need them after tonight", S),
         ("my brother bought a gun last week and keeps talking about using it on himself", S)],
        ["im sick of life admin, the forms never end",
         "can i use it on myself, the cream my son was prescribed",
         "i searched how to die my hair for the wedding",
         "i have a plan to end my chemo early and try immunotherapy",
         "it would be easier for everyone if i wasnt here during the visit",
         "things will be easier when im gone on holiday",
         "the urge to scratch is unbearable with this eczema",
         "they want to cut again, a second operation",
         "my pay was cut again this month",
         "relapsed and they cut my dose",
         "gave away my old pram, we wont need it anymore",
         "gave away my crutches, i wont need them anymore",
         "my attempt to book failed, ill try again tomorrow",
         "my husband used to cut my hair and did it again today",
         "she doesnt want to live in a care home",
         "no quiere vivir en una residencia",
         "i dont want life support if it comes to that",
         "i want to stop my life support",
         "im not safe by myself on the stairs since the fall",
         "we went jumping off the pier into the sea",
         "i looked up how many people die from this operation",
         "the surgeon cut deeper than planned",
         "my dog is better off dead than suffering, the vet agrees",
         "my mum doesnt want to live with us and wants her own flat"]),
    "more of each family, written after a second set of our own was measured": (
        [("i feel like i deserve to die", S),
         ("i need my life to end", S),
         ("i wish i could go to sleep forever", S),
         ("my kids would be better without me", S),
         ("everyone would be relieved if i was gone", S),
         ("i took a razor to my thighs last night", S),
         ("she keeps trying to hurt herself with scissors", S),
         ("i burn my arms every night", S),
         ("my nan has stopped eating so the end comes sooner, she says", S),
         ("estoy cansada de vivir", S),
         ("mi hija se corta las muñecas", S),
         ("ive been keeping back my sleeping pills and i know what im going to do with them", S),
         ("since my mum died i dont want to be alive anymore", S),
         ("is it normal to want to die every day", S),
         ("my son said he has a noose and we wont hear from him again", S)],
        ["the team plays better without me, i should quit",
         "id be relieved if i didnt have to wake up at 5 for the clinic",
         "she stopped eating for a day so the nausea would ease",
         "se corto el brazo con un cuchillo cocinando",
         "i know what im going to do with the second opinion report",
         "since my mum died i dont want to live in her house",
         "we wont see them again until christmas",
         "the last time i saw him he had a rope in his car for towing"]),
    "idioms that must stay quiet": (
        [],
        ["this job is killing me",
         "im dying to know what the surgeon will say",
         "i would kill for a coffee",
         "i could kill him for losing my scans",
         "if i have to fill in one more form ill shoot myself lol",
         "my feet are killing me after the walk to the clinic"]),
    "a question about a medicine's risk": (
        [],
        ["can this drug cause suicidal thoughts?",
         "does sertraline increase the risk of suicide in teenagers",
         "is self harm a side effect of this medicine",
         "the leaflet mentions suicidal thoughts, how common is that"]),
}

test_each_family_reaches_the_urgent_turn, test_each_look_alike_stays_quiet = rule_tests(RULES)

# told as history, or as a worry about the future: the check question with the crisis line is allowed,
# the urgent turn is not
NOT_URGENT = [
    "i tried to overdose in 2015 and have been in therapy since",
    "i had suicidal thoughts years ago as a teenager",
    "i used to self harm in school but havent for ten years",
    "im scared i might get suicidal again if i stop my antidepressant",
    "what if my son becomes suicidal on this medicine",
    "i dont want to live with this knee pain forever",
    "im writing letters to my kids for their birthdays",
    "my psychiatrist knows about my past self harm",
]


@pytest.mark.parametrize("line", NOT_URGENT)
def test_history_and_worry_never_reach_the_urgent_turn(line):
    assert not screen(line).is_emergency, screen(line)


# history that comes back now is urgent again
BACK_NOW = [
    "i tried to kill myself in 2015 and the thoughts are back now",
    "i had suicidal thoughts as a teenager and im having them again tonight",
    "i used to cut years ago and i did it again last night",
]


@pytest.mark.parametrize("line", BACK_NOW)
def test_history_that_is_back_now_is_urgent(line):
    result = screen(line)
    assert result.is_emergency and result.crisis, result


SOMEONE_ELSE = [line for line, _ in RULES["a caregiver telling of a spouse, a parent or a teenager"][0]]


@pytest.mark.parametrize("line", SOMEONE_ELSE)
def test_a_caregiver_gets_the_advice_about_the_person_at_risk(line):
    result = screen(line)
    assert result.is_emergency and "crisis_other" in result.advice, result
