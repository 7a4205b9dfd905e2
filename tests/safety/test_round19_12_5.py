"""The rules added when round 19 was folded in for its missed emergencies (issue 12, helper 12_5): the blocks named
*_r19 in dialogues/red_flags.yaml and their pairs, written as families of wording rather than lines: the weeks after
a birth said many ways ("since the baby came", "after I delivered", "my c-section", "have baby 5 days ago", in Spanish
too) with heavy bleeding, clots, a fever or foul discharge, a headache, breathlessness, a swollen calf or voices;
heavy bleeding with weakness; a birth or a wound dated "last week" is the setting's time, not the sign's; a seizure in
lay or non-native words (shaking in the arms and legs with the eyes up) and any seizure at five minutes or more ("its
gone over 5 min" is a length, not an all-clear); an overdose by substance and amount (a whole bottle named by the
medicine first, a load or half a bottle with a now, "plenty plenty tablet", days of pills at once), insulin or a
high-alert medicine (a blood thinner, an opioid, digoxin, lithium ...) taken twice or doubled; a wish to be gone
("better off dead", even with "would") with no answer or not come home; a caregiver in dialect
("aint responding"), someone who will not answer after a fall; a child or teen into someone's drugs or mushrooms ("the
mushrooms his brother had" is no family history); a wound after an operation that came open, told by "it"; a tongue
swollen with speech made hard or after a new medicine; pressure in the upper belly or jaw with a cold sweat; pale and
dizzy or a belly swelling after a procedure; sudden severe belly pain that hurts to move; a burner with two people ill
or a pet that will not get up; no feeling "down below" or control of the water lost, with a bad back; "the last you'll
hear from me" with a means.
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, elderly,
caregivers, dialect, Spanish), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

RULES = {
    "after a birth, said any way, with heavy bleeding, fever, a headache, breathlessness, a calf or voices": (
        [("since the baby came im soaking a pad every hour", "pregnancy"),
         ("after i delivered i keep passing huge clots and feel faint", "pregnancy"),
         ("my c-section was 10 days ago and now i have a fever and the wound smells", "pregnancy"),
         ("2 weeks postpartum and the worst headache of my life with flashing lights", "pregnancy"),
         ("since the baby arrived she cant breathe properly and her chest hurts", "pregnancy"),
         ("my wife had baby last week, now she bleeding too much", "pregnancy"),
         ("the baby came 3 weeks ago and now my calf is swollen and i cant breathe", "pregnancy"),
         ("she delivered last tuesday, now blinding headache and her vision is blurry", "pregnancy"),
         ("my sister have baby 4 days ago, blood coming so much", "pregnancy"),
         ("mi bebé nació hace 10 días y tengo fiebre alta y mal olor", "pregnancy"),
         ("mi esposa tuvo el bebé hace una semana y sangra mucho", "pregnancy"),
         ("my wife gave birth a week ago and is now very confused and hot", "pregnancy"),
         ("had twins 10 days back, now temp 39.5 and shivering", "pregnancy")],
        ["since the baby came i have had a lot of questions about my c-section scar",
         "after i delivered, the midwife said the bleeding was normal",
         "my c section was 2 years ago and i want a second opinion on the hernia",
         "she had the baby last week and the bleeding is settling",
         "two weeks postpartum and feeling a bit weepy, the health visitor is coming",
         "the baby is 3 weeks old and i feel weak from lack of sleep",
         "mi bebé nació hace 2 años y quiero una segunda opinión",
         "después del parto tuve fiebre pero ya estoy bien"]),
    "heavy bleeding with weakness or faintness": (
        [("bleeding so heavy and she feel weak, cant stand up", "bleeding"),
         ("blood everywhere and hes going pale and dizzy", "bleeding")],
        ["my periods are heavy, the gynaecologist is looking into it"]),
    "a seizure in lay words, and any seizure at five minutes or more": (
        [("papa shake shake, eyes go up, legs arms jerking", "unconscious"),
         ("my mother shaking, arms and legs, eyes up", "unconscious"),
         ("its been 5 min and she's still seizing", "unconscious"),
         ("the fit has gone past five minutes", "unconscious"),
         ("hes having a seizure now, its gone over 5 mins", "unconscious"),
         ("he fits since 6 minute", "unconscious"),
         ("wife seizure, 6 min, not stopping", "unconscious"),
         ("convulsions 5 min+", "unconscious")],
        ["we want a second opinion about her seizures, they last about 5 minutes",
         "his fits usually stop after a minute or two",
         "she had fits as a child, none since",
         "my dad shakes his arms and legs to warm up in the morning",
         "eyes up here please, said the teacher",
         "if a seizure goes past 5 minutes what do i do",
         "my hands shake for a few minutes after coffee"]),
    "an overdose by substance and amount; insulin doubled; days of pills at once": (
        [("she took the whole xanax bottle", "self_harm"),
         ("he swallowed his entire sleeping pill packet an hour ago", "self_harm"),
         ("he downed a bottle of vodka and a load of his painkillers", "self_harm"),
         ("just swallowed half a bottle of my sleeping tablets", "self_harm"),
         ("i injected my lantus twice tonight by mistake", "poisoning"),
         ("gave my son a double dose of insulin, he is 8", "poisoning"),
         ("i took my night insulin twice, 50 units", "poisoning"),
         ("my son take all his pill for one week in one time", "poisoning"),
         ("she take plenty plenty tablet now she sleep too much", "self_harm"),
         ("dad mixed up his pills and took the warfarin 3 times", "poisoning"),
         ("nan had her digoxin twice this morning", "poisoning"),
         ("gave him a double dose of methadone by accident", "poisoning")],
        ["we threw away the whole xanax bottle at the pharmacy",
         "the whole bottle of wine is gone, we had a party",
         "took a load of photos of the rash for the doctor",
         "i have a load of his old pills to return to the pharmacy",
         "i took the rest of my antibiotics as prescribed",
         "my insulin dose was doubled by the endocrinologist last month",
         "she takes lantus twice a day now",
         "i take my long acting insulin twice a day",
         "what happens if you take your insulin twice by mistake",
         "my doctor increased my metoprolol to twice a day",
         "she takes warfarin and her levels are checked twice a month",
         "he takes his methadone twice a week at the clinic",
         "i took my lithium again this morning like always",
         "what if i accidentally take my warfarin twice"]),
    "older and British words: tablets twice over, helped himself to all of it, a birth on a weekday": (
        [("Grandmother has had her heart pills and her water pills twice over and is terribly poorly", "poisoning"),
         ("I fear my husband has helped himself to all of his morphine while I was out", "poisoning"),
         ("Our daughter was delivered on Friday and has been bleeding dreadfully, she is white as a sheet", "pregnancy"),
         ("mi suegra se tomó el doble de su insulina", "poisoning"),
         ("My grandson says he cannot see the point any longer and has gone off with his tablets", "self_harm")],
        ["my mother has had her blood pressure tablets changed twice this year",
         "he helped himself to the whole buffet at the wedding",
         "grandma is very poorly with her chest, gp coming tomorrow",
         "she is not herself since the move, we want a memory clinic opinion",
         "my son went off to university and has not come home since",
         "my brother cant see the point in a second opinion",
         "he takes his tablets twice a day and feels very poorly in the mornings",
         "since our daughter was delivered on sunday she has been feeding well",
         "mi suegra se pone la insulina dos veces al día"]),
    "a caregiver in dialect; someone who will not answer after a fall": (
        [("she aint responding", "unconscious"),
         ("my mum aint respondin to nothing", "unconscious"),
         ("grandpa aint wakin up proper", "unconscious"),
         ("he aint breathing right", "breathing"),
         ("guy slipped off the roof, not answerin me", "unconscious"),
         ("she fell down the stairs and isnt responding", "unconscious")],
        ["he aint responding to the antibiotics",
         "she aint responding to the new physio plan",
         "he aint answering my calls about the forms",
         "after his fall last year he would not answer for a minute, all checked"]),
    "a child or a teen into someone's drugs, pills or mushrooms": (
        [("nephew ate some of the magic mushrooms his brother had", "poisoning"),
         ("the kids got into the shrooms my roommate left on the table, the little one ate a handful", "poisoning"),
         ("my teenage son took some of his brothers pills", "poisoning"),
         ("my grandson found the weed gummies and ate the whole bag, hes 5", "poisoning"),
         ("our 14 yo swallowed some of her friends xanax at a sleepover", "poisoning")],
        ["the mushrooms my brother had in the fridge went off",
         "my brother had mushrooms for dinner",
         "the kids ate the brownies their aunt made",
         "my teenage son takes his brothers old clothes",
         "the kids never take my pills, they are locked away"]),
    "a wound after an operation come open, told by it": (
        [("since my surgery it split open and oozing pus", "after_surgery"),
         ("after my op last week it just burst open, i can see the inside", "after_surgery"),
         ("its come apart since the operation and theres yellow stuff coming out", "after_surgery"),
         ("my incision from last week has come apart", "after_surgery"),
         ("had my gallbladder out 3 days ago and the wound has come open", "after_surgery")],
        ["the wound came apart a bit last month but healed fine",
         "it split open last year after the op and they restitched it, fine now",
         "since my op i feel fine, just want to ask about the scar",
         "after the surgery my life came apart, hence a second opinion",
         "the drain site from my surgery oozed a bit of pus last month, antibiotics fixed it"]),
    "a tongue or lips swollen with speech made hard, or after a new medicine": (
        [("her tongue is so swollen she can hardly talk", "swelling"),
         ("his lips have gone huge since he started the new antibiotic", "swelling"),
         ("grandma tongue got very big and she speaking with difficulty", "swelling")],
        ["my tongue felt big after the dentist numbed it"]),
    "pressure in the upper belly or jaw with a cold sweat; pale and dizzy after a procedure": (
        [("tightness in my jaw and upper belly, im sweating buckets", "heart_attack"),
         ("odd heaviness across the top of her stomach, she is grey and clammy", "heart_attack"),
         ("had a kidney biopsy yesterday and now im pale and dizzy", "bleeding"),
         ("they did his colonoscopy this morning and his tummys getting bigger and bigger", "bleeding"),
         ("on warfarin and suddenly pale and faint", "bleeding")],
        ["i get pressure in my upper stomach after spicy food",
         "jaw ache from grinding my teeth",
         "pale and tired after chemo as usual, oncologist aware",
         "he had a biopsy yesterday and feels fine",
         "she was pale and dizzy when she had the flu in march"]),
    "sudden severe belly pain that hurts to move": (
        [("sudden terrible pain in my stomach and it hurts to move or cough", "abdomen")],
        ["my stomach hurts when i move after the sit ups yesterday, not bad"]),
    "carbon monoxide: two people ill or a pet down, with a burner": (
        [("we have all got headaches and feel sick since the gas heater went on", "poisoning"),
         ("the dog wont get up and we both feel dizzy, there is a generator in the garage", "poisoning")],
        ["we all have colds and feel sick, the boiler is fine",
         "our dog wont eat his new food",
         "both of us got headaches from the forms lol"]),
    "cauda equina in plain words": (
        [("i cant feel anything down there and my back is agony", "cauda_equina"),
         ("lost control of my waterworks and my back has gone", "cauda_equina"),
         ("bad back for days, now no sensation between my legs", "cauda_equina")],
        ["no numbness down below, just the usual sciatica",
         "no feeling down below since the epidural wore off years ago, all fine",
         "i lost control of the situation at work"]),
    "a wish to be gone with no answer or not come home": (
        [("my friend posted that she wants to disappear forever and isnt answering", "self_harm"),
         ("mum said she would be better off dead and hasnt come home", "self_harm"),
         ("he keeps saying we would be better off without him and now his phone is off", "self_harm")],
        ["we would be better off without all these forms",
         "the kids want to disappear into their rooms forever when guests come",
         "my son hasnt come home yet, hes at football",
         "his phone is off because he is in surgery"]),
    "someone says it is the last you will hear from them, with a means": (
        [("my son texted that we wont hear from him again and that he has his dads gun", "self_harm"),
         ("she rang, said she has a rope and this is the last time anyone will hear from her", "self_harm")],
        ["this is the last you will hear from me on this topic",
         "you will not hear from me again until the results"]),
}

test_signs_reach_the_urgent_turn, test_look_alikes_stay_quiet = rule_tests(RULES)


def test_a_seizure_told_as_gone_over_five_minutes_is_not_told_as_gone():
    """"its gone over 5 min" is a length: the resolved context's "gone" skips "gone over" and "gone past"."""
    assert level("hes having a seizure now, its gone over 5 mins") == "emergency"
    assert level("she had a seizure, its gone now") != "emergency"


def test_a_possessive_had_is_no_family_history():
    """"the mushrooms his brother had" names whose they were; "his brother had a stroke" is still family history."""
    assert level("nephew ate some of the magic mushrooms his brother had") == "emergency"
    assert level("my brother had a stroke at 50, i want to know my risk") == "none"


def test_an_insulin_error_tells_poison_control():
    result = screen("i injected my lantus twice tonight by mistake")
    # told first as a poisoning, with Poison Control; since 12_8 the insulin taken by mistake is named too (diabetes)
    assert "poison" in result.advice and result.categories[0] == "poisoning" and set(result.categories) <= {"poisoning", "diabetes"}


def test_a_spanish_birth_gets_the_spanish_line():
    assert "spanish" in screen("mi bebé nació hace 10 días y tengo fiebre alta y mal olor").advice


@pytest.mark.parametrize("line", ["she aint responding to my texts about the appointment",
                                  "he aint answering his phone, probably at work"])
def test_aint_about_messages_stays_quiet(line):
    assert level(line) == "none", screen(line)
