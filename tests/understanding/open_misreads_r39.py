"""Open silent misreads of the folded round 39 (rounds 28-34 in open_misreads_late.py, 35-38 in their own files)."""

OPEN_ROUND39 = frozenset({
    # round 39 folded in (thirty-second session): the 47 silent misreads measured at the fold-in
    # (919 of 1,092, 84.2% right first time; untouched 920 at c489a43f)
    "u39a-0043",  # decision_situation: They have offered me a new knee, it is not an emergency, I have had the pain for many years and the injecti...
    "u39a-0081",  # decision_sure: Second one yes. Fourth one maybe, my son help but he live in Chicago
    # u39a-0083 mended (helper u27a, asked): decision_sure: All of them and none, I don't know, is too much
    "u39a-0123",  # urgent_care: It was earlier this week, and my doctor is aware of it
    "u39a-0160",  # signs_more: He have many problem, the diabetes, the kidney, the pressure. And the insurance, Medicare, I don't know if ...
    "u39a-0165",  # signs_more: insurance might, haven't read the fine print
    "u39a-0218",  # fit_alternatives: Written plan. And a nurse.
    "u39a-0235",  # fit_decision_point: Yes, when the doctor tell us
    "u39a-0249",  # timing_tests: There was talk of an MRI, but the surgeon said it would not change anything
    "u39a-0277",  # specialist_focus: Whether to have the surgery, yes. And travel, well, it is not easy, but my son can drive me
    "u39a-0284",  # records: the ultrasound they did, and the pediatrician's notes i think
    "u39a-0301",  # logistics: my dad's insurance covers her, he said it's fine
    "u39a-0372",  # summary_sure: Sure now. Got what I need.
    "u39a-0388",  # compare_first: Only one really, the second one only looked at the X-ray over the telephone
    "u39a-0432",  # compare_one_confidence: He say 90 percent
    "u39a-0439",  # compare_one_treatment: lumpectomy + whole breast RT
    # u39a-0445 mended (helper u26a, asked): compare_one_treatment: a brace first and then surgery if it gets worse
    "u39a-0454",  # compare_two_field: The electricity doctor, electrophysiologist, he is the one who put in the devices
    "u39a-0467",  # compare_two_confidence: fairly. wants MRI first
    "u39a-0507",  # compare_context: Second doctor did not see MRI, only biopsy
    "u39a-0515",  # compare_context: The scan yes. And maybe the second doctor not have all the papers, I am not sure I send everything
    "u39b-0021",  # welcome_age: 4 obviously, she's my mom lol, she's 79
    "u39b-0040",  # decision_when: well the ENT said sooner is better because he snores and stops breathing at night but nobody gave me a date...
    # u39b-0080 mended (helper u27a, asked): decision_sure: Support: yes. Understanding the options... partially?
    "u39b-0105",  # red_flags_child: he does stop breathing for a few seconds at night when he snores, the sleep study showed it, but that's why...
    "u39b-0107",  # red_flags_child: well he's not drinking much today because his throat hurts again but he's peeing fine
    "u39b-0108",  # red_flags_child: no, though he's been sleepier since we upped the Xcopri
    "u39b-0150",  # signs: all of them
    "u39b-0221",  # fit_alternatives: all
    "u39b-0222",  # fit_alternatives: the scan one? she hasn't had a scan though, so maybe not
    "u39b-0269",  # specialist_focus: 4, plus 1: Crohn's has many forms, and the MRE findings drive whether surgery is even on the table.
    "u39b-0280",  # specialist_focus: All of them save the biopsy.
    "u39b-0306",  # logistics: i think it's covered?? not sure
    "u39b-0332",  # logistics_insurer: list yes, form i think, date no
    "u39b-0335",  # logistics_insurer: I think they told me a date but I wrote it on something and lost it
    "u39b-0388",  # compare_first: just one really, the other guy was a PA
    "u39b-0407",  # compare_one_field: heart doctor, cardiologist. he do the stent himself
    "u39b-0434",  # compare_one_confidence: very sure at first, then less when I asked about his asthma
    # u39b-0444 mended (helper u26a, asked): compare_one_treatment: PT first then surgery if it dont get better
    "u39b-0487",  # compare_two_treatment: more test. maybe
    "u39b-0498",  # compare_differs: 4 and 3: same diagnosis, but surgery versus RNS, and one wants to wait for the Wada.
    "u39b-0502",  # compare_differs: I'm not at all sure.
    "u39b-0544",  # compare_decision_point: she might decide for us honestly, she keeps pulling at her IV, i don't know
})
