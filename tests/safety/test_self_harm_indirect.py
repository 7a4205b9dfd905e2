"""Self-harm at risk now and overdoses, said without the usual words (issue 12, helper 12c).

Written from clinical knowledge, not from any round: the 988 Lifeline's warning signs and the
Columbia scale (C-SSRS) items (wish to be dead, thoughts, method, intent, plan, preparatory acts),
and overdose recognition; in people's own ways of talking (texting, typos, non-native English,
elderly phrasing, euphemisms, the sign as one clause inside a long answer about second-opinion
plans). The rules behind them are general (a means + an intent, a preparatory act + a time or a
finality, a farewell + now, a whole supply taken), not these lines. Each kind is checked with its
look-alikes: history, idioms, questions about risk, a screening question answered no, hospice and
end-of-life planning, advance directives, a pet put to sleep. Whether the advice is about the person
typing or about someone else is checked in test_self_harm_advice.py.
"""

from __future__ import annotations

import pytest
from safety.safety_support import rule_tests, screen

S, P = "self_harm", "poisoning"

# kind -> (signs at risk now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "a means at hand with an intent to die (C-SSRS: method + intent)": (
        [("ive saved up enough of my pills to not wake up", S),
         ("there is no point anymore, i have the rope", S),
         ("i have enough tablets put by to make sure i dont wake up tomorrow", S),
         ("i know exactly how many of my heart pills it would take and i have them", S),
         ("bought a gun today and i know what its for", S),
         ("looked up how many tylenol it takes to die and i have two bottles", S),
         ("got the pills in front of me, no point going on", S),
         ("i have the rope and the chair ready in the garage", S),
         ("the pills are enough to finish it, i counted", S),
         ("i cant do this anymore, ive got a whole stash of oxy ready", S),
         ("im done with everything, the knife is right here", S),
         ("nothing left for me, the bottle of sleeping pills is next to the bed", S),
         ("i have enough insulin to make it stop for good", S),
         ("i am tired of living and i have the pills", S),
         ("what is the point, ive got enough pills saved to end the pain for good", S)],
        ["i have enough pills saved for the two week trip",
         "i keep my pills next to the bed so i remember them",
         "the knife is right here, i was cutting onions for dinner",
         "how many tylenol can i take in a day without hurting my liver",
         "we bought a gun safe for the farm last year",
         "i have the rope for the tent and the chairs in the car"]),
    "a preparatory act with a time or a finality (C-SSRS: preparatory acts)": (
        [("i wrote letters to my kids tonight, theyll understand", S),
         ("gave my dog to my sister today, im done", S),
         ("i gave my cat to the neighbour, i wont need anyone to look after her after tonight", S),
         ("ive written my will and said my goodbyes, tonight is it", S),
         ("i put all my affairs in order this week and i am ready to go", S),
         ("wrote a letter for my husband to find in the morning", S),
         ("i left notes for everyone on the kitchen table", S),
         ("sorted out who gets my things, i wont be needing them", S),
         ("ive given away my guitar and my games, dont need them where im going", S),
         ("cancelled my appointments because i wont be around for them", S),
         ("i recorded a goodbye video for my daughter", S),
         ("tidied everything and wrote to each of my children, its time", S)],
        ["i gave my dog to my sister while i am in hospital for the surgery",
         "i wrote letters to the insurance company and the hospital about the bill",
         "we sorted out his will and power of attorney with the lawyer, all done",
         "i am giving away the baby clothes my son grew out of",
         "cancelled my appointment because the specialist is on holiday",
         "i put my affairs in order years ago when i was diagnosed, standard advice",
         "my mum wrote letters to the grandchildren for their birthdays"]),
    "a farewell with now or never again": (
        [("this is my last message, tell my kids i love them", S),
         ("by the time anyone reads this ill be gone", S),
         ("goodbye everyone, i wont see any of you again", S),
         ("tonight is my last night, i just wanted someone to know", S),
         ("sorry for everything, i love you all, goodbye", S),
         ("please tell my mum im sorry, i cant do it anymore", S),
         ("this is the last time youll hear from me", S),
         ("i wont be a problem for anyone after tonight", S),
         ("thank you for everything, its time for me to go for good", S),
         ("i just want to say goodbye before i go tonight", S)],
        ["goodbye for now, ill come back to this tomorrow",
         "this is my last question, thank you for your help",
         "thanks for everything, i will talk to my doctor on monday",
         "tonight is my last night in the hospital, going home tomorrow",
         "i said goodbye to my old oncologist, she is retiring",
         "by the time anyone reads this letter the surgeon will have decided"]),
    "sleep, rest or peace for good: a wish to die in other words (C-SSRS: wish to be dead)": (
        [("everyone would be better off if i just went to sleep for good", S),
         ("i just want to go to sleep and not wake up anymore", S),
         ("i want to go to sleep forever tonight", S),
         ("i want to be with my late husband, i am going to join him tonight", S),
         ("i want to go be with mum in heaven, i have her pills", S),
         ("i want the pain to stop for good, im going to make it stop tonight", S),
         ("id like to put myself out of my misery", S),
         ("i am ready to check out of this life", S),
         ("i dont want to be a burden anymore, im going to take the easy way out", S),
         ("i want to make it all stop permanently", S),
         ("want to close my eyes and never open them again", S),
         ("no reason to keep living, i want to go to sleep and not wake up", S)],
        ["i just want to go to sleep, i am so tired after the infusion",
         "i want the pain to stop, can the second surgeon help with that",
         "im going to sleep now, goodnight",
         "my husband passed peacefully in his sleep last year",
         "she wants to die at home with hospice, not in a hospital",
         "we put our dog to sleep yesterday, i am very sad",
         "we had to put the cat down last week",
         "i want to check out a second hospital for the surgery",
         "she passed away in her sleep at 94, a good way to go"]),
    "an overdose that happened or is happening, said without the word": (
        [("i took all of grandmas sleeping pills an hour ago", S),
         ("my son swallowed a whole bottle of his meds after we fought", S),
         ("ive taken everything in the medicine cabinet", S),
         ("took my whole months supply of tablets just now", S),
         ("i already took them all, its too late", S),
         ("just swallowed the rest of my oxy", S),
         ("i have taken all my antidepressants and a bottle of wine", S),
         ("im taking the pills one by one right now", S),
         ("she took every pill she had and is getting sleepy", S),
         ("he emptied all his pill bottles after the argument", S),
         ("i ate all the pills in the bottle", S),
         ("i took a lot more of my pills than i should on purpose", S),
         ("my daughter took the rest of the paracetamol after we argued", S),
         ("i swallowed all of my dads heart tablets", S)],
        ["i took all my pills with breakfast as usual",
         "she took the rest of the antibiotics like the doctor said",
         "i finished the whole bottle of antibiotics yesterday, the course is done",
         "i took my pills an hour ago, do they interact with grapefruit",
         "my pills are all gone, i need a refill before friday",
         "he took everything in the medicine cabinet to the pharmacy for disposal"]),
    "wanting to die or to end it, said for now or with a plan (C-SSRS: intent, plan)": (
        [("i dont want to be here anymore, tonight im going to do it", S),
         ("i have a plan and im going to do it this weekend", S),
         ("im going to do it tonight when everyone is asleep", S),
         ("there is no point in living any more, ive made up my mind", S),
         ("i have decided tonight is the night", S),
         ("i cant face another day, i have it all worked out", S),
         ("i am going to drive my car into a tree tonight", S),
         ("theres no way out, im going to the bridge", S)],
        ["i have a plan for the second opinion and im going to do it this week",
         "i made up my mind, im getting the second opinion",
         "im going to do it tonight, fill in the forms for the records",
         "i am going to drive to the clinic tonight for the sleep study",
         "we have decided tonight is the night we tell the kids about the diagnosis"]),
    "texting, typos and non-native English": (
        [("ima end it 2nite", S),
         ("dont wanna be here no more, got the pills", S),
         ("sry for evrything, love u all, bye", S),
         ("gonna take evry pill i got tonite", S),
         ("i am not want to live more, tonight i take all the pills", S),
         ("my life is finish, i take all pills of my mother", S),
         ("i am tired to live, i have the rope", S),
         ("i want to die, nobody will cry", S),
         ("no point anymore i hav the pils", S),
         ("im done w everything, took all my meds", S),
         ("cant do this no more took the whole bottle", S)],
        ["im done w the forms, sent them all",
         "gonna take my pill tonite then sleep",
         "i am tired to wait for the results, so long time",
         "i want to die of laughing, my son joke so funny"]),
    "elderly phrasing": (
        [("ive had enough of this life and ive been saving my tablets", S),
         ("i shant be troubling anyone much longer, ive sorted the tablets", S),
         ("ive lived long enough, i would like to go to sleep and not wake up, i have the pills by me", S),
         ("my time is up, i have taken all my tablets tonight", S),
         ("i wont be a nuisance to anyone after tonight, ive seen to it", S)],
        ["ive lived long enough to know a second opinion is worth it",
         "my time is up at the clinic, they want me out by noon",
         "i have all my tablets sorted in the box for the week"]),
    "one clause inside a long answer about second-opinion plans": (
        [("we were going to ask for a second opinion in march but honestly i wont be around for it, ive saved enough pills", S),
         ("the surgeon wants to operate next month, my husband says i should get another view, but i have the rope ready and i am done", S),
         ("i have the records from the hospital and the scan reports, and i wrote goodbye letters to my kids tonight", S),
         ("the oncologist said chemo again, i dont see the point, took all my sleeping pills an hour ago", S),
         ("my mother is 82 and the cardiologist wants a valve, she told me tonight she has been hoarding her pills and wants to join dad", S)],
        ["we were going to ask for a second opinion in march, and my husband wants the records from the hospital",
         "the surgeon wants to operate next month, my husband says i should get another view, i am done with waiting"]),
    "someone else at risk (the advice is about them)": (
        [("my daughter texted that she wont be here tomorrow and shes not answering", S),
         ("my husband gave away his tools and said goodbye to the kids tonight", S),
         ("my son took all his pills after we fought and is getting drowsy", S),
         ("my dad has been saving his pills and says he wants to join mum", S),
         ("my friend says she has the rope and she is done", S),
         ("my brother posted a goodbye message and his phone is off", S)],
        ["my daughter wont be here tomorrow, she is at camp",
         "my husband gave away his tools when he retired",
         "my dad says he wants to join mum in the garden club"]),
    "a second set, written after the first rules and measured before tuning on it (docs/safety.md)": (
        [("i've been collecting my mum's old morphine and tonight i'm using it", S),
         ('took 30 of my sertraline about 20 mins ago', S),
         ("i swallowed a load of my nan's pills, feeling weird", S),
         ('just took a fistful of painkillers with vodka', S),
         ('my partner locked himself in the bathroom with all his meds', S),
         ('my teenager left a note saying sorry and now her bedroom door is locked', S),
         ("i've decided, i'm going to step off the platform when the next train comes", S),
         ("i can't keep living like this, i have a bottle of pills and i'm opening it now", S),
         ('nobody will notice when im gone, which is tonight', S),
         ("it'll all be over soon, i've taken care of everything", S),
         ('i just want to fall asleep and never wake, i took extra pills', S),
         ("I have written a letter to my wife explaining why, and I'll do it when she goes to work", S),
         ("my wife's been giving her jewellery away and said she won't need it where she's going", S),
         ("i want to go home to god tonight, i'm tired", S),
         ('lol might as well just end it, got the pills out already', S),
         ('im gna overdose tonight', S),
         ('I am very tired of this life, I will take the tablets of my husband tonight', S),
         ('wish i could just not exist anymore, the pills are right here', S),
         ('my grandson told me he took a bunch of his adhd pills on purpose', S),
         ('i drank the whole bottle of my cough medicine to sleep forever', S),
         ("my son said he'd rather be dead and now his room is empty and the car is gone", S),
         ('this is goodbye, thank you for trying', S),
         ("I've lived 89 years, it's enough, I've stopped eating and I've saved my sleeping tablets", S),
         ('she texted me a photo of pills and said see you on the other side', S),
         ('i cant see a way forward so ive bought paracetamol from three shops', S),
         ("he said he's going to drive off the cliff road tonight", S),
         ('my mum took all her insulin at once and is really sleepy', S),
         ("I tried to hang myself last night and I'm going to try again", S)],
        ["i've been collecting my receipts for the insurance claim",
         'took 2 of my sertraline this morning as usual',
         "my nan's pills are in a weekly box, can the new doctor review them",
         "i'm sitting in the car outside the clinic, running late",
         'he wrote a letter to the surgeon explaining why he wants a second opinion',
         'my wife gave her old jewellery to our daughter for the wedding',
         'can the new pills make him sleepy?',
         'we are saying our goodbyes to grandad in the hospice tonight',
         'the vet said it is time to let our dog go',
         "I'm going to end my treatment and go on hospice, the team agrees",
         'we said goodbye to dad this morning, he passed peacefully',
         "I've made peace with the diagnosis and want a second opinion anyway",
         'by the time you read this I will have seen the surgeon',
         "this is the last time I'm asking, can you send the records",
         'she took the whole pack of antibiotics over 7 days as prescribed',
         'the whole bottle of cough syrup is gone, I need a new one for my son',
         'my daughter wants to end it with her boyfriend',
         'I want to end it with this hospital and find a new one',
         "I'm ready to go, my bag is packed for the surgery",
         'I left notes for the nurses about his allergies',
         "i have the pills ready for tomorrow's procedure, they said take them at 6",
         "my sister gave away her dog because she's allergic",
         "i've lived with this pain long enough, i want a second opinion",
         "no point in waiting any more, let's book the second opinion",
         "i'm done with chemo, the oncologist agrees",
         'i took the last of my oxy yesterday and the pain is back',
         'nothing left to try with the current doctor, so we want another',
         'i know how many pills to take, the nurse wrote it down',
         'my dad sleeps all day since the new medicine, is that normal',
         "we sorted out mum's will and said our goodbyes before her operation"]),
    "a third set, written after the second round of rules and measured before tuning on it (docs/safety.md)": (
        [("mum just told me she's taken all the tablets the hospice left for dad", S),
         ('i cut deep this time and i want to keep going', S),
         ("i'm on the bridge now, just wanted to say thanks for listening", S),
         ('downed a whole pack of ibuprofen and some beers, cant feel my hands', S),
         ('my boyfriend sent me a voice note saying he loved me and now his location is at the reservoir', S),
         ('honestly the only plan i have is to not be alive next week', S),
         ("i've put the dog's food out for a week and left the door unlocked for the police", S),
         ("i'm going to take my insulin pens all at once tonight", S),
         ("I keep thinking about the pills in the drawer and tonight I think I'll do it", S),
         ('my brother has been researching how to tie a noose', S),
         ("there's no reason to stay now that she's gone, I've got her morphine", S),
         ('had 25 paracetamol about 3 hours ago, feel sick', S),
         ('dad said his goodbyes and drove off with the shotgun', S),
         ("i'm finally going to let go tonight, i've got enough oxy", S),
         ('cant take the pain anymore, ive swallowed all my painkillers', S),
         ("im not gonna be around much longer, everything's arranged", S),
         ('my daughter is 15 and took a whole box of paracetamol after school', S),
         ("i hoarded my seroquel for 2 months and now i'm ready", S),
         ('wrote my last will on a napkin, the pills are in my hand', S),
         ("it's over for me, i've swallowed the bottle", S),
         ("she's talking about wanting to die and has been giving her cats away", S),
         ("i'd be better off in the ground, i have the rope in my car", S),
         ('i want to kill myself tonight', S),
         ('no more pain after tonight, ive made sure of it', S),
         ('I feel like a burden, I have stopped my heart pills and I have collected them all', S)],
        ["we're planning mum's funeral, she chose her own songs",
         'i cut the dressing too short, is that a problem',
         'we drove over the bridge to get to the hospital',
         'took a whole pack of lozenges for my sore throat this week',
         'my dad keeps his shotgun locked in the cabinet for hunting',
         'my only plan is to get the records and see another surgeon next week',
         "i put the dog's food out and left for the hospital",
         'how do I take my insulin pens when travelling',
         'the pills in the drawer are expired, can I throw them away',
         'my brother is researching knots for his sailing course',
         "she's gone to the shops, I've got her list of meds here",
         'had 2 paracetamol about 3 hours ago for the headache',
         'dad said goodbye and drove off to work',
         "i'm finally going to let go of this doctor and find a new one",
         'cant take the pain anymore, so we are asking for a second opinion on the surgery',
         "everything's arranged for the biopsy on friday",
         'my daughter is 15 and took paracetamol for period pain after school',
         "i'm ready, the appointment is at 9",
         'wrote my will last year, the lawyer has it',
         "it's over, the chemo finished today!",
         "she's giving her cats to her daughter because she's moving into care",
         "i'd be better off with the keyhole surgery, wouldn't i",
         "my mother says she's ready to die when her time comes, she's 96",
         'no more pain after the nerve block, it worked',
         'I stopped my heart pills because of side effects, can the cardiologist change them']),
}

