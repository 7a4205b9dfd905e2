"""Open silent misreads of the folded round 40 (rounds 28-34 in open_misreads_late.py, 35-39 in their own files)."""

OPEN_ROUND40 = frozenset({
    # round 40 folded in (thirty-third session): the 46 silent misreads measured at the fold-in
    # (939 of 1092, 86.0% right first time; untouched 938 at 0d231e59, 939 at 26fb69d4)
    "u40a-0019",  # welcome_age: 4 obv, she's my grandma lol
    "u40a-0039",  # decision_when: after christmas sometime
    "u40a-0053",  # decision_situation: he keeps getting ear infections, they want to do tubes, and now his hearing seems worse?
    "u40a-0137",  # urgent_care_check: not rn i think? she said earlier it felt weird
    "u40a-0145",  # signs: surgeon barely talked to me, 5 min visit. and i want peace of mind
    "u40a-0150",  # signs: all of em i reckon, or some
    "u40a-0164",  # signs_more: the doc doing it is not a spine guy i think, more general, and i got sugar
    "u40a-0192",  # fit_opinions: one, well the GP said something too but he's not a back guy
    "u40a-0249",  # timing_tests: maybe, doc mentioned an x-ray but i'm not doing it
    "u40a-0300",  # logistics: We have no insurance for the second opinion, only for the transplant program
    "u40a-0347",  # questions: all the important ones
    # u40a-0354 mended (helper u27b, offered back): questions_order: risks first then the family one
    # u40a-0355 mended (helper u27b, offered back): questions_order: 4 first. then 2
    # u40a-0359 mended (helper u27b, offered back): questions_order: 5 then 3 then whatever
    "u40a-0414",  # compare_one_field: A retinal specialist: an ophthalmologist who gives the injections but does not, in my case, operate.
    "u40a-0430",  # compare_one_confidence: sure at first then not so sure
    "u40a-0456",  # compare_two_field: The university hospital's retina service: several consultants who reviewed my case together.
    # u40a-0473 mended (helper u26a, asked): compare_two_confidence: hard to tell, he hedged but then said go for it
    "u40b-0007",  # welcome: Before I pick anything: does what I type here go to my daughter's doctors, or does it stay on this laptop?
    "u40b-0025",  # welcome_age: 12
    "u40b-0033",  # decision_when: no rush they said whenever im ready, maybe after the holidays
    "u40b-0038",  # decision_when: the doctor say next month
    "u40b-0094",  # red_flags: his face doesn't move much and his voice is really soft now but the doctor says that's the parkinsons
    "u40b-0107",  # red_flags_child: she breathes kinda fast sometimes idk if thats the working hard thing
    "u40b-0118",  # urgent_care: Oh dear no, that was when I fell in October. The hospital saw to me then.
    "u40b-0137",  # urgent_care_check: not really
    "u40b-0166",  # signs_more: My doctor is very nice but he's a general man, you know
    "u40b-0192",  # fit_opinions: one doctor, and the nurse also give her opinion
    "u40b-0234",  # fit_decision_point: after the holidays probly, or whenever the insurance says
    "u40b-0248",  # timing_tests: maybe, the dentist wants to look at my jaw
    "u40b-0274",  # specialist_focus: Whether I have the operation, and the X-ray. And I can't get about easily.
    "u40b-0276",  # specialist_focus: Biopsy and scans. Time is short-ish?
    "u40b-0292",  # records: My doctor has all of it, I expect
    "u40b-0305",  # logistics: Insurance yes. Covered, I think maybe.
    # u40b-0353 mended (helper u27b, offered back): questions_order: 1 3 2
    # u40b-0354 mended (helper u27b, offered back): questions_order: 4 then 3 then 1
    "u40b-0360",  # questions_order: the risks first and then the family one and... no, keep the diagnosis first
    "u40b-0361",  # questions_order: 3 2 1 but also keep it mostly the same
    "u40b-0376",  # summary_sure: none i mean some
    "u40b-0387",  # compare_first: three or four really if you count the GP
    "u40b-0430",  # compare_one_confidence: she say 'maybe yes maybe no' but also 'this is the best'
    "u40b-0444",  # compare_one_treatment: the mouthguard thing or surgery, he said either
    "u40b-0452",  # compare_two_field: the surgical team in boston, like a whole conference of them
    "u40b-0470",  # compare_two_confidence: Oh, quite sure.
    "u40b-0473",  # compare_two_confidence: and if they say two different percent, what I do?
    "u40b-0517",  # compare_context: the doctor say fibroids is common but mine is very big, so this is rare?
})
