"""Silent misreads of folded-in understanding rounds not yet mended nor judged a label disagreement, by round, each
with why it is held (tests/understanding/test_corpus.py checks no other misread appears). An id leaves its list when its
line is fixed or its label judged (then it goes to test_corpus.DISAGREE with the reason)."""

from __future__ import annotations

# Round 14 (folded in 2026-12-03, a new session): 32 silent misreads were left when the session
# ended, not yet each fixed or judged a disagreement (helpers 11a and 11b judged 11 of them label
# disagreements in their reports: docs/understanding.md). Held here so no new one appears; an id
# leaves this list when its line is fixed or its label judged (then it goes to DISAGREE with the reason).
OPEN_ROUND14 = frozenset({"u14a-0083", "u14a-0093", "u14a-0110", "u14a-0156", "u14a-0239", "u14a-0259", "u14a-0302", "u14a-0347", "u14a-0374", "u14a-0397", "u14a-0400", "u14a-0402", "u14b-0050", "u14b-0069", "u14b-0087", "u14b-0097", "u14b-0162", "u14b-0228", "u14b-0236", "u14b-0332", "u14b-0391", "u14b-0401", "u14b-0403"})
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
OPEN_ROUND17 = frozenset({"u17a-0114"})


# Round 18 (measured held out on 2026-12-04 before and after that session's work: 84.3% then 84.9%
# right first time, docs/understanding.md; folded in 2026-12-04 in the next session): its 47 silent
# misreads, held here the same way until each is fixed or judged a label disagreement. Helper 11a
# (2026-12-04) fixed 27 by mechanism (test_round18_misreads.py), 11b and t4 one more, and 11a judged 4 label disagreements
# (DISAGREE); the rest are left.
OPEN_ROUND18 = frozenset({"u18a-0007", "u18a-0236", "u18b-0038", "u18b-0096", "u18b-0097", "u18b-0107", "u18b-0112",
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
                           "u21a-0412", "u21b-0161", "u21b-0312"})
# helper u27b (2026-12-07): u21b-0061 mended ("the injections no longer give any relief": the treatment not working).
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
OPEN_ROUND23 = frozenset({"u23a-0054", "u23a-0055", "u23a-0099", "u23a-0234", "u23a-0290", "u23a-0294", "u23a-0328",
                           "u23a-0448", "u23b-0280", "u23b-0368"})  # u23a-0390 mended (helper u23a, never_silent.py)
# helper 11a9 (2026-12-05): 14 fixed by doubts from the line's shape (wrongly_sure_shape.py,
# test_round23_misreads.py) and "doesnt count" beside a count (unsafe.yaml); 9 judged label disagreements
# (DISAGREE); 26 are left (docs/understanding.md, "Round 23's silent misreads").
# helper 11b9 (2026-12-05): u23a-0333 fixed (a correction with punctuation inside it, correction_words.py).


# Round 24 (measured held out on 2026-12-05 before and after that session's work: 80.5% then 80.6%
# right first time, docs/understanding.md; folded in 2026-12-05 in the next session): its 57 silent
# misreads, held here the same way until each is fixed or judged a label disagreement. Helper 11a10 (2026-12-05):
# 23 fixed (wrongly_sure_said.py and words), 6 judged (DISAGREE); 28 left.
OPEN_ROUND24 = frozenset({"u24a-0091", "u24a-0241", "u24a-0122", "u24a-0168",
                           "u24a-0221", "u24a-0224", "u24a-0270", "u24a-0387",
                           "u24a-0407", "u24a-0410", "u24a-0442", "u24b-0023", "u24b-0069", "u24b-0090", "u24b-0108",
                           "u24b-0124", "u24b-0259", "u24b-0278", "u24b-0361", "u24b-0432"})
# Round 25 (folded in 2026-12-05, eighteenth session): its 38 silent misreads at the fold-in, open until mended.
OPEN_ROUND25 = frozenset({"u25a-0006", "u25a-0292", "u25a-0404", "u25b-0031",
                          "u25b-0345", "u25b-0435"})
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
    # u26b-0356 ("confident-ish? ... but then said it's probably benign") mended: asked (helper u26a, never_silent `together`)
    "u26b-0401",  # "Hearing aid new, stronger. Try first.": "Something else" with the line as its note (no choice is a hearing aid)
    "u26b-0407",  # "Everything differs.": all four is what it says ("everything" at a pick-any question is every choice)
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
    "u27a-0211",  # "I have not fixed a date ..." at "Do you know when you will decide?": "No" is what it says
    "u27b-0479",  # "no date." at the same question: "No"
    # "Two, if one counts my general practitioner": round 16 marks the same shape a plain count (u16a-0289
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
    "u27b-0126",  # urgent_care_check "kinda, its been on and off all day" (the safety screen's question)
    "u27a-0448",  # "NEVER GOT MY MRI OR THE URO NOTES. JUST THE PATH REPORT.": what they had read as a biopsy doubt
    "u27b-0247",  # "doctor say is rare type of epilepsy": "type" read as the illness with many types beside "rare"
    "u27b-0456",  # "she not see ultrasound": a doctor who did not see a scan (records) missed; only the biopsy kept
})

from .open_misreads_late import OPEN_ROUND28, OPEN_ROUND29, OPEN_ROUND30, OPEN_ROUND31, OPEN_ROUND32, OPEN_ROUND33, OPEN_ROUND34  # noqa: E402
from .open_misreads_r35 import OPEN_ROUND35  # noqa: E402
from .open_misreads_r36 import OPEN_ROUND36  # noqa: E402
from .open_misreads_r37 import OPEN_ROUND37  # noqa: E402
from .open_misreads_r38 import OPEN_ROUND38  # noqa: E402
from .open_misreads_r39 import OPEN_ROUND39  # noqa: E402
from .open_misreads_r40 import OPEN_ROUND40  # noqa: E402
from .open_misreads_r41 import OPEN_ROUND41  # noqa: E402

OPEN = frozenset().union(OPEN_ROUND14, OPEN_ROUND15, OPEN_ROUND16, OPEN_ROUND17, OPEN_ROUND18, OPEN_ROUND19, OPEN_ROUND20, OPEN_ROUND21, OPEN_ROUND22, OPEN_ROUND23, OPEN_ROUND24, OPEN_ROUND25, OPEN_ROUND26, OPEN_ROUND27, OPEN_ROUND28,
                          OPEN_ROUND29, OPEN_ROUND30, OPEN_ROUND31, OPEN_ROUND32, OPEN_ROUND33, OPEN_ROUND34,
                          OPEN_ROUND35, OPEN_ROUND36, OPEN_ROUND37, OPEN_ROUND38, OPEN_ROUND39, OPEN_ROUND40, OPEN_ROUND41)
