"""Silent misreads of folded-in understanding rounds not yet mended nor judged a label disagreement, by round, each
with why it is held (tests/understanding/test_corpus.py checks no other misread appears). An id leaves its list when its
line is fixed or its label judged (then it goes to test_corpus.DISAGREE with the reason)."""

from __future__ import annotations

# Round 14 (folded in 2026-12-03, a new session): 32 silent misreads were left when the session
# ended, not yet each fixed or judged a disagreement (helpers 11a and 11b judged 11 of them label
# disagreements in their reports: docs/understanding.md). Held here so no new one appears; an id
# leaves this list when its line is fixed or its label judged (then it goes to DISAGREE with the reason).
OPEN_ROUND14 = frozenset({"u14a-0043", "u14a-0083", "u14a-0093", "u14a-0110", "u14a-0156", "u14a-0195", "u14a-0239", "u14a-0259", "u14a-0302", "u14a-0347", "u14a-0374", "u14a-0397", "u14a-0400", "u14a-0402", "u14a-0404", "u14b-0050", "u14b-0069", "u14b-0087", "u14b-0097", "u14b-0162", "u14b-0228", "u14b-0236", "u14b-0332", "u14b-0391", "u14b-0401", "u14b-0403"})
# u14b-0356 ("birth control pills and see how it goes") is asked since helper 11a8 put birth control with medicine.


# Round 15 (measured held out on 2026-12-03, folded in 2026-12-04): its 47 silent misreads after
# round 14's fold-in (83.3% right first time, docs/understanding.md), held here the same way until
# each is fixed or judged a label disagreement. Helper 11a (2026-12-04) fixed 29 by mechanism
# (test_round15_misreads.py) and judged 8 label disagreements (DISAGREE); 10 are left.
OPEN_ROUND15 = frozenset({"u15a-0039", "u15a-0257", "u15a-0277", "u15a-0318", "u15b-0061"})


# Round 16 (measured held out on 2026-12-04 before and after that session's work: 84.1% then 83.8%
# right first time, docs/understanding.md; folded in 2026-12-04 in the next session): its 40 silent
# misreads, held here the same way until each is fixed or judged a label disagreement. After
# branches 11a and 11b (tuned): 89.4% right first time (floor 0.885), 18 misreads (6 judged). Helper 11a
# (2026-12-04) fixed 22 by mechanism (test_round16_misreads.py) and judged 6 label disagreements
# (DISAGREE); 12 are left, four of them at the red-flag lists (the safety screen's own).
OPEN_ROUND16 = frozenset({"u16a-0075", "u16a-0294", "u16a-0385", "u16b-0044", "u16b-0084", "u16b-0092", "u16b-0095", "u16b-0098", "u16b-0132"})


# Round 17 (measured held out on 2026-12-04 before and after that session's work: 83.5% then 84.3%
# right first time, docs/understanding.md; folded in 2026-12-04 in the next session): its 37 silent
# misreads, held here the same way until each is fixed or judged a label disagreement. Helper 11a
# (2026-12-04) fixed 24 by general doubts over a reading about to be stored (unsafe.py and others,
# test_round17_misreads.py; two of them now offered back for a Yes; round 14's u14b-0129 and
# u14b-0136 went with them) and judged 10 label disagreements (DISAGREE); 3 are left.
OPEN_ROUND17 = frozenset({"u17a-0114", "u17a-0390"})


# Round 18 (measured held out on 2026-12-04 before and after that session's work: 84.3% then 84.9%
# right first time, docs/understanding.md; folded in 2026-12-04 in the next session): its 47 silent
# misreads, held here the same way until each is fixed or judged a label disagreement. Helper 11a
# (2026-12-04) fixed 27 by mechanism (test_round18_misreads.py), 11b and t4 one more, and 11a judged 4 label disagreements
# (DISAGREE); the rest are left.
OPEN_ROUND18 = frozenset({"u18a-0007", "u18a-0053", "u18a-0236", "u18b-0038", "u18b-0096", "u18b-0097", "u18b-0107", "u18b-0112",
                           "u18b-0327", "u18b-0337", "u18b-0363"})

# Round 19 (measured held out on 2026-12-04 before and after that session's work: 83.6% then 83.5%
# right first time, docs/understanding.md; folded in 2026-12-04 in the next session): its 37 silent
# misreads, held here the same way until each is fixed or judged a label disagreement. Helper 11a
# (2026-12-04) fixed 18 by mechanism (tests/understanding/test_round19_misreads.py; two of them now
# offered back for a Yes; round 17's u17b-0271 and round 18's u18a-0071, u18a-0247 and u18b-0250
# went with them) and judged 7 label disagreements (DISAGREE); 11 are left.
OPEN_ROUND19 = frozenset({"u19a-0011",
                            "u19a-0179",
                            "u19a-0235",
                            "u19a-0406",
                            "u19b-0073",
                            "u19b-0100", "u19b-0116",
                            "u19b-0250",
                            "u19b-0342"})  # u19b-0359 fixed by helper 11a8 ("does ... through the leg")