test_indirect_signs_reach_the_urgent_turn, test_indirect_look_alikes_stay_quiet = rule_tests(RULES)

# The false alarms of the brief, by kind: each must stay quiet.
QUIET = [
    # history
    "i tried to end it in 2015, doing well now",
    "i overdosed in college, ten years sober now",
    "i had thoughts of suicide after my divorce years ago, therapy helped",
    "attempted suicide as a teen, i am 45 now and stable",
    "took an overdose in my twenties, it is part of my history for the new psychiatrist",
    # idioms
    "this insurance form is killing me",
    "i could die of embarrassment",
    "im dead tired",
    "my feet are killing me after all the walking",
    "i nearly died laughing at the nurse",
    "i am so done with this waiting list",
    "kill me now, another form to fill lol",
    "this hold music will be the death of me",
    "id kill for a coffee right now",
    "im over it, just want the appointment",
    "my back is killing me but thats why we want the second opinion",
    # questions about risk
    "can this drug cause suicidal thoughts?",
    "whats the overdose limit for tylenol",
    "how many sleeping pills would be too many",
    "does the antidepressant raise the risk of suicide in teens",
    "what are the warning signs that someone is suicidal",
    # a screening question answered no
    "they asked if i had thoughts of hurting myself, i said no",
    "the nurse asked whether i wanted to end my life and i said no",
    # hospice, end of life, advance directives
    "we are planning his hospice care",
    "she has a dnr",
    "my mother has a do not resuscitate order and a living will",
    "we filled in the advance directive and named my son as proxy",
    "he wants comfort care only now, no more chemo",
    "we talked about her end of life wishes with the palliative team",
    "dad is ready to go when his time comes, he has made peace with it",
    "mom wants to die at home, hospice is coming tomorrow",
    "we made the funeral plans with him while he can still decide",
    # pets, sleep
    "we had to put my dog to sleep",
    "the vet put our old cat to sleep today",
    "i want to sleep for a week after this surgery",
]


