"""Open silent misreads of the folded round 38 (rounds 28-34 in open_misreads_late.py, 35-37 in their own files)."""

OPEN_ROUND38 = frozenset({
    # round 38 folded in (thirty-first session): the 52 silent misreads measured at the fold-in
    # (871 of 1,092, 79.8% right first time; untouched 867 at 86f20a19)
    "u38a-0012",  # welcome: para sa akin po and also for my husband, he has the eye problem too
    "u38a-0048",  # decision_situation: snoring n apnea for yrs, cpap not worknig, now they say cut the throat
    "u38a-0051",  # decision_situation: cpap 3 yrs, cant tolerate it, still tired all day. thats the deal
    # u38a-0081 mended (helper u27a, asked): decision_sure: 2 for sure, and kinda the 3rd one?
    "u38a-0092",  # red_flags: My vision po is blurry in the left eye but that is the macular degeneration since last year, slowly. Otherw...
    "u38a-0095",  # red_flags: none but she does get dizzy sometimes when she stands up
    "u38a-0112",  # red_flags_child: wha number is none again
    "u38a-0164",  # signs_more: My Hausarzt is a good man but he is not an orthopaedist. He said only 'you are old, it is normal'. I felt n...
    "u38a-0165",  # signs_more: insurance, and de coach got his own doctor he want us see
    "u38a-0168",  # signs_more: I don't know, I need to see what the insurance says
    "u38a-0208",  # fit_two_opinions: they mostly agree? like 80%
    "u38a-0277",  # specialist_focus: The X-ray, and I take a blood thinner, is that important?
    "u38a-0290",  # records: Please, I have nothing on paper. Everything is at the doctor. But there are the X-ray pictures from June, a...
    "u38a-0336",  # logistics_insurer: All, I think, but maybe not.
    "u38a-0374",  # summary_sure: talked it over w my wife last nite. i get the pros n cons now n we're on the same page
    # u38a-0475 mended (helper u26a, asked): compare_two_confidence: she say very sure, but then she ask for more exams
    "u38a-0487",  # compare_two_treatment: ent said lose weight n try a mouth guard thing first, then maybe surgery later
    "u38a-0503",  # compare_differs: dey agree on everyting except de plan, so none?
    "u38a-0510",  # compare_context: is rare, and the first doctor not saw the CT
    "u38a-0515",  # compare_context: The X-ray was old, from last year, and the second doctor did not have it.
    "u38a-0516",  # compare_context: one doc never see de ER papers, and de MRI machine was old
    "u38b-0013",  # welcome: Quick question first - does \"someone else\" include my own child, or is there a separate section for kids?
    "u38b-0017",  # welcome_age: Our son is seventeen and three quarters; he turns eighteen before the operation date.
    "u38b-0020",  # welcome_age: my mom's 58 but actually i'm here for my niece, she's 15
    "u38b-0039",  # decision_when: well i guess its whenever the next attack comes, last one put me in the ER back in august
    "u38b-0065",  # decision_worsening: her stomach bigger last week, we go clinic, nurse check her, not doctor. nurse say ok wait
    "u38b-0090",  # red_flags: No sir, only back pain and leg numbness as usual
    "u38b-0097",  # red_flags: Sometimes walking is difficult due to pain, but it is not sudden
    "u38b-0110",  # red_flags_child: None of these. But he is having ear pain since 2 days
    "u38b-0124",  # urgent_care: Was. Now not.
    "u38b-0149",  # signs: cancer is new, doctor say maybe HCC type maybe other type, not sure. and mom feel ok but blood test very bad
    "u38b-0178",  # fit: Sir money is tight as contractor, no work means no pay. So first I will try getting the MRI checked by anot...
    "u38b-0219",  # fit_alternatives: A sit-down visit to go through pump options properly, with the plan written down so her school nurse can se...
    "u38b-0252",  # timing_tests: Only blood test for surgery fitness is pending, that won't change anything na?
    "u38b-0290",  # records: all paper in Vietnamese from hospital in Saigon last year, and new scan here
    "u38b-0293",  # records: MRI, blood tests, and physio discharge letter
    "u38b-0294",  # records: Papers from the hospital. Which ones I don't know.
    "u38b-0303",  # logistics: I'm under the NHS only; I don't hold private cover. I gather I can ask my GP to refer me for a second opini...
    # u38b-0318 mended (helper u26a, asked): logistics_ask: I mentioned it in passing and he seemed rather cool about it, so I'm going to put it to him properly, in wr...
    "u38b-0345",  # questions: The most likely diagnosis and the alternatives, the options including surveillance, and what happens if we ...
    "u38b-0346",  # questions: 3,5,6 and also how many weeks off from work after surgery
    # u38b-0361 mended (helper u27b, asked): questions_order: the waitin one and the risks one up top
    "u38b-0375",  # summary_sure: Support, yes, from my wife. And I'd say I'm \"clearer\", whatever that amounts to.
    "u38b-0392",  # compare_first: I lost the count, honestly
    # u38b-0431 mended (helper u26a, asked): compare_one_confidence: he didnt say it but he sure acted like it
    "u38b-0437",  # compare_one_treatment: chemo go in the liver, the TACE
    "u38b-0459",  # compare_two_field: doctor from Vietnam, he general doctor but know cancer a lot
    "u38b-0468",  # compare_two_confidence: He didn't really commit either way.
    "u38b-0487",  # compare_two_treatment: He suggested trying a CGM first and holding off on the pump until she's ready to wear it all the time.
    "u38b-0505",  # compare_context: The biopsy was non-diagnostic and one consultant asked for it to be repeated.
    "u38b-0507",  # compare_context: biopsy not clear, and second doctor not see all paper
    "u38b-0543",  # compare_decision_point: when my daughter comes home from florida, whenever that is
})
