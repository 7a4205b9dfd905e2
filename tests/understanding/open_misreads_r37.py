"""Open silent misreads of the folded round 37 (rounds 28-34 in open_misreads_late.py, 35 and 36 in their own files)."""

OPEN_ROUND37 = frozenset({
    # round 37 folded in (thirtieth session): the 57 silent misreads measured at the fold-in
    # (885 of 1,092, 81.0% right first time; untouched 884 at fc955ed4)
    "u37a-0012",  # welcome: Both - already have a 2nd opinion on the surgery but still helping mom decide
    "u37a-0032",  # decision_when: The urologist said there is no rush but not to dawdle either, three months or thereabouts.
    "u37a-0049",  # decision_situation: My father kidney is failing slowly for many years, now they say he need dialysis and we must choose ...
    "u37a-0052",  # decision_situation: none of these really, i just wanna know if i can rehab it instead of going under the knife
    # u37a-0076 mended (helper u27a, asked): decision_sure: im sure. i know the pros and cons. dont need anybodys advice tho
    "u37a-0095",  # red_flags: Define 'new confusion' - she's a bit disoriented at night in the hospital, team is aware
    "u37a-0103",  # red_flags_child: none right now. his lips got kinda dusky once this summer when he was screaming but the er checked h...
    "u37a-0117",  # urgent_care: oh heavens no, I was talking about ME having chest pain from stress last spring, they did all the te...
    "u37a-0118",  # urgent_care: Not happening. Mom was evaluated in ED for chest discomfort 11/28, troponins negative, cleared.
    "u37a-0123",  # urgent_care: already see doctor. ok now
    "u37a-0151",  # signs: 1, 2, and the one where I do not feel heard. The doctor he never look at me, he look at the computer
    "u37a-0165",  # signs_more: The doctor talk about a new medicine for shrink the fibroid, is this the one in test?
    "u37a-0167",  # signs_more: insurance wants a 2nd opinion before they pay for the surgery apparently, and my blood pressure is k...
    "u37a-0181",  # fit: Keep the plan, but I would like them to explain me better first
    "u37a-0213",  # fit_alternatives: Written plan + nurse navigator. Skip the follow-up visit.
    "u37a-0265",  # timing_seen: Seen by PT only today; surgeon rounds tomorrow.
    # u37a-0270 mended (helper u27b, surgery read): specialist_focus: The biopsy report, what they call the pathology, and whether to take the whole bladder out.
    "u37a-0341",  # questions: 1, 3, 5 and 8. And also how long he can live without dialysis, this is his own question
    # u37a-0361 mended (helper u27b, asked): questions_order: 4 2
    "u37a-0363",  # questions_order: The family one last, it is good. But the risk I want before the options
    # u37a-0364 mended (helper u27b, asked): questions_order: 1 3 5
    "u37a-0374",  # summary_sure: i get the pros and cons now but still scared
    "u37a-0424",  # compare_one_confidence: He seemed fairly certain, though he said the pathology would tell us more.
    "u37a-0438",  # compare_one_treatment: Taking out the bladder altogether, with chemo before it.
    "u37a-0468",  # compare_two_confidence: little sure
    "u37a-0473",  # compare_two_confidence: Unclear
    "u37a-0481",  # compare_two_treatment: The peritoneal dialysis at home, with the tube in the belly
    # u37b-0049 mended (helper u27b, treatment not working): decision_situation: Benign prostatic enlargement for four years; the tablets (tamsulosin) are no longer effective.
    "u37b-0094",  # red_flags: none of those but ive had a low fever on and off w my flare
    "u37b-0107",  # red_flags_child: she's not drinking much water lately bc she hates the school bathroom, otherwise nothing
    "u37b-0164",  # signs_more: my regular doctor na general doctor, and i dey drive 12 hours a day
    "u37b-0174",  # fit: I want another surgeon to look at her X-rays before anyone touches her spine
    "u37b-0180",  # fit: the first and the second both
    "u37b-0184",  # fit_opinions: only the eye doctor for clinic
    "u37b-0220",  # fit_alternatives: the follow up visit but with an interpreter
    "u37b-0223",  # fit_alternatives: anything except another visit, we've had so many
    # u37b-0268 mended (helper u27b, surgery read): specialist_focus: na the eye scan and whether to do the laser
    "u37b-0275",  # specialist_focus: whether to operate. and how old i am
    "u37b-0291",  # records: some paper for the eye pressure numbers, and one CD wey i no fit open
    "u37b-0296",  # logistics: i no get insurance
    "u37b-0322",  # logistics_ask: I have not decided.
    "u37b-0331",  # logistics_insurer: The insurance nurse told me it has to be done before January 31 and emailed a form, but nobody said ...
    "u37b-0334",  # logistics_insurer: some, not all
    "u37b-0347",  # questions: all of them. and the cost
    "u37b-0362",  # questions_order: 2 3 1 but take out 5
    "u37b-0374",  # summary_sure: i understand am well, but my wife still dey fear
    "u37b-0387",  # compare_first: Technically three, because the pediatrician also weighed in, but the two that matter are the orthope...
    "u37b-0440",  # compare_one_treatment: a brace 18 hours a day
    "u37b-0451",  # compare_two_field: glaucoma specialist for the big hospital
    "u37b-0486",  # compare_two_treatment: a different brace, night-time only
    "u37b-0499",  # compare_differs: the plan + one of them seemed way more worried
})