@pytest.mark.parametrize("line", QUIET)
def test_false_alarms_stay_quiet(line):
    result = screen(line)
    assert result.level == "none", result


# Unclear meaning, no means, no act, no time: the check question, which shows the crisis line.
ASK = [
    "i wont be here tomorrow",
    "i wont be around much longer",
    "everyone would be better off without me around",
    "i just want to go to sleep for good",
    "i wont be a burden much longer",
    "im sitting on the edge of the bath with a razor",
]


@pytest.mark.parametrize("line", ASK)
def test_an_unclear_farewell_gets_at_least_the_question_with_the_crisis_line(line):
    result = screen(line)
    assert result.level in ("ask", "emergency") and result.crisis, result


def test_i_wont_be_here_tomorrow_alone_asks_and_with_a_means_is_urgent():
    assert screen("i wont be here tomorrow").level == "ask"
    assert screen("i wont be here tomorrow, i have the pills ready").is_emergency
    assert screen("i wont be here tomorrow, i gave my dog away today").is_emergency


OVERDOSES = [line for line, _ in RULES["an overdose that happened or is happening, said without the word"][0]]


@pytest.mark.parametrize("line", OVERDOSES)
def test_an_overdose_gets_the_overdose_advice(line):
    result = screen(line)
    assert result.is_emergency and "overdose" in result.advice, result