# Round 20 (measured held out on 2026-12-04 before and after that session's work: 82.8% then 82.6%
# right first time, docs/understanding.md; folded in 2026-12-04 in the next session): its 34 silent
# misreads, held here the same way until each is fixed or judged a label disagreement.
OPEN_ROUND20 = frozenset()  # helper 11a (2026-12-04): 24 fixed by mechanism (test_round20_misreads.py), 10 judged (DISAGREE)


# Round 21 (measured held out on 2026-12-04 before and after that session's work: 81.0% then 81.4%
# right first time, docs/understanding.md; folded in 2026-12-04 in the next session): its 54 silent
# misreads, held here the same way until each is fixed or judged a label disagreement.
OPEN_ROUND21 = frozenset({"u21a-0014", "u21a-0027", "u21a-0180", "u21a-0376",
                           "u21a-0412", "u21b-0061", "u21b-0161", "u21b-0312"})
# Helper 11a13 (2026-12-05): u21b-0181 ("two — the ortho and a sports med doctor") now offers "Two" back (count_heading).
# helper 11a7 (2026-12-05): 35 fixed by general doubts over a sure reading (wrongly_sure.py,
# test_round21_misreads.py) and a few lexicon words, 8 judged label disagreements (DISAGREE);
# helper t13 fixed u21a-0009 and u21b-0080; 10 are left.


# Round 22 (measured held out on 2026-12-05 before and after that session's work: 80.7% then 80.9%
# right first time, docs/understanding.md; folded in 2026-12-05 in the next session): its 46 silent
# misreads, held here the same way until each is fixed or judged a label disagreement.
OPEN_ROUND22 = frozenset({"u22a-0236", "u22a-0047", "u22a-0079", "u22a-0271", "u22a-0298",
                           "u22b-0013", "u22b-0047", "u22b-0058", "u22b-0090", "u22b-0216", "u22b-0266",
                           "u22b-0422", "u22b-0444"})
# helper 11a8 (2026-12-05): 23 fixed by more doubts over a sure reading (wrongly_sure_more.py,
# test_round22_misreads.py), lexicon words and a count of things that is no age (ages.py); 7 judged label
# disagreements (DISAGREE); 16 are left (docs/understanding.md, "Round 22's silent misreads").


# Round 23 (measured held out on 2026-12-05 before and after that session's work: 78.2% then 78.1%
# right first time, docs/understanding.md; folded in 2026-12-05 in the next session): its 49 silent
# misreads, held here the same way until each is fixed or judged a label disagreement.
OPEN_ROUND23 = frozenset({"u23a-0054", "u23a-0055", "u23a-0059", "u23a-0060", "u23a-0099", "u23a-0142", "u23a-0234", "u23a-0290", "u23a-0294", "u23a-0328",
                           "u23a-0390", "u23a-0396", "u23a-0433", "u23a-0448", "u23b-0138", "u23b-0280", "u23b-0322", "u23b-0368"})
# helper 11a9 (2026-12-05): 14 fixed by doubts from the line's shape (wrongly_sure_shape.py,
# test_round23_misreads.py) and "doesnt count" beside a count (unsafe.yaml); 9 judged label disagreements
# (DISAGREE); 26 are left (docs/understanding.md, "Round 23's silent misreads").
# helper 11b9 (2026-12-05): u23a-0333 fixed (a correction with punctuation inside it, correction_words.py).


# Round 24 (measured held out on 2026-12-05 before and after that session's work: 80.5% then 80.6%
# right first time, docs/understanding.md; folded in 2026-12-05 in the next session): its 57 silent
# misreads, held here the same way until each is fixed or judged a label disagreement. Helper 11a10 (2026-12-05):
# 23 fixed (wrongly_sure_said.py and words), 6 judged (DISAGREE); 28 left.
OPEN_ROUND24 = frozenset({"u24a-0051", "u24a-0091", "u24a-0241", "u24a-0121", "u24a-0122", "u24a-0145", "u24a-0168",
                           "u24a-0221", "u24a-0224", "u24a-0270", "u24a-0305", "u24a-0307", "u24a-0387",
                           "u24a-0407", "u24a-0410", "u24a-0442", "u24b-0023", "u24b-0069", "u24b-0090", "u24b-0108",
                           "u24b-0124", "u24b-0259", "u24b-0278", "u24b-0361", "u24b-0432"})
# Round 25 (folded in 2026-12-05, eighteenth session): its 38 silent misreads at the fold-in, open until mended.
OPEN_ROUND25 = frozenset({"u25a-0006", "u25a-0042", "u25a-0292", "u25a-0404", "u25b-0031",
                          "u25b-0040", "u25b-0345", "u25b-0435"})
# u24b-0259 ("ya my surgeon knows, he said go for it") back open (lead, 2026-12-05): 11a10's "surgeon knows" made any
# line naming the surgeon at that question a likely "already told" ("is the surgeon going to get angry").


