"""Rounds 1 to 8 of the understanding corpus (written by someone who never saw the code), folded in.

The untouched figure is in docs/understanding.md; this guards what tuning reached: never a
silent misread, and a first-time rate that must not fall back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.understanding import JOURNEY_NUMBERS, JOURNEY_WORDS, classify, journey_turns, report

from .open_misreads import OPEN

DATA = Path(__file__).resolve().parents[1] / "data"
# A little under what tuning reached (round 1: 93.8%, round 2: 94.1%, round 3: 89.8%, round 4:
# 95.8%, round 5: 95.7% then 96.0%, round 6: 96.6%, round 7: 96.2% with both round-7 branches
# merged, round 8: 94.2% with the four round-8 branches merged, round 9: 94.9% with the two round-9
# branches merged), so a change that makes
# understanding worse fails here.
FLOORS = {"understanding_round1.jsonl": 0.91, "understanding_round2.jsonl": 0.91, "understanding_round3.jsonl": 0.87,
          "understanding_round4.jsonl": 0.945, "understanding_round5.jsonl": 0.945,
          "understanding_round6.jsonl": 0.95, "understanding_round7.jsonl": 0.95,
          "understanding_round8.jsonl": 0.93, "understanding_round9.jsonl": 0.94,
          "understanding_round10.jsonl": 0.93, "understanding_round11.jsonl": 0.905,
          "understanding_round12.jsonl": 0.92, "understanding_round14.jsonl": 0.88,
          "understanding_round15.jsonl": 0.90, "understanding_round16.jsonl": 0.885,
          "understanding_round17.jsonl": 0.875,
          "understanding_round18.jsonl": 0.89,
          "understanding_round19.jsonl": 0.86,
          "understanding_round20.jsonl": 0.87, "understanding_round21.jsonl": 0.81,
          "understanding_round22.jsonl": 0.825, "understanding_round23.jsonl": 0.785,
          "understanding_round24.jsonl": 0.835,
          "understanding_round25.jsonl": 0.815,
          "understanding_round26.jsonl": 0.825,  # 738 of 889 (83.0%) with 11a12 and 11b12 merged
          "understanding_round27.jsonl": 0.77,  # 735 of 980 (75.0%) untouched at the fold-in; 760 (77.6%) with 11a13 and 11b13 merged
          "understanding_round28.jsonl": 0.805,  # 828 of 1046 (79.2%) untouched at the fold-in; 846 (80.9%) with every branch and the review merged
          "understanding_round29.jsonl": 0.795,  # 836 of 1052 (79.5%) untouched at the fold-in; 838 (79.7%), 46 misreads after the session
          "understanding_round30.jsonl": 0.795,  # 802 of 1007 (79.6%) untouched at 8b75091; 803 (79.7%), 48 misreads at the fold-in
          "understanding_round31.jsonl": 0.795,  # 793 of 993 (79.9%) untouched at 5d576a7; 794 (80.0%), 51 misreads at the fold-in
          "understanding_round32.jsonl": 0.765,  # 808 of 1055 (76.6%) untouched at a3cdf18; 810 (76.8%), 50 misreads at the fold-in
          "understanding_round33.jsonl": 0.785,  # 860 of 1092 (78.8%) untouched at ab69e42; 861 (78.8%), 50 misreads at the fold-in
          "understanding_round34.jsonl": 0.79,  # 867 of 1092 (79.4%) untouched at ad77e1f and at the fold-in, 50 misreads
          "understanding_round35.jsonl": 0.805,  # 882 of 1092 (80.8%) untouched at cdb6d0ba; 884 (81.0%), 57 misreads at the fold-in
          "understanding_round36.jsonl": 0.785,  # 855 of 1092 (78.3%) untouched at 8544d819; 858 (78.6%), 50 misreads at the fold-in
          "understanding_round37.jsonl": 0.81,  # 884 of 1092 (81.0%) untouched at fc955ed4; 885 (81.0%), 57 misreads at the fold-in
          "understanding_round38.jsonl": 0.795,  # 867 of 1092 (79.4%) untouched at 86f20a19; 871 (79.8%), 52 misreads at the fold-in
          "understanding_round39.jsonl": 0.84,  # 920 of 1092 (84.2%) untouched at c489a43f; 919 (84.2%), 47 misreads at the fold-in
          "understanding_round40.jsonl": 0.855,  # 938 of 1092 (85.9%) untouched at 0d231e59; 939 (86.0%), 46 misreads at the fold-in
          "understanding_round41.jsonl": 0.86}  # 938 of 1092 (85.9%) untouched at 880e62d7; 944 (86.4%), 44 misreads at 9dc721d9 and at the fold-in


# Answers where the corpus and a public contract disagree, each with the reason; never more.
# u3-0216: "2" alone at "How many doctors...?" is marked "should ask" in round 3, but a bare
# number at a numbered list picks that item (choice 2, "One other doctor"), which is how people
# who answer by numbers get through, and the count 2 means the same choice.
# u4-0193: "new diagnosis of breast cancer, and my insurance is making everything hard" at the
# signs question is marked "ask about the insurance part"; none of the signs there is about
# insurance (that is asked at the next question), so the remark is context set aside, as "the
# portal has them" is, and the one sign named is what was meant.
# u4-0603: "diagnosis too - first said gallstones, second said maybe a gallbladder polyp" at
# "What differs?" is expected to also pick "treatment": the "too" points at an answer given
# elsewhere, which the line does not say; storing a pick the line does not name would be a guess.
# Round 5 adds none: each of its 28 untouched silent misreads was read, every expectation was
# found right (the line did fit two readings, or said something the reading missed), and each
# was fixed by a general mechanism (tests/understanding/test_round5_mechanisms.py).
# Round 6: 42 of its 45 untouched silent misreads were fixed by general mechanisms
# (tests/understanding/test_round6_mechanisms.py). Three are kept, all at the red-flag questions,
# where the corpus asks for a question back and the safety rule acts on the sign:
# u6-0121 "i feel a little short of breath sometimes", u6-0140 "he's a bit more sleepy than usual",
# u6-0836 "hes not drinking much, but he had one wet diaper this morning". A red-flag sign said
# with a softener ("a little", "a bit", "not much") is read as the sign and leads to the
# emergency advice; asking first would hold that advice back for the people who play a real sign
# down. Over-reading here is the safe side; changing it is for the safety screen, not the reader.
# Round 7: 34 of its 41 untouched silent misreads were fixed by general mechanisms
# (tests/understanding/test_round7_care.py). Seven are kept: in each, the line is the question's
# own word for a choice, and earlier rounds written by others mark the same words that way:
# u7-0223 "all of them honestly" (signs; u1-0194, u3-0177, u5-0184 mark it every sign, and the
# re-ask offers 'all'); u7-0386 "everything" (specialist_focus; 'all' is offered, u6-0630 marks
# "everything" every choice); u7-0295 "maybe" (fit_decision_point; the synonym of Not sure, u6-0259
# marks it so; since helper u23a a bare "maybe" there is offered back as Not sure for a Yes, never stored); u7-0301 "let's plan it" (fit; the choice is "Plan a second opinion", u1-0242 marks
# "lets plan it" so); u7-0365 "maybe, they mentioned an echo" (timing_tests; Not sure with the
# reason kept, as u1-0290 and u5-0302 mark "maybe? ... mentioned a colonoscopy"); u7-0571 "not
# really" (compare_decision_point; the question's synonym of No, and issue 11 lists "not really"
# as a no to understand); u7-0682 "they agree" (compare_differs; the choice is "They agree on all
# of these", u6-0626 marks the same line so).
# Round 8 (part a, the silent misreads): 37 of its 45 untouched silent misreads were fixed by
# general mechanisms (tests/understanding/test_round8_misreads.py). Eight are kept, each where an
# earlier round or a contract marks the same words the other way: u8-0058 "no rush"
# (decision_when; the lexicon's synonym of "There is no set date", u1-0034 marks it so); u8-0178
# "he's a bit sleepy but he just had his meds" (red_flags_child; a softened sign is acted on, as
# u6-0140); u8-0266 "1" (fit_opinions; u4-0210, u6-0225 and u7-0259 mark it choice 1); u8-0352
# "the last two" (fit_alternatives; the last two real choices, issue 11 and test_kinds); u8-0518
# "3,1,2" (questions_order; u1-0419 and u2-0343 mark "3 1 2" as 3, 1, 2, 4, 5); u8-0688 "He
# suggested immunotherapy." (u2-0470 marks "Immunotherapy" a strong treatment); u8-0701 "they
# agree on everything" (compare_differs; as u7-0682); u8-0743 "depends on how bad the side effects
# are" (compare_values; u2-0504 marks the same line Not sure).
# Rounds 10 and 11 (part a, 2026-12-03): "they agree" at compare_differs is now offered back when
# the two opinions the person gave differ (the table they were shown has two plans), as rounds
# 7, 8, 10 and 11 mark it; u8-0701 is no longer a disagreement (u7-0682 and u7-0571 are now read
# as their rounds mark them too, and their entries stay only because they are harmless). Eight
# round-10/11 lines are listed for when those rounds are folded in; each reason says which
# earlier round marks the same words the other way.
DISAGREE = {"u3-0216": "a bare number at a numbered list picks that item",
            # (2026-12-08, thirty-fourth session) the order question says "type numbers in a new order, like 3 1 2": numbers
            # alone typed in part are stored with the rest after them, as the question's own example invites (these
            # writers marked them to be asked, or only the named ones)
            "u33a-0361": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u34a-0362": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u34b-0361": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u35b-0364": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u37a-0361": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u37a-0364": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u40b-0353": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u40b-0354": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u41a-0356": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            "u41b-0359": "numbers alone at the order question, as its example (like 3 1 2) invites: the rest after them in their order",
            # (2026-12-04, twelfth session) at the list of questions to ask, a question said after the picks
            # is the person's own question: kept on the list and said back ("Ask your doctor: ..."), not asked about
            "u5-0407": "'1 3 5 and also how long is recovery': the picks, and 'How long is recovery?' added to the list",
            # "How many doctors have given an opinion?" now says "Count the first doctor too" and lists
            # "Two: the first doctor and one more" (2026-12-04, as compare_first): "two" is no longer
            # two in all or two others, the doubt these writers marked
            "u2-0186": "'two' at fit_opinions: the question now counts the first doctor (choice 2 is 'Two')",
            "u7-0264": "'two' at fit_opinions: the question now counts the first doctor (choice 2 is 'Two')",
            "u12b-0145": "'two' at fit_opinions: the question now counts the first doctor (choice 2 is 'Two')",
            "u14a-0160": "'Two.' at fit_opinions: the question now counts the first doctor (choice 2 is 'Two')",
            "u7-0223": "'all' is an answer the screen offers; earlier rounds mark the same line every choice",
            "u7-0301": "the choice is 'Plan a second opinion'; round 1 marks 'lets plan it' so",
            "u7-0365": "'maybe' is Not sure with the reason kept; rounds 1 and 5 mark the same shape so",
            "u7-0571": "the question's own synonym for No; issue 11 lists 'not really' as a no",
            "u7-0682": "the choice is 'They agree on all of these'; round 6 marks the same line so",
            "u6-0121": "a softened red-flag sign is acted on, never asked away",
            "u6-0140": "a softened red-flag sign is acted on, never asked away",
            "u6-0836": "a softened red-flag sign is acted on, never asked away",
            "u4-0193": "a remark with no matching choice at this question is context",
            "u4-0603": "'too' points at something the line does not say",
            "u8-0058": "'no rush' is the question's own word for 'There is no set date'; round 1 marks the same line so",
            "u8-0178": "a softened red-flag sign is acted on, never asked away",
            "u8-0266": "a bare number at a numbered list picks that item; rounds 4, 6 and 7 mark '1' here choice 1",
            "u8-0352": "'the last two' are the last two real choices (issue 11; test_kinds holds it)",
            "u8-0518": "the questions not typed keep their order after those typed; rounds 1 and 2 mark '3 1 2' so",
            "u8-0688": "immunotherapy is a strong treatment in the lexicon; round 2 marks 'Immunotherapy' so",
            # round 9 (part a, 2026-12-03)
            "u9-0068": "a bare day is the next such day; round 2 marks 'the 20th' alone so (u2-0046); 'the 4th' is Dec 4, within days",
            "u9-0135": "knowing what one wants but not the facts is Sure, not Understand; round 1 marks 'pretty sure, but I don't really know the side effects' so",
            "u9-0380": "round 1 marks the same line at the same question No (u1-0283), and rounds 3 and 4 'that I know of' lines No",
            "u9-0536": "the questions not typed keep their order after those typed; rounds 1 and 2 mark '3 1 2' so (as u8-0518)",
            "u9-0545": "'se siente más segura' is 'she feels more sure', which rounds 1, 2 and 4 mark Sure at this question; read so, nothing is left unclear",
            # rounds 10 and 11 (part a, 2026-12-03), for when they are folded in
            "u10-0066": "a date inside the 'weeks' band (up to 55 days) is Within a few weeks; rounds 1 and 2 mark surgery dates in January so (u1-0035, u2-0047)",
            "u11-0094": "a lump whose type is not yet known is a new diagnosis whose type is not clear; rounds 1, 2, 6 and 9 mark such lines so (u1-0070, u2-0061, u6-0067, u9-0082)",
            "u11-0157": "a red-flag word at the emergency list is acted on, never reasoned away (as u8-0178); the safety screen's negation is its own",
            "u11-0194": "'I didn't say chest pain' is the choice 'No, this is not happening (I meant something else)' in the person's own words",
            "u11-0261": "a bare number at a numbered list picks that item, and '1' as a count of doctors is the same choice (as u3-0216, u8-0266)",
            "u11-0530": "the questions not typed keep their order after those typed; rounds 1 and 2 mark '3 1 2' so (as u8-0518)",
            "u11-0593": "'I don't know when' is Not sure; round 5 marks 'I don't know when, maybe' so (u5-0492)",
            "u11-0718": "a doctor who did not have the scans did not see all the records; round 6 marks the same line so (u6-0646)",
            # round 12 (part a, 2026-12-03), for when it is folded in
            "u12a-0089": "a red-flag sign at the emergency list is acted on, never reasoned away (as u6-0121, u11-0157); the safety screen's own",
            "u12a-0152": "doctors named are counted, the first among them (docs: 'my GP, a surgeon and another surgeon'); two named is the first and one more",
            "u12a-0292": "the questions not typed keep their order after those typed; rounds 1 and 2 mark '3 1 2' so (as u8-0518, u11-0530)",
            # lead, at the merge: "good" alone no longer names "What good can we expect" (u10-0492 "what is good for her" was read so)
            "u11-0513": "'they all seem good' at the list of questions to ask likes every one of them: all, as 'all of them' is",
            # round 15 (helper 11a, 2026-12-04)
            "u15b-0095": "a softened red-flag sign at the emergency list is acted on, never asked away (as u6-0140, u8-0178)",
            "u15a-0093": "a red-flag word at the emergency list is acted on even inside a question (asked_back.py never reads a question there); the safety screen's own (as u11-0157)",
            "u15a-0372": "'moderately confident' is Fairly sure, the reason kept; round 10 marks 'moderately confident.' so (u10-0664)",
            "u14a-0210": "a yes said first with a bare 'see' is yes; round 10 marks 'yes, doctor see me on monday...' so (u10-0106) and round 15 'yes the surgeon see her this week' (u15a-0204)",
            "u15a-0207": "'I think so, maybe?' is Not sure with the reason kept; rounds 1 and 5 mark the same shape so (as u7-0365)",
            # round 16 (helper 11a, 2026-12-04)
            "u16a-0316": "round 11 marks the same line, 'heart doc', at the same question the non-surgeon specialist (u11-0603), as the choice's own examples ('a cancer or nerve doctor') read",
            "u16b-0343": "'-ish' on the deciding word is Fairly sure; round 2 marks 'sure-ish' so at the same question (u2-0421)",
            "u16b-0421": "the question's own synonym for No, with a courtesy after it (as u7-0571 'not really')",
            "u16a-0380": "a doctor who did not see a scan did not see all the records; round 6 marks the same shape so (u6-0646, as u11-0718)",
            "u16b-0398": "a doctor who did not see the old X-rays did not see all the records; round 6 marks the same shape so (u6-0646, as u11-0718)",
            # round 17 (helper 11a, 2026-12-04)
            "u17a-0041": "a long illness whose medicine does not work is the treatment not working; round 12 marks 'heart failure long time, the water pills not help now' so (u12b-0046)",
            "u17a-0088": "a softened red-flag sign at the emergency list is acted on, never asked away (as u6-0140, u8-0178)",
            "u17b-0089": "a red-flag sign at the emergency list is acted on, never reasoned away by what a doctor said (as u6-0121, u11-0157); the safety screen's own",
            "u17a-0330": "round 11 marks 'heart doc' at the same question the non-surgeon specialist (u11-0603), as u16a-0316",
            "u17b-0388": "a doctor who did not have a scan did not see all the records; round 6 marks the same shape so (u6-0646, as u16a-0380)",
            "u17a-0188": "'maybe' is the question's own synonym for Not sure; round 6 marks it so (u6-0259, as u7-0295)",
            "u17a-0200": "talk of a test not known to matter is Not sure with the reason kept; rounds 1 and 5 mark the same shape so (u1-0290, as u7-0365)",
            "u17a-0346": "the first step, with a later one only if it fails, is the plan now; round 6 marks 'try medicine first, surgery only if that fails' so (u6-0773)",
            "u17b-0158": "two doctors named are the first and one more; round 2 marks 'the pediatrician and then the cardiologist' so (u2-0194, as u12a-0152)",
            # The records choice now reads "Lab results and other tests, like an ECG" (2026-12-04: an ECG and a Holter
            # were "not understood" in the lead's walk through the window); round 1 was written against "Lab results".
            # (nine writers in seven rounds marked such tests "unclear" at this choice: there was nowhere to put them)
            "u1-0338": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            "u2-0290": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            "u8-0417": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            "u11-0410": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            "u15a-0235": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            "u16b-0231": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            "u17b-0223": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            # (helper 11b8) "the paper from laser procedure" is now read as the procedure report (documents_from.py), so
            # the eye pressure results beside it are stored as the tests they are, no longer left unclear with it
            "u10-0410": "an eye pressure result is one of the records choice's 'other tests' now (as u1-0338)",
            "u18a-0235": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            "u15b-0235": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            # A symptom told beside "none" at the danger-sign list is kept as a note and answered with what to do
            # (the doctor's office today; the emergency number if sudden or severe), not asked about (a user trial, 2026-12-04).
            "u5-0123": "a symptom beside 'none' at the danger list is kept as a note and answered with what to do (told_symptom.py)",
            "u18a-0164": "'two doctors' at fit_opinions: the question now counts the first doctor (choice 2 is 'Two'); the ask fits the older wording",
            "u18a-0087": "a softened red-flag sign at the emergency list is acted on, never asked away (as u6-0121, u17a-0088)",
            "u18a-0366": "round 11 marks 'heart doc' at the same question the non-surgeon specialist (u11-0603), as u17a-0330",
            "u18a-0039": "'dunno' is the question's Not sure; the doctor's remark names no time and is kept as a note",
            # round 19 (helper 11a, 2026-12-04)
            "u19a-0081": "a red-flag sign at the emergency list is acted on, never asked away (as u6-0140, u11-0157); the safety screen's own",
            "u19a-0094": "a red-flag sign at the emergency list is acted on, never reasoned away by its cause (as u17b-0089); the safety screen's own",
            "u19b-0090": "a softened red-flag sign at the emergency list is acted on, never asked away (as u6-0836 'not drinking much')",
            "u19a-0221": "an ECG, EEG, hearing test, eye field test or sleep study is one of the records choice's 'other tests' now",
            "u19a-0333": "'-ish' on the deciding word is Fairly sure; round 2 marks 'sure-ish' so (u2-0421, as u16b-0343)",
            # round 20 (helper 11a, 2026-12-04)
            "u20a-0011": "a person named alone at 'Who is this decision for?' is who it is for; rounds 15 and 19 mark 'my son jaylen' and 'MY WIFE JUNE' so (u15a-0005, u19a-0003)",
            "u20a-0184": "the question's own synonym for No (as u7-0571 'not really', u16b-0421)",
            "u20a-0248": "'maybe later' is I am not ready to tell my doctor; rounds 4 and 7 mark the same words so (u4-0382, u7-0466)",
            "u20b-0128": "'lowkey' is slang for 'honestly'; round 15 marks 'lowkey all of em now' every choice (u15a-0305), as u7-0223 'all of them honestly'",
            "u20b-0339": "'pretty sure' is Fairly sure in every earlier round, said of how the doctor seemed too (u12a-0338 'he seemed pretty sure but ...', u5-0576 'he sounded pretty sure')",
            "u20a-0086": "a red-flag sign at the emergency list is acted on, never reasoned away by its cause (as u17b-0089, u19a-0094); the safety screen's own",
            "u20b-0085": "a red-flag sign at the emergency list is acted on, never reasoned away by its cause (as u17b-0089, u19a-0094); the safety screen's own",
            "u20a-0089": "a red-flag word at the emergency list is acted on even inside a question (as u15a-0093); the safety screen's own",
            "u20b-0098": "'naw' (not happening) and 'they checked my heart then' both fit; 'A doctor has checked, and things are stable now' is the choice's own words and both lead to the same turn",
            # round 21 (helper 11a7, 2026-12-05)
            "u21a-0055": "'none ... really' at a pick-one question with no 'none' is Something else; rounds 15 and 16 mark 'none of those really' and 'none of these really fit tbh' so (u15a-0050, u16b-0047)",
            "u21a-0219": "'maybe ... mentioned' a test is Not sure with the reason kept; rounds 1, 5 and 7 mark the same shape so (u1-0290, u5-0302, u7-0365)",
            "u21b-0226": "'they talk about a biopsy maybe, not decided' is Not sure with the reason kept, as u7-0365 'maybe, they mentioned an echo'",
            "u21a-0459": "'depends on ...' is Not sure with the reason kept; round 2 and 8 mark the same shape so (as u8-0743, u20b-0409)",
            "u21a-0395": "'Another kind, or not sure' is the choice's own words for a kind the person says they cannot place ('idk what that even is')",
            "u21b-0127": "at 'Is this happening now?' the words 'happening now' are acted on even inside a question (as u20a-0089); the safety screen's own side",
            "u21b-0141": "a tumour found on a scan is the first sign's own case (a serious new diagnosis); ticking it beside the mismatch adds a true reason, never a wrong one",
            # helper 11a8 (2026-12-05): round 22's labels judged against how earlier rounds mark the same words
            "u22a-0094": "at the child's red-flag list 'not drinking much' is the sign as said; acting on it is the safety screen's own side (as u21b-0127), 'she is peeing tho' is for a clinician to weigh",
            "u22b-0424": "'never looked at my MRI' is 'One doctor did not see all the records', as rounds 10 and 12 mark the same words (u10-0709, u12a-0389)",
            "u22a-0382": "a biopsy as the next step is 'More tests first', as rounds 12 and 21 mark it (u12a-0375 'repeat the biopsy first', u21b-0412 'first do biopsy')",
            "u22a-0257": "bare 'not yet' at 'Will you tell your doctor?' is 'I am not ready to tell my doctor' in rounds 5 and 6 (u5-0386, u6-0418); one reading kept",
            "u22b-0387": "'quite sure' is Fairly sure in rounds 3 and 5 (u3-0468, u5-0585, the lexicon's own words); the rounds mark 'quite' both ways, one reading kept",
            "u22b-0358": "'fairly confident but wanted the MRI too' is Fairly sure, as rounds 4 and 9 mark 'fairly sure, but said an MRI could confirm' (u4-0576, u9-0632)",
            "u22a-0129": "'Also item 4 perhaps' is marked a pick in the same shape in round 17 (u17b-0124 'And perhaps number seven'); and a mass on a scan while feeling well is item 4's own case",
            # helper 11a9 (2026-12-05): round 23's labels judged against how earlier rounds mark the same words
            "u23b-0297": "a question said after the picks at the list of questions is the person's own, added to the list and said back ('Ask your doctor: ...'), by the contract of u5-0407",
            "u23a-0318": "'Also can I ask about my heart?' after the picks at the list of questions is added to the list and said back, by the contract of u5-0407",
            "u23b-0176": "'counting X? then two' is the count said, as round 11 marks 'Counting the ER doctor who laughed at me? Six.' (u11-0558)",
            "u23a-0029": "'she 55, me 30': both ages are adults, so 'An adult, 18 or older' is right whoever is meant",
            "u23b-0251": "'None yet - the clinic is mailing them' is 'None of these yet' in the choice's own words, the note kept",
            "u23a-0457": "'maybe after X' is Not sure with the reason kept, as round 9 marks 'no sé, maybe after Navidad?' (u9-0302)",
            "u23a-0224": "'Not planned. Maybe.' is Not sure, as round 5 marks 'um maybe? ... nothing booked' (u5-0302)",
            "u23a-0038": "'There's no date on it, really' is 'There is no set date' in the choice's own words; 'over the coming year or so' is no date, kept as the note",
            "u24a-0128": "a bare 'all' at a pick-any list picks every item: the re-ask offers it ('like 1, 3, all or none'), and rounds 5, 14 and 24 mark a bare 'all' so (u5-0395, u14b-0278, u24b-0285)",
            "u24b-0345": "'Pretty sure, but he said a biopsy could help' is Fairly sure, as u22b-0358, u4-0576, u9-0632",
            "u24a-0213": "'they mentioned maybe a sleep study but nothin booked' is Not sure, as round 5 marks 'um maybe? ... nothing booked' (u5-0302) and u23a-0224",
            "u24b-0290": "a question said after the picks at the list of questions is added to the list and said back, by the contract of u5-0407 (as u23b-0297)",
            "u24b-0132": "'all of them honestly' picks every item, as round 11 marks the very same words (u11-0223)",
            "u24a-0186": "the interpreter asked for beside the picks is answered in the same turn ('Ask the clinic for a trained medical interpreter when you book'): the picks are right and the request is not dropped",
            # Round 25 (helper 11a11): labels judged against how earlier rounds mark the same words
            "u25a-0281": "a question said after the picks at the list of questions is added to the list and said back, by the contract of u5-0407 (as u23b-0297, u24b-0290)",
            "u25b-0285": "a question said after the picks at the list of questions ('I also want to ask about memory loss') is added to the list and said back, by the contract of u5-0407 (as u24b-0290)",
            "u25b-0242": "'no tengo copias de nada todavia' is 'I have no copies of anything yet': the choice 'None of these yet' in the person's own language",
            "u25b-0390": "'PT + epidural steroid injection' is 'Medicine, therapy or another treatment', as round 15 marks 'Physio and the injections' (u15a-0353) and round 16 'physical therapy and shots first' (u16b-0376)",
            "u25a-0233": "'some papers from the ER' are hospital discharge papers, as round 20 marks 'the ER papers' (u20a-0221) and round 22 'the papers from the ER when she had a high fever' (u22a-0241)",
            # (lead, twenty-eighth session: rest_unsure.py) a doubt about the rest of the list is no pick and asks nothing
            # (helper u26b, thirty-third session) round 39 marks an order typed in part as only those questions; the
            # questions not typed keep their order after them, as rounds 1 and 2 mark '3 1 2' (u8-0518)
            "u39a-0357": "the questions not typed keep their order after those typed (as u8-0518): '5 first then 3' is 5, 3, 1, 2, 4",
            "u39b-0354": "the questions not typed keep their order after those typed; rounds 1 and 2 mark '3 1 2' so (as u8-0518)",
            "u39b-0357": "the questions not typed keep their order after those typed (as u8-0518, u12a-0292 '4, 3, 1')",
            "u39b-0359": "the questions not typed keep their order after those typed (as u8-0518): '3 first' puts 3 at the top",
            "u20b-0071": "'sure? no. support? yes. the rest idk' is support, as rounds 29 and 32 mark the same 'the rest idk' (u29b-0361, u32b-0081) and round 15 'Not sure about the rest' (u15b-0065)"}


def results(name: str) -> list[dict]:
    items = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) >= 400
    return [classify(item) for item in items]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_folded_round_has_no_silent_misreads_and_keeps_its_first_time_rate(name):
    found = results(name)
    misreads = [(r["id"], r["answer"], r["expect"], r["stored"]) for r in found
                if r["outcome"] == "misread" and r["id"] not in DISAGREE and r["id"] not in OPEN]
    assert misreads == []
    summary = report(found)
    assert summary["right_first_time"] / summary["answers"] >= FLOORS[name]
    assert summary["confirmations"] / summary["answers"] <= 0.05


def test_own_words_reach_the_plan_in_no_more_than_ten_percent_more_turns():
    numbers, _ = journey_turns(JOURNEY_NUMBERS)
    words, where = journey_turns(JOURNEY_WORDS)
    assert where == "summary"
    assert words <= numbers * 1.1


def test_an_emergency_sign_that_leads_to_the_urgent_turn_counts_as_understood_and_none_does_not():
    urgent = classify({"id": "t1", "state": "red_flags", "answer": "chest pain and sweating right now",
                       "expect": {"picks": ["heart_attack"]}})
    assert urgent["outcome"] == "right"
    wrong = classify({"id": "t2", "state": "red_flags", "answer": "chest pain and sweating right now",
                      "expect": {"picks": ["none"]}})
    assert wrong["outcome"] != "right"


def test_one_pick_named_at_a_pick_any_question_is_scored_as_that_one_pick():
    # A writer may mark "none" at the red-flag list as {"pick": "none"}: the engine stores ["none"].
    from benchmarks.understanding import classify

    item = {"id": "t1", "state": "signs_more", "role": "patient", "answer": "none of those", "expect": {"pick": "none"}}
    assert classify(item)["outcome"] == "right"
    wrong = dict(item, expect={"pick": "dismissed"})
    assert classify(wrong)["outcome"] == "misread"
