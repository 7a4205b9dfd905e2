"""Open silent misreads of the folded round 35 (open_misreads_late.py holds rounds 28-34, open_misreads_r36.py round 36)."""

OPEN_ROUND35 = frozenset({
    "u35b-0094",  # red_flags: "the most frightful headache last night, though I suspect the claret": the same (review rv30)
    # round 35 folded in (twenty-eighth session): the 57 silent misreads measured at the end of the session it was written in
    # (81.0% right first time, untouched)
    "u35a-0038",  # decision_when: no sé, the doctor did not say nothing about when
    "u35a-0052",  # decision_situation: lowkey both 4 and 5 lol she had symptoms for years before anyone said lupus and now the meds arent d...
    "u35a-0055",  # decision_situation: the 6th one. common problem, plan is working, just want another set of eyes before they cut on him
    # u35a-0076 mended (helper u27a, asked): decision_sure: i know the good and the bad things, and the family is with me. but the money worry me a lot
    # u35a-0080 mended (helper u27a, asked): decision_sure: i kinda get the pros n cons and my aunt helps alot but my mom keeps changing her mind every day
    # u35a-0084 mended (helper u27a, asked): decision_sure: We understand the options. Regarding the stem cell transplant, I have reservations.
    "u35a-0092",  # red_flags: i get dizzy sometimes when i stand up quick. not now though
    "u35a-0097",  # red_flags: what is sepsis
    "u35a-0098",  # red_flags: Please note his walking has been unsteady for years from diabetic neuropathy; that is not sudden. Ot...
    "u35a-0105",  # red_flags_child: she gets out of breath in gym class sometimes, could that be the curve pressing on her lungs?
    "u35a-0111",  # red_flags_child: nothing right now. she did faint once at a swim meet last summer but they said it was the heat
    "u35a-0154",  # signs: the risky one for sure, fusion terrifies me, and umm the not understanding one? the surgeon used so ...
    "u35a-0158",  # signs_more: her PCP is handling the lupus not a rheum and they kinda brush her off every time
    "u35a-0162",  # signs_more: the first doctor was her regular pediatrician, not a spine person, and she kept telling us Maddie wo...
    "u35a-0164",  # signs_more: new stuff. they want me in some study for a new pill after. no thanks
    "u35a-0166",  # signs_more: I have hypothyroidism too, and my GP is managing the diabetes until I see the endocrinologist in Jan...
    "u35a-0186",  # fit_opinions: Only my GP so far. The endocrinologist appointment is in January.
    "u35a-0265",  # timing_seen: dont know what you mean worse. my neck is fine
    "u35a-0287",  # records: her xrays, the ortho's visit notes, and the brace fitting notes
    "u35a-0302",  # logistics: VA community care, they need to approve a consult first
    "u35a-0305",  # logistics: my wife have insurance but me no
    # u35a-0322 mended (helper u26a, asked): logistics_ask: My father mentioned it in passing, but I am not certain it was understood as a request.
    "u35a-0333",  # logistics_insurer: the list i think?? theres a pdf somewhere in her email
    # u35a-0361 mended (helper u26b): questions_order: the 2 and the 4 change places
    # u35a-0467 mended (helper u26a, asked): compare_two_confidence: She didn't put a number on it, but she wasn't wishy-washy either
    "u35a-0468",  # compare_two_confidence: he say is 90 percent
    "u35a-0480",  # compare_two_treatment: Only pills, metformin, and wait for the antibody results.
    "u35a-0500",  # compare_differs: idk they both said gallstones but one kept calling it sludge
    "u35a-0507",  # compare_context: lupus is rare-ish? and the first doc never saw her kidney labs
    "u35a-0525",  # compare_values: the gentler one, but only if it still stops the curve getting worse
    "u35b-0040",  # decision_when: No hard deadline, but I'd like it settled before I fly out on the 20th.
    "u35b-0051",  # decision_situation: back's been jacked for 2 yrs, nothing helps
    # u35b-0083 mended (helper u27a, asked): decision_sure: i kno the pros and cons i think but my husband and me dont agree
    "u35b-0112",  # red_flags_child: none but he does sweat a lot when feeding
    "u35b-0147",  # signs: - vague dx ('probably Alzheimer's, could be vascular') - meds didn't help - don't feel heard by the ...
    "u35b-0195",  # fit_opinions: lost count honestly, been to so many docs
    "u35b-0221",  # fit_alternatives: The second read, please, and — this isn't on your list — a chat with the specialist nurse about inco...
    "u35b-0223",  # fit_alternatives: The follow-up visit, and can my aunt's daughter in Minneapolis join by phone?
    "u35b-0280",  # specialist_focus: all of it and none of it lol
    "u35b-0292",  # records: Ultrasound report, and some old papers in Ukrainian from Kharkiv hospital
    "u35b-0333",  # logistics_insurer: The list, and I'm told a 'prior authorisation' is involved, whatever that amounts to.
    # u35b-0364 mended (helper u27b, asked): questions_order: 1 3 2
    "u35b-0376",  # summary_sure: Understand, yes. Support — my son helps but he is in Poland, so half.
    "u35b-0462",  # compare_two_field: The doctor at the other hospital, she does operations and also runs the wound clinic
    "u35b-0466",  # compare_two_confidence: She was quite confident but not totally
    "u35b-0476",  # compare_two_confidence: pretty darn sure, like 8 outta 10
    "u35b-0480",  # compare_two_treatment: More wound care, a special boot, and check every week
    "u35b-0494",  # compare_differs: They say same problem, but one says it is more advanced, and they differ on what to do
    "u35b-0511",  # compare_context: they say parkinsonism is complicated, and the 2nd doc aint seen my old records from the VA
    "u35b-0543",  # compare_decision_point: In principle, yes; in practice, I keep moving it.
})