# Round 26 (folded in 2026-12-05, nineteenth session): its 40 silent misreads on the fold-in code, held open until fixed.
# Helper 11a12 (2026-12-05): 21 fixed by mechanism (wrongly_sure_heard.py and others, test_round26_misreads.py); of
# the 19 left, 14 are labels a careful reader could dispute (below, kept open so the lead can judge them) and 5 are
# misreads still to mend. Helper 11a13: u26a-0392 ("They hedged, and want a repeat biopsy.") now offered back as
# "Not sure, and wanted more tests" (wish_without_sure).
OPEN_ROUND26 = frozenset({
    # --- labels a careful reader could dispute (the reader was not bent to them) ---
    "u26a-0067",  # "no one" at the SURE statements: read "None of these" ("no one of this" is marked none in u23a-0080)
    "u26a-0209",  # "echo maybe, i forget if already done" at "tests still to come?": "Not sure" is what it says
    "u26b-0209",  # "my mom said something about bloodwork?? maybe": "Not sure", kept with the note
    "u26b-0213",  # "... I don't know if this count": rounds 9 and 20 mark the same doubt "Not sure" (u9-0112, u20b-0058)
    "u26a-0289",  # picks and "can I add 'how will it affect her growing'?": the question is added to the list and said
    "u26b-0285",  # back (the contract of u5-0407, as u24b-0290); asking about it again would be a re-ask
    "u26b-0183",  # "Third opinion, how much cost?": the pick kept and the cost question answered (answer_then_ask's contract)
    "u26b-0149",  # "Insurance ask second opinion, how me know?": the pick kept and the question answered, as u26b-0183
    "u26b-0356",  # "confident-ish? she kind of shrugged but then said it's probably benign": "Fairly sure" is a fair reading
    "u26b-0401",  # "Hearing aid new, stronger. Try first.": "Something else" with the line as its note (no choice is a hearing aid)
    "u26b-0407",  # "Everything differs.": all four is what it says ("everything" at a pick-any question is every choice)
    "u26b-0444",  # "Maybe after talk with deaf friends ... Maybe." at "Do you know when you will decide?": "Not sure"
    "u26a-0387",  # "not so sure, he say maybe wait": the doctor's doubt ("Not sure, and wanted more tests") is arguable
    # --- misreads still to mend ---
    "u26a-0107",  # urgent_care ("no pain, i mean liver pain little before, doctor check already"): the safety screen's question
    "u26b-0128",  # "antibiotics keep failing ... 5 min visit": "keep failing" not read, "5 min visit" read as a vague diagnosis
    "u26b-0136",  # "... the way the tumour sits against the vessel": "tumour" said in passing read as a serious diagnosis
    "u26b-0415",  # "One say heart block, one say medicine make heart slow": what one doctor said read as the plan differing
})
# Helper 11a12 also judged the held item "a paper from the doctor" at records: a paper said to come only from a doctor
# (no visit, no "notes" or "letter") may be a visit note, a letter, a referral, a prescription or a result, so a careful
# person asks (documents_from.py, dialogues/documents_from.yaml: vague_documents, doctor_only, visit_words). Round 22's
# clear-answer tests now ask it; "paper from doctor visit", "a letter from the oncologist", "notes from the doctor" stay
# visit notes. u23a-0257, u24b-0232 and u25b-0238 left OPEN (and, by number_then_no, u23a-0451 "1. No — 2." now offered
# back as 2; u15a-0390 and u16a-0360 were no longer misread at d25e8ad already, and leave their lists too); u22b-0247 ("MRI and the paper from the doctor", marked visit
# notes) is now asked about that part with the MRI kept: a partial, against its own label and with rounds 22-26's others.
# Round 27 (folded in 2026-12-05, twentieth session): its 46 silent misreads on the fold-in code, held open until fixed.
# Helper 11a13 (2026-12-05): 27 fixed by kind (wrongly_sure_kinds.py and words, test_round27_misreads.py); of the 19
# left, 12 are labels a careful reader could dispute (below, kept open so the lead can judge them; the reader was not
# bent to them) and 7 are misreads still to mend.
OPEN_ROUND27 = frozenset({
    # --- labels a careful reader could dispute ---
    "u27a-0011",  # "both?? its for my baby but i also want to compare what 2 drs said": both_paths takes the compare path
                  # for a caregiver by design ("we already have 2 opinions, its for my partner"); the "both??" is answered
    "u27a-0211",  # "I have not fixed a date ..." at "Do you know when you will decide?": "No" is what it says
    "u27b-0479",  # "no date." at the same question: "No"
    "u27a-0345",  # "Two, if one counts my general practitioner": round 16 marks the same shape a plain count (u16a-0289
                  # "Three, if one counts my own nephrologist." -> three_plus); asked only when put as a question or
                  # beside a second count (counts_if)
    "u27a-0390",  # "the PEG tube, ... through his stomach with a scope": a PEG is a procedure ("Surgery or a procedure")
    "u27a-0407",  # "same kind like before? no, different. I don't remember": "Another kind, or not sure" is that answer
    "u27a-0431",  # "SOME SEED IMPLANT THING": seed implants are radiation (brachytherapy): "A strong treatment, like
                  # chemotherapy or radiation" fits
    "u27b-0488",  # "Possibly. Surgeon mentioned maybe a UGI, not ordered yet." at tests still to come: "Not sure" fits
    "u27b-0370",  # "a cardiologist? the one that did the cath": round 20 marks "the one who did the colonoscopy" a
                  # doctor who does not do surgery (u20a-0317); round 21 asks "he does the scopes" (u21b-0361)
    "u27b-0470",  # "whichever keeps him outta the ground longest": rounds 1, 2, 10, 20, 21 mark "whatever gives her the
                  # best chance" as the plan that does the most (u2-0506, u20a-0402)
    "u27b-0259",  # "all papers from hospital in Kharkiv": hospital papers read as discharge papers is a fair reading
    # --- misreads still to mend ---
    "u27a-0108",  # urgent_care "now it is not there" read "not now" (the safety screen's question, not the reader's)
    "u27a-0114",  # urgent_care "comes and goes ... came back a bit ago" read "stopped" (the safety screen's question;
                  # the engine still says "This may be an emergency")
    "u27b-0126",  # urgent_care_check "kinda, its been on and off all day" (the safety screen's question)
    "u27a-0448",  # "NEVER GOT MY MRI OR THE URO NOTES. JUST THE PATH REPORT.": what they had read as a biopsy doubt
    "u27b-0247",  # "doctor say is rare type of epilepsy": "type" read as the illness with many types beside "rare"
    "u27b-0262",  # "All except path and discharge.": "path" alone is not yet read as pathology at records
    "u27b-0456",  # "she not see ultrasound": a doctor who did not see a scan (records) missed; only the biopsy kept
})
# Round 28 (folded in 2026-12-06, twenty-first session): its 52 silent misreads on the fold-in code (5384dec),
# held open until fixed.
OPEN_ROUND28 = frozenset({
    # --- labels a careful reader could dispute (helper 11a14) ---
    "u28a-0216",  # "not sure, kinda depends on the holter results": "Not sure" is what it says (as u27a-0469 "DEPENDS ...")
    "u28a-0231",  # "Possibly. There's been talk of a scan ...": "Not sure" fits (as u27b-0488 "Possibly. ... not ordered yet")
    "u28b-0409",  # "TAVI: the valve is delivered by catheter": a TAVI is a procedure, "Surgery or a procedure" (as u27a-0390)
    "u28b-0414",  # "... interventional radiology": IR does procedures; "A surgeon" is arguable (as u27b-0370)
    "u28a-0417",  # "Internal medicine po, not surgeon": internal medicine is primary care in the US, a specialty elsewhere
    "u28b-0372",  # "it's for my grandma, i'm just the one typing": "someone I care for" is a fair reading of the one typing
    "u28a-0412",  # "Conservative care ...; no dialysis, and keep an eye on things": "Watch and wait, with check-ups" is what it says
    "u28a-0142",  # "The doctor say surgery but ... is that normal?": the pick is said and kept, the question answered beside it
    "u28b-0012",  # "its me but i already saw 2 drs so idk which one to hit": the compare path is for exactly this
    # --- the safety screen's question (red-flag and urgent turns are read by the screen, not the reader) ---
    "u28a-0087",  # red_flags: I have short breath but is from the stairs, I clean 3 floors today
    "u28a-0104",  # red_flags_child: he said he felt dizzy at practice but he's ok now
    "u28a-0112",  # urgent_care: nah that was from a crash in october, doc cleared me
    "u28b-0092",  # red_flags: wah 'new confusion' mean? mi always confuse wid doctor talk
    "u28b-0103",  # red_flags_child: he's been super sleepy today but I think that's a growth spurt? he doe
    "u28b-0109",  # urgent_care: the ambulance take her already, she is ok now, the doctor say is not t
    "u28b-0118",  # urgent_care: Define 'stable'? I was seen Monday, but it's back a little today.
    # --- misreads still to mend ---
    "u28a-0029",  # decision_when: Doctor he say the operation must be in next weeks, not wait long becau
    "u28a-0152",  # signs_more: Sometimes I feel her tiredness gets brushed off, but perhaps that's un
    "u28a-0243",  # timing_seen: Yes, I think. Doctor in my hospital, in corridor, he look quick.
    "u28a-0246",  # specialist_focus: MRI show tumour. And if operation or not.
    # specialist_focus: mri + whether to scope it, and I travel a ton for races so time's shor
    "u28a-0253",  # specialist_focus: the procedure, and WPW is kinda rare in kids?
    "u28a-0278",  # logistics: Wala po insurance here in US, only the company P&I in Manila
    "u28a-0320",  # questions: All is good. Which is best?
    "u28a-0364",  # compare_first: I not remember how many, I see so many doctors this year
    "u28a-0413",  # compare_one_treatment: patching and glasses first, then surgery if no better
    "u28a-0444",  # compare_two_treatment: glasses and patching for 3 months
    "u28a-0460",  # compare_differs: The plan, certainly, and how far along her kidney disease is; one call
    "u28b-0032",  # decision_when: the dermatologist said the sooner the better because it grows fastest 
    "u28b-0045",  # decision_situation: it's a hemangioma and they offered laser or a medicine, but it's getti
    "u28a-0351",  # summary_sure: "2, 3; 1 pending final OS consult.": mended by 11a14 with "pending" as a pick said not to
                  # hold; taken back by the review (rv14): "5, 8 awaiting biopsy" dropped a pick that holds, sure and silent
    "u28b-0518",  # signs_more: "di first an di last one... no mi mean di second": mended by 11a14 alone; with 11b14's Patois
                  # words ("mi mean" -> "I mean") it reads as a correction to the second, told back ("I took that as ...")
    "u28b-0140",  # signs: all of em except the rare one and the tests one
    "u28b-0246",  # specialist_focus: la biopsia, and the operation, which kind, all of it or half
    "u28b-0272",  # logistics: no tengo seguro... well, my wife have Medicaid I think, from the kids
    "u28b-0279",  # logistics: Checked: in-network, $40 specialist copay, no referral needed on my PP
    "u28b-0434",  # compare_two_confidence: He did not state a level of certainty, but wanted a stress test first.
    "u28b-0450",  # compare_differs: Urgency (now vs 3 months), and arguably the stage - one called it 'ear
    "u28b-0454",  # compare_differs: la operación, toda o la mitad
})
OPEN_ROUND29 = frozenset({
    # round 29 folded in (twenty-second session): the 47 silent misreads measured at the fold-in (79.5% right first time)
    "u29b-0072",  # decision_sure: know the pros and cons. got my wife
    "u29b-0074",  # decision_sure: I understand the regimens well, being a pharmacist, and I know what matters t...
    "u29b-0082",  # decision_sure: i think 4? my mom is here with me. the rest no
    "u29a-0025",  # welcome_age: she is 15 but the surgeon is an adult spine surgeon not a kids one, does that...
    "u29a-0037",  # decision_when: fast. pain bad.
    "u29a-0116",  # urgent_care: he says it was this morning, he took his pills, now better. no doctor saw him
    "u29a-0152",  # signs_more: my gyn is a general ob, not an endo specialist, and no one takes me seriously
    "u29a-0171",  # fit_opinions: just the ENT. well the pediatrician too but she just sent us there
    "u29a-0228",  # timing_tests: blood test only. not change nothing
    # specialist_focus: I... whether to do the tube... and travel is hard for her, she gets upset in ...
    "u29a-0255",  # specialist_focus: 'rare' lol. apparently 1 in 10 women have it so no
    # summary_sure: now i know good bad point, and i have support
    "u29a-0338",  # summary_sure: same. sure.
    "u29a-0347",  # summary_sure: I am sure, and well supported; whether I fully understand every risk, I canno...
    "u29a-0370",  # compare_who: he says for him. I only type
    "u29a-0382",  # compare_one_field: idk what she is tbh, she did my first surgery though
    "u29a-0394",  # compare_one_confidence: he says the doctor talk very fast, he did not understand
    "u29a-0406",  # compare_one_treatment: he says chemo first, then maybe the operation
    "u29a-0433",  # compare_two_confidence: I could not tell you; she was very measured.
    "u29a-0448",  # compare_differs: plan. one cut, one wait
    "u29b-0013",  # welcome: My father. Although, strictly speaking, we already have a second oncologist's...
    "u29b-0026",  # welcome_age: she's my first, she's so tiny, barely 6 lbs
    "u29b-0077",  # decision_sure: Roughly 75% confident, which I would not call sure. Items 2, 3, 4.
    "u29b-0088",  # red_flags: nun of those I mean I always have some weakness from the M S but nothing sudden
    "u29b-0092",  # red_flags: short of breath going up the stairs at work but fine sitting down
    "u29b-0104",  # red_flags_child: she breathes fast when she feeds and sweats on her head, is that number 1?
    "u29b-0120",  # urgent_care: It comes and goes. Just now it is quiet.
    "u29b-0231",  # fit_decision_point: não sei
    "u29b-0252",  # timing_seen: não sei, my husband took him to the clinic
    # specialist_focus: mri and the scope
    "u29b-0266",  # specialist_focus: Not sure. Maybe the ECG?
    "u29b-0282",  # records: I need the CD or the report is enough?
    "u29b-0309",  # logistics_ask: Not yet.
    "u29b-0348",  # questions_order: 1 and 3 matter most i reckon
    "u29b-0407",  # compare_one_confidence: she said shed need the MRI before she's sure
    "u29b-0408",  # compare_one_confidence: He seemed quite certain, though he conceded the data in patients over 75 are ...
    "u29b-0423",  # compare_one_treatment: keep the antibiotic every day and we see
    "u29b-0432",  # compare_two_field: another bone doc, sports medicine guy
    "u29b-0515",  # compare_decision_point: when i can get a day off
    "u29b-0516",  # compare_decision_point: Perhaps.
})
OPEN_ROUND30 = frozenset({
    # round 30 folded in (twenty-third session): the 48 silent misreads measured at the fold-in (79.7% right first time);
    # u30a-0065 (decision_sure, own-words doubt and lack) left when helper u16b's said_lacking.py read it right
    "u30a-0011",  # welcome: Technically me, though my husband has his own opinions about it and we've already got two doctors' v...
    "u30a-0051",  # decision_situation: I've had bleeding on and off about a year, they did a scraping thing and now they want to take it al...
    "u30a-0068",  # decision_sure: Second and fourth are correct for me.
    "u30a-0116",  # urgent_care: it comes and goes po, now it is less
    "u30a-0131",  # signs: he has the surgery advise, and the medicine not work, and I feel they don't listen me
    "u30a-0142",  # signs: All of the first five except the rare one.
    "u30a-0220",  # fit_decision_point: maybe po
    "u30a-0248",  # timing_seen: not sure if the np counts as a doctor
    "u30a-0269",  # records: There's the scan report and the results from the sample. I don't have copies.
    "u30a-0271",  # records: nothing, I don't have any papers
    "u30a-0277",  # logistics: I called Aetna yesterday: covered, in network, no referral needed.
    "u30a-0392",  # compare_one_field: HEART GUY? NOT SURE
    "u30a-0412",  # compare_one_treatment: dialysis po, 3 times a week
    "u30a-0415",  # compare_one_treatment: Wait, then another MRI in three months before choosing.
    "u30a-0416",  # compare_one_treatment: Beta blockers, and more tests first.
    "u30a-0466",  # compare_differs: all different po, even what is the problem
    "u30a-0467",  # compare_differs: I think they mean the same problem but they use different words. And the plan is different.
    "u30a-0468",  # compare_differs: Diagnosis is the same. Stage... is 'highly active' a stage?
    "u30a-0473",  # compare_context: MRI was unclear, second doctor wants to redo it. And radiation doctor did not see biopsy slides.
    "u30a-0526",  # logistics_ask: I'll mention it. Or my husband will. Or I'll chicken out.
    "u30b-0038",  # decision_when: idk like weeks or months, depends when the swelling goes down
    "u30b-0041",  # decision_situation: they found the tumor on an MRI after months of headaches, and they won't know what kind it is until ...
    "u30b-0042",  # decision_situation: knee's been shot for years, they finally said replace it
    "u30b-0139",  # signs: no understand number 4
    "u30b-0143",  # signs: All except 1, 5 and 7, technically, though a few of the others are borderline.
    "u30b-0153",  # signs_more: Is a trial the same as being tested.
    "u30b-0216",  # fit_decision_point: Joan wants to decide after the grandkids visit at Christmas, I'd rather wait for the brain scan in F...
    "u30b-0226",  # timing_tests: Do they have to do another scan before the operation.
    "u30b-0238",  # timing_seen: I think so. Someone came. I cannot recall if it was the doctor.
    "u30b-0250",  # specialist_focus: Is a scan the same as an X-ray.
    "u30b-0252",  # specialist_focus: not the scans so much, it's more the pathology and whether it's a rare type
    "u30b-0256",  # records: x-rays and the notes from when they scoped it back in '19
    "u30b-0329",  # summary_sure: 1 2 3 4 lets gooo
    "u30b-0332",  # summary_sure: We know what matters to us now, that much I can say. Joan is surer than I am.
    "u30b-0349",  # compare_who: me? or my wife, she help me with all this
    "u30b-0396",  # compare_one_treatment: They said surgery, the DBS
    "u30b-0411",  # compare_two_confidence: Hedged everything. 'Could go either way.'
    "u30b-0419",  # compare_two_confidence: sure as in about the tear or about the surgery
    "u30b-0422",  # compare_two_treatment: Medicine and wait, check her every 3 month
    "u30b-0438",  # compare_differs: what they do. and how soon
    "u30b-0468",  # compare_values: idk both lowkey
    "u30b-0480",  # compare_decision_point: Joan says after Christmas, me, I'm not sure
})
OPEN_ROUND31 = frozenset({
    # round 31 folded in (twenty-fourth session): the 51 silent misreads measured at the fold-in (80.0% right first time)
    "u31a-0047",  # decision_situation: A new diagnosis of early prostate cancer. The type is known to us: Gleason three plus four.
    "u31a-0099",  # red_flags_child: hes got a cold, bit of a cough but breathing normal
    "u31a-0112",  # urgent_care: episode at 0600, self-terminated, no CP since. not seen by anyone yet
    "u31a-0114",  # urgent_care: I go hospital tomorrow, is ok?
    "u31a-0115",  # urgent_care: It was heartburn (pizza, my own fault). Stopped an hour ago and nobody's looked at it.
    "u31a-0127",  # urgent_care_check: define now - flutters on and off for the last hour, no pain
    "u31a-0128",  # signs: Big operation on neck. I want peace in my head before.
    "u31a-0138",  # signs: Everything except the rare one, the vague one and the new-diagnosis one (RA and I go back 15 years).
    "u31a-0142",  # signs: 1 and the one about strong side effects... mom worries about her voice after surgery and taking thyr...
    "u31a-0151",  # signs_more: My doctor is family doctor, not neck doctor. But he send me to surgeon.
    "u31a-0163",  # fit: no time for another doctor, she says just do the surgery
    "u31a-0177",  # fit_opinions: First doctor and physio. Physio is doctor?
    "u31a-0180",  # fit_opinions: Dear, I have lost count, there have been so many in white coats.
    "u31a-0228",  # timing_tests: just a repeat TSH, won't change anything
    "u31a-0253",  # specialist_focus: All of them except the biopsy one (no one has biopsied me, yet) and the last.
    "u31a-0254",  # specialist_focus: the eye measurements? idk which one that is
    "u31a-0260",  # records: X-rays galore, blood tests going back to the Clinton administration, and the notes from my knuckle s...
    "u31a-0262",  # records: the hospital has everything, we dont have copies of anything
    "u31a-0275",  # logistics: she has medicare, the hospital lady said it'd be fine
    "u31a-0305",  # logistics_insurer: Paper form I have. Who fill it I don't know.
    "u31a-0313",  # questions: All ten, for the tongue that asks does not go astray. But if I must choose: the first, the third and...
    "u31a-0331",  # questions_order: 2 1 3 4 5. No, I have it the wrong way about. Leave it as it is, dear.
    "u31a-0338",  # summary_sure: Understand: yes. Values: yes. Sure: inching towards it (call it 60%). Support: yes.
    "u31a-0340",  # summary_sure: she says she is sure now. me idk
    "u31a-0342",  # summary_sure: sure + support, still fuzzy on what I value more
    "u31a-0438",  # compare_two_treatment: keep the glasses and patch more, check again in 6 months
    "u31a-0450",  # compare_differs: diagnosis (one says probably benign, other says can't tell) and the plan
    "u31a-0464",  # compare_context: One of them hadn't seen my latest X-rays (the fax machine strikes again).
    "u31a-0466",  # compare_context: Both the scan and the records, and I am told a case like mine is not so common, with my brother havi...
    "u31a-0474",  # compare_values: Dear, Walter wants to be rid of it, whatever it takes. I am less sure.
    "u31b-0053",  # decision_situation: not worse, not new, just a lump in my groin they want to fix
    "u31b-0072",  # decision_sure: no sé. some yes, some no
    "u31b-0118",  # urgent_care: what counts as stable? they sent him home from the ER
    "u31b-0134",  # signs: 2, 3, 8. Bypass is major, stroke risk about 1-2 percent, and two valid options with no clear winner.
    "u31b-0178",  # fit_opinions: three - my breast surgeon, the genetics counsellor and the plastic surgeon. well, 2 surgeons really
    "u31b-0195",  # fit_two_opinions: 3rd
    "u31b-0262",  # records: Angiogram report plus images on CD, ECGs, echo report, and the discharge summary from my 2019 admiss...
    "u31b-0269",  # records: all of them exept biopsy
    "u31b-0271",  # records: scan? I had an ultrasound I think. or was that the GP poking me
    "u31b-0286",  # logistics: no insurance worth the name lol, it's a rubbish plan
    "u31b-0297",  # logistics_ask: dad doesn't want to offend him. I'll do it anyway
    "u31b-0342",  # summary_sure: I'm clearer on what matters (3). I understand it (2). sure... getting there
    "u31b-0360",  # compare_first: 2 nuros 1 surgen
    "u31b-0429",  # compare_two_confidence: she say maybe yes, maybe no
    "u31b-0432",  # compare_two_confidence: he was shure
    "u31b-0451",  # compare_differs: the plan. one cut, one wait
    "u31b-0472",  # compare_context: the mri was blury? or was that the eeg. one of them
})
# helper u17 (2026-12-06): four ids left OPEN_ROUND31 when its mechanisms (two orders or no choosing at the order
# question, "they agree" beside a difference, a degree as the whole first answer, a test wanted first) read them right;
# found by running the benchmark, the block not read. Round 31 now holds 47.
OPEN_ROUND32 = frozenset({
    # round 32 folded in (twenty-fifth session): the 50 silent misreads measured at the fold-in (76.8% right first time)
    "u32a-0008",  # welcome: Self. Already seen two shoulder surgeons though - one says repair, one says rehab first
    "u32a-0029",  # decision_when: biopsy is on 9 grudnia (december), we must say yes or no before
    "u32a-0038",  # decision_when: There is no fixed date. The aneurysm now measures 5.6 cm and they advised me not to delay unduly.
    "u32a-0045",  # decision_situation: An abdominal aortic aneurysm that has been monitored for four years. It has now grown and an electiv...
    "u32a-0062",  # decision_worsening: nie wiem, mama took him somewhere yesterday, I ask her
    "u32a-0073",  # decision_sure: 1 and 2... no only 2
    "u32a-0084",  # red_flags: tata is short of breath when he walk up stairs, not when sitting
    "u32a-0128",  # urgent_care_check: define 'now'
    "u32a-0138",  # signs: the meds failed, surgery is big, and crohns is complex?? also peace of mind
    "u32a-0143",  # signs: the first few don't really fit, it's only grommets. maybe the last one
    "u32a-0156",  # signs_more: not sure if doctor in Poland is specialist, he is 'internista'
    "u32a-0183",  # fit_opinions: I've honestly lost count, he's seen so many people since he came to us
    "u32a-0200",  # fit_alternatives: the follow-up chat, and something in writing for his file with the social worker
    "u32a-0218",  # fit_decision_point: maybe
    "u32a-0235",  # timing_seen: GP in Poland see him Tuesday
    "u32a-0249",  # specialist_focus: his hearing tests, and whether he has the op or not
    "u32a-0256",  # specialist_focus: Mostly the imaging. Time is not short, and travel presents no difficulty.
    "u32a-0300",  # logistics_insurer: they send me paper, i not read yet
    "u32a-0302",  # logistics_insurer: the social worker has the form, and the list I think
    "u32a-0304",  # logistics_insurer: WHAT FORM
    # summary_sure: now i know good bad point, and what important for me
    "u32a-0342",  # summary_sure: I am now clear about the risks and about what matters to me. I remain somewhat uncertain.
    "u32a-0397",  # compare_one_confidence: i don't know, my english... maybe sure
    "u32a-0411",  # compare_one_treatment: coil Mirena or operation, he say i choose
    "u32a-0419",  # compare_two_field: an orthodontist. not a surgeon, not a doctor either technically
    "u32a-0443",  # compare_two_treatment: the mouth guard thing. mandibular advancement device.
    "u32a-0444",  # compare_two_treatment: Endovascular repair with a stent graft.
    "u32a-0503",  # decision_situation: grommets were offered, but his ears have been bad for ages and the drops and the waiting haven't don...
    "u32a-0505",  # decision_sure: some yes some no
    "u32a-0506",  # red_flags: I have some new pain in my back since yesterday evening. Otherwise nothing on your list.
    "u32a-0509",  # urgent_care_check: Only slightly; it is nothing like it was before.
    "u32a-0512",  # signs_more: the insurer one, sort of. they 'recommend' it. whatever that means
    "u32a-0514",  # fit_opinions: Two, if one counts the radiologist who reported the scan.
    "u32b-0031",  # decision_when: asap. surgeon has me pencilled in for jan 8
    "u32b-0108",  # red_flags_child: he has a headache
    "u32b-0119",  # urgent_care: What counts as stable? My GP saw me on Monday for it.
    "u32b-0156",  # signs_more: 4 for sure. and my doc is just my ob not like a gallbladder guy
    "u32b-0179",  # fit_opinions: Two oncologists, plus a radiation oncologist who weighed in - so three, really.
    "u32b-0246",  # timing_seen: seen last wk. its worse now
    "u32b-0254",  # specialist_focus: the ultrasound, and if i should get it out. also i have a newborn so travel is hard af
    "u32b-0258",  # specialist_focus: All of it. The doctor knows.
    "u32b-0300",  # logistics_insurer: Form yes. Date, no know.
    "u32b-0304",  # logistics_insurer: who fills the form in
    "u32b-0311",  # questions: risks. what if i wait. how soon back to work
    "u32b-0377",  # compare_one_field: My GP first - no, the neurologist. The GP only referred me.
    "u32b-0439",  # compare_two_treatment: a brace and physio and see how he grows
    "u32b-0453",  # compare_differs: all of them?? idk
    "u32b-0458",  # compare_context: The pathology - the second center questioned the first read. And it's a less common subtype.
    "u32b-0478",  # compare_values: both lol
    "u32b-0515",  # compare_context: the second one wanted a new X-ray, I think, or it might have been the first one asking for the MRI, ...
})
OPEN = frozenset().union(OPEN_ROUND14, OPEN_ROUND15, OPEN_ROUND16, OPEN_ROUND17, OPEN_ROUND18, OPEN_ROUND19, OPEN_ROUND20, OPEN_ROUND21, OPEN_ROUND22, OPEN_ROUND23, OPEN_ROUND24, OPEN_ROUND25, OPEN_ROUND26, OPEN_ROUND27, OPEN_ROUND28,
                          OPEN_ROUND29, OPEN_ROUND30, OPEN_ROUND31, OPEN_ROUND32)
