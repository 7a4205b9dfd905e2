"""Open silent misreads of the folded round 36 (rounds 28-34 in open_misreads_late.py, 35 in open_misreads_r35.py)."""

OPEN_ROUND36 = frozenset({
    # round 36 folded in (twenty-ninth session): the 50 silent misreads measured at the fold-in
    # (78.6% right first time, untouched 78.6% at 36e1cd6a)
    "u36a-0027",  # welcome_age: ma or the kid? doin this for both of em
    "u36a-0037",  # decision_when: Maybe this week, maybe never. Depend on next scan.
    "u36a-0064",  # decision_worsening: To be clear, I went to urgent care Saturday, a PA gave me painkillers and said follow up with gyn.
    "u36a-0082",  # decision_sure: I understand the risks of TAVR versus open valve replacement better than most fellows would. I'm cle...
    "u36a-0149",  # signs: major surgery, plus my cousin says its all a scam to sell surgery
    "u36a-0154",  # signs: the doctor want to do surgery on her kidney tube, she is only 6, and I want to be tranquila that is ...
    "u36a-0160",  # signs_more: the first doctor is just the pediatra not kidney doctor, and for months they say is nothing, she wil...
    "u36a-0208",  # fit_two_opinions: They concur in substance; the differences are semantic. Proceed.
    "u36a-0245",  # timing_tests: they done all the tests they're gonna do I reckon
    "u36a-0280",  # specialist_focus: they find something in the kidney biopsy, the doctors say is a rare type, and we live in Paterson, t...
    "u36a-0293",  # records: everything? I have a big folder, I dont know what is inside
    "u36a-0301",  # logistics: no insurance to speak of, daddy's just got the black lung benefits
    "u36a-0330",  # logistics_insurer: To be clear: I have the approved list and the form. Nobody has told me a deadline.
    "u36a-0331",  # logistics_insurer: got a list, and a case number thing
    "u36a-0335",  # logistics_insurer: the form and the date, is before end of the month, and they want some code from the doctor
    "u36a-0340",  # questions: Kindly select numbers 3, 4 and 5 for me.
    "u36a-0346",  # questions: the family one, the wait one, and like is it genetic bc i want to know for me
    "u36a-0390",  # compare_first: I have lost count, so many doctors over the years.
    # u36a-0415 mended (helper u26a, asked): compare_one_field: An interventional cardiologist, who would perform the TAVR but is not a surgeon.
    "u36a-0433",  # compare_one_confidence: He never ventured an opinion on certainty.
    "u36a-0448",  # compare_one_treatment: Dental clearance before anything else, oddly enough. Nothing cardiac until that's done.
    # u36a-0457 mended (helper u26a, asked): compare_two_field: Interventional neuroradiologist. He do coil through leg. He is not surgeon but he operate?
    "u36a-0485",  # compare_two_treatment: A hormonal IUD, to be clear, and revisit surgery in a year.
    # u36a-0499 (compare_differs: "plan, n one was a lot nicer to me") mended by beside_parts.py (helper u25b)
    "u36a-0502",  # compare_differs: They agree, but the plan is different.
    "u36a-0505",  # compare_context: Second doctor did not see angiogram, only CT.
    "u36a-0509",  # compare_context: The echo was technically limited and the second reader questioned the gradient. Also, the surgeon ha...
    "u36a-0514",  # compare_context: none of em, but my sleep study was done at home not in the lab if that matters
    "u36a-0542",  # compare_decision_point: yeah no. like i know when but i might keep lookin
    "u36b-0012",  # welcome: Just to confirm, if I'm the parent of a minor, is that option 2?
    "u36b-0124",  # urgent_care: I don't understand, what I must do now?
    "u36b-0147",  # signs: An ICD is an invasive device procedure, GDMT hasn't moved her EF, and frankly the cardiologist rushe...
    "u36b-0158",  # signs_more: I have diabetes and the pressure. The insurance, Medicare, they don't ask nothing
    "u36b-0165",  # signs_more: the insurance man said something about a second opinion but i didnt understand him
    "u36b-0177",  # fit: I dont want no more fuss, I'll go on with Dr Patel
    "u36b-0181",  # fit: stick with it but I want the write-up first
    "u36b-0248",  # timing_tests: my neuro said maybe an mri?? but nothing booked
    "u36b-0274",  # specialist_focus: Sickle cell's quite rare and complex, and it's about whether she has the hip replacement
    "u36b-0279",  # specialist_focus: The biopsy of the prostate, they do it last year, the doctor say big but not cancer
    "u36b-0284",  # records: I have the papers from the hospital when they put the tube for the pee
    "u36b-0391",  # compare_first: The first, then the other one in the big hospital, and one more by the telephone
    "u36b-0406",  # compare_who: My wife, she have the problem of the heart too, and me the prostate
    "u36b-0468",  # compare_two_confidence: He didn't give a sense of certainty either way — he just laid out the options.
    "u36b-0508",  # compare_context: The first doctor, he don't have the paper of the biopsy
    "u36b-0511",  # compare_context: The second opinion questioned the echo EF and wants a cardiac MRI, and the first cardiologist hadn't...
    "u36b-0528",  # compare_values: idk both?? 😭
})
