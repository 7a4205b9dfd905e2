"""Open silent misreads of the folded round 41 (rounds 28-34 in open_misreads_late.py, 35-40 in their own files)."""

OPEN_ROUND41 = frozenset({
    # round 41 folded in (thirty-fourth session): the 44 silent misreads measured at the fold-in
    # (944 of 1092, 86.4% right first time; untouched 938 at 880e62d7, 944 at 9dc721d9)
    "u41a-0054",  # decision_situation: 7 something else, he is weak every day more
    # u41a-0077 mended (helper u27a, asked): decision_sure: 2 and 3 for sure, 1 kinda
    "u41a-0084",  # decision_sure: I know what matters to me: to read music again. The good and bad I do not know well.
    "u41a-0122",  # urgent_care: what do u mean by stable, they sent her home from er on sunday
    "u41a-0123",  # urgent_care: the er already looked at me last week, it was my back not my heart, im fine
    "u41a-0124",  # urgent_care: no happen now. before
    "u41a-0138",  # urgent_care_check: little bit before, now no
    "u41a-0153",  # signs: The surgery, certainly. Whether it is risky at my age is precisely what I do not know.
    "u41a-0224",  # fit_alternatives: 1 2 no. 4
    "u41a-0297",  # logistics: I have Medicare, I think it pays
    "u41a-0325",  # logistics_insurer: I know the form and the deadline, which is the 31st; the approved list I have yet to obtain.
    # u41a-0355 mended (this session's merge: asked or offered): questions_order: 3 first. then 2
    # u41a-0356 mended (this session's merge: asked or offered): questions_order: 4 3 1
    # u41a-0357 mended (this session's merge: asked or offered): questions_order: 3 2 1 lol
    "u41a-0362",  # questions_order: the waiting one first I think, then the rest
    "u41a-0363",  # questions_order: 1 and 3 same important
    "u41a-0377",  # summary_sure: I understand more. But sure, not yet. Values, I think yes?
    "u41a-0418",  # compare_one_field: Our family doctor first, then he sent us on
    "u41a-0433",  # compare_one_confidence: Very, or a little, I do not remember well
    "u41a-0455",  # compare_two_field: a physical therapy doctor?? idk
    "u41a-0470",  # compare_two_confidence: He did not venture an opinion on his own certainty.
    "u41a-0489",  # compare_two_treatment: 6 idk its like a new thing where they tether it
    "u41b-0019",  # welcome_age: 4 obviously lol she's my mother
    "u41b-0049",  # decision_situation: honestly the treatment isn't working, he's been on Remicade then Humira and the narrowing is still t...
    "u41b-0052",  # decision_situation: he wants to do the need, I been limping on it 5 years now
    "u41b-0123",  # urgent_care: Sometimes. Not today.
    "u41b-0150",  # signs: risky treatment yes, and the not feeling heard one sort of, the neurologist is nice but so rushed
    "u41b-0189",  # fit_opinions: Only the one, dear. Dr. Patel. Only the one.
    "u41b-0193",  # fit_opinions: 2, neurosurgeon and the plastics guy but they're the same team
    "u41b-0236",  # fit_decision_point: yes and no, we have a date but my brother wants another opinion after that
    "u41b-0250",  # timing_tests: theres blood work for my sugar next week but that aint for the need
    "u41b-0292",  # records: I have paper from hospital.
    "u41b-0328",  # logistics_insurer: we know the form (the surgeon fills it in), and it's due sometime before surgery is scheduled
    "u41b-0342",  # questions: 1) #5 risks (PML with Tysabri), 2) #9 plan B, 3) #7, 4) #2.
    # u41b-0355 mended (this session's merge: asked or offered): questions_order: put the waiting one first then the risk one
    # u41b-0359 mended (this session's merge: asked or offered): questions_order: 5 1 3
    "u41b-0361",  # questions_order: the risk one near the top somewhere but not first
    "u41b-0418",  # compare_one_field: the memory clinic, there was a nurse practitioner and a doctor
    "u41b-0431",  # compare_one_confidence: Quite sure, I thought. Quite sure.
    "u41b-0445",  # compare_one_treatment: Medicine first, maybe operation.
    "u41b-0446",  # compare_one_treatment: surgery, or try Stelara for 3 months, he said either
    "u41b-0459",  # compare_two_field: a sports medicine guy
    "u41b-0487",  # compare_two_treatment: no infusion, keep her on the donepezil and watch
    "u41b-0544",  # compare_decision_point: yes but then my brother might push it back again
})
