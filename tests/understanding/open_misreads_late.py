"""Open silent misreads of the folded rounds 28 and later (open_misreads.py holds the earlier ones and the union)."""

# Round 28 (folded in 2026-12-06, twenty-first session): its 52 silent misreads on the fold-in code (5384dec),
# held open until fixed.
OPEN_ROUND28 = frozenset({
    "u28a-0087",  # red_flags: "short breath but is from the stairs": read as the sign and sent to the emergency turn, on the safe side (review rv30 took back the question)
    "u28b-0103",  # red_flags_child: "super sleepy today but I think that's a growth spurt?": the same
    # --- labels a careful reader could dispute (helper 11a14) ---
    "u28a-0216",  # "not sure, kinda depends on the holter results": "Not sure" is what it says (as u27a-0469 "DEPENDS ...")
    "u28a-0231",  # "Possibly. There's been talk of a scan ...": "Not sure" fits (as u27b-0488 "Possibly. ... not ordered yet")
    "u28b-0409",  # "TAVI: the valve is delivered by catheter": a TAVI is a procedure, "Surgery or a procedure" (as u27a-0390)
    "u28b-0414",  # "... interventional radiology": IR does procedures; "A surgeon" is arguable (as u27b-0370)
    "u28a-0417",  # "Internal medicine po, not surgeon": internal medicine is primary care in the US, a specialty elsewhere
    "u28b-0372",  # "it's for my grandma, i'm just the one typing": "someone I care for" is a fair reading of the one typing
    "u28a-0142",  # "The doctor say surgery but ... is that normal?": the pick is said and kept, the question answered beside it
    # --- the safety screen's question (red-flag and urgent turns are read by the screen, not the reader) ---
    "u28a-0104",  # red_flags_child: he said he felt dizzy at practice but he's ok now
    "u28a-0112",  # urgent_care: nah that was from a crash in october, doc cleared me
    "u28b-0092",  # red_flags: wah 'new confusion' mean? mi always confuse wid doctor talk
    "u28b-0109",  # urgent_care: the ambulance take her already, she is ok now, the doctor say is not t
    "u28b-0118",  # urgent_care: Define 'stable'? I was seen Monday, but it's back a little today.
    # --- misreads still to mend ---
    "u28a-0029",  # decision_when: Doctor he say the operation must be in next weeks, not wait long becau
    "u28a-0152",  # signs_more: Sometimes I feel her tiredness gets brushed off, but perhaps that's un
    "u28a-0243",  # timing_seen: Yes, I think. Doctor in my hospital, in corridor, he look quick.
    "u28a-0246",  # specialist_focus: MRI show tumour. And if operation or not.
    # specialist_focus: mri + whether to scope it, and I travel a ton for races so time's shor
    "u28a-0278",  # logistics: Wala po insurance here in US, only the company P&I in Manila
    "u28a-0320",  # questions: All is good. Which is best?
    "u28a-0364",  # compare_first: I not remember how many, I see so many doctors this year
    # u28a-0413 mended (helper u26a, asked): compare_one_treatment: patching and glasses first, then surgery if no better
    "u28a-0444",  # compare_two_treatment: glasses and patching for 3 months
    "u28a-0460",  # compare_differs: The plan, certainly, and how far along her kidney disease is; one call
    "u28b-0045",  # decision_situation: it's a hemangioma and they offered laser or a medicine, but it's getti
    # u28a-0351 (summary_sure: "2, 3; 1 pending final OS consult.") mended by u20b: an item said not to hold yet in a part
    # of its own, at the SURE tests only (not_yet_item.py); "5, 8 awaiting biopsy" at signs keeps both (rv14's worry)
    "u28b-0518",  # signs_more: "di first an di last one... no mi mean di second": mended by 11a14 alone; with 11b14's Patois
                  # words ("mi mean" -> "I mean") it reads as a correction to the second, told back ("I took that as ...")
    "u28b-0246",  # specialist_focus: la biopsia, and the operation, which kind, all of it or half
    # u28b-0434 mended (helper u26a, asked): compare_two_confidence: He did not state a level of certainty, but wanted a stress test first.
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
    "u29b-0026",  # welcome_age: she's my first, she's so tiny, barely 6 lbs
    "u29b-0088",  # red_flags: nun of those I mean I always have some weakness from the M S but nothing sudden
    "u29b-0092",  # red_flags: short of breath going up the stairs at work but fine sitting down
    "u29b-0104",  # red_flags_child: she breathes fast when she feeds and sweats on her head, is that number 1?
    "u29b-0231",  # fit_decision_point: não sei
    "u29b-0252",  # timing_seen: não sei, my husband took him to the clinic
    # specialist_focus: mri and the scope
    "u29b-0266",  # specialist_focus: Not sure. Maybe the ECG?
    "u29b-0282",  # records: I need the CD or the report is enough?
    "u29b-0309",  # logistics_ask: Not yet.
    "u29b-0423",  # compare_one_treatment: keep the antibiotic every day and we see
    "u29b-0432",  # compare_two_field: another bone doc, sports medicine guy
})
OPEN_ROUND30 = frozenset({
    # round 30 folded in (twenty-third session): the 48 silent misreads measured at the fold-in (79.7% right first time);
    # u30a-0065 (decision_sure, own-words doubt and lack) left when helper u16b's said_lacking.py read it right
    "u30a-0142",  # signs: All of the first five except the rare one.
    "u30a-0248",  # timing_seen: not sure if the np counts as a doctor
    "u30a-0269",  # records: There's the scan report and the results from the sample. I don't have copies.
    "u30a-0271",  # records: nothing, I don't have any papers
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
    "u31a-0099",  # red_flags_child: hes got a cold, bit of a cough but breathing normal
    "u31a-0112",  # urgent_care: episode at 0600, self-terminated, no CP since. not seen by anyone yet
    "u31a-0114",  # urgent_care: I go hospital tomorrow, is ok?
    "u31a-0115",  # urgent_care: It was heartburn (pizza, my own fault). Stopped an hour ago and nobody's looked at it.
    "u31a-0127",  # urgent_care_check: define now - flutters on and off for the last hour, no pain
    "u31a-0142",  # signs: 1 and the one about strong side effects... mom worries about her voice after surgery and taking thyr...
    # u31a-0151 mended (helper u26a, asked): signs_more: My doctor is family doctor, not neck doctor. But he send me to surgeon.
    "u31a-0163",  # fit: no time for another doctor, she says just do the surgery
    "u31a-0177",  # fit_opinions: First doctor and physio. Physio is doctor?
    "u31a-0180",  # fit_opinions: Dear, I have lost count, there have been so many in white coats.
    "u31a-0253",  # specialist_focus: All of them except the biopsy one (no one has biopsied me, yet) and the last.
    "u31a-0254",  # specialist_focus: the eye measurements? idk which one that is
    "u31a-0260",  # records: X-rays galore, blood tests going back to the Clinton administration, and the notes from my knuckle s...
    "u31a-0262",  # records: the hospital has everything, we dont have copies of anything
    "u31a-0275",  # logistics: she has medicare, the hospital lady said it'd be fine
    "u31a-0305",  # logistics_insurer: Paper form I have. Who fill it I don't know.
    "u31a-0313",  # questions: All ten, for the tongue that asks does not go astray. But if I must choose: the first, the third and...
    "u31a-0438",  # compare_two_treatment: keep the glasses and patch more, check again in 6 months
    "u31a-0450",  # compare_differs: diagnosis (one says probably benign, other says can't tell) and the plan
    "u31a-0464",  # compare_context: One of them hadn't seen my latest X-rays (the fax machine strikes again).
    "u31a-0466",  # compare_context: Both the scan and the records, and I am told a case like mine is not so common, with my brother havi...
    "u31b-0118",  # urgent_care: what counts as stable? they sent him home from the ER
    "u31b-0178",  # fit_opinions: three - my breast surgeon, the genetics counsellor and the plastic surgeon. well, 2 surgeons really
    # u31b-0195 mended (helper u26a, asked): fit_two_opinions: 3rd
    "u31b-0262",  # records: Angiogram report plus images on CD, ECGs, echo report, and the discharge summary from my 2019 admiss...
    "u31b-0269",  # records: all of them exept biopsy
    "u31b-0297",  # logistics_ask: dad doesn't want to offend him. I'll do it anyway
    "u31b-0342",  # summary_sure: I'm clearer on what matters (3). I understand it (2). sure... getting there
    "u31b-0360",  # compare_first: 2 nuros 1 surgen
    "u31b-0429",  # compare_two_confidence: she say maybe yes, maybe no
    "u31b-0432",  # compare_two_confidence: he was shure
    "u31b-0451",  # compare_differs: the plan. one cut, one wait
})
# helper u17 (2026-12-06): four ids left OPEN_ROUND31 when its mechanisms (two orders or no choosing at the order
# question, "they agree" beside a difference, a degree as the whole first answer, a test wanted first) read them right;
# found by running the benchmark, the block not read. Round 31 now holds 47.
OPEN_ROUND32 = frozenset({
    # round 32 folded in (twenty-fifth session): the 50 silent misreads measured at the fold-in (76.8% right first time)
    "u32a-0008",  # welcome: Self. Already seen two shoulder surgeons though - one says repair, one says rehab first
    "u32a-0029",  # decision_when: biopsy is on 9 grudnia (december), we must say yes or no before
    "u32a-0038",  # decision_when: There is no fixed date. The aneurysm now measures 5.6 cm and they advised me not to delay unduly.
    "u32a-0062",  # decision_worsening: nie wiem, mama took him somewhere yesterday, I ask her
    "u32a-0084",  # red_flags: tata is short of breath when he walk up stairs, not when sitting
    "u32a-0128",  # urgent_care_check: define 'now'
    "u32a-0138",  # signs: the meds failed, surgery is big, and crohns is complex?? also peace of mind
    "u32a-0143",  # signs: the first few don't really fit, it's only grommets. maybe the last one
    # u32a-0156 mended (helper u26a, asked): signs_more: not sure if doctor in Poland is specialist, he is 'internista'
    "u32a-0183",  # fit_opinions: I've honestly lost count, he's seen so many people since he came to us
    "u32a-0200",  # fit_alternatives: the follow-up chat, and something in writing for his file with the social worker
    "u32a-0235",  # timing_seen: GP in Poland see him Tuesday
    "u32a-0249",  # specialist_focus: his hearing tests, and whether he has the op or not
    "u32a-0256",  # specialist_focus: Mostly the imaging. Time is not short, and travel presents no difficulty.
    "u32a-0300",  # logistics_insurer: they send me paper, i not read yet
    "u32a-0302",  # logistics_insurer: the social worker has the form, and the list I think
    # summary_sure: now i know good bad point, and what important for me
    "u32a-0342",  # summary_sure: I am now clear about the risks and about what matters to me. I remain somewhat uncertain.
    "u32a-0397",  # compare_one_confidence: i don't know, my english... maybe sure
    "u32a-0419",  # compare_two_field: an orthodontist. not a surgeon, not a doctor either technically
    "u32a-0443",  # compare_two_treatment: the mouth guard thing. mandibular advancement device.
    "u32a-0444",  # compare_two_treatment: Endovascular repair with a stent graft.
    "u32a-0506",  # red_flags: I have some new pain in my back since yesterday evening. Otherwise nothing on your list.
    "u32a-0509",  # urgent_care_check: Only slightly; it is nothing like it was before.
    "u32a-0512",  # signs_more: the insurer one, sort of. they 'recommend' it. whatever that means
    # u32a-0514 mended (helper u26a, asked): fit_opinions: Two, if one counts the radiologist who reported the scan.
    "u32b-0031",  # decision_when: asap. surgeon has me pencilled in for jan 8
    "u32b-0108",  # red_flags_child: he has a headache
    "u32b-0119",  # urgent_care: What counts as stable? My GP saw me on Monday for it.
    "u32b-0156",  # signs_more: 4 for sure. and my doc is just my ob not like a gallbladder guy
    "u32b-0179",  # fit_opinions: Two oncologists, plus a radiation oncologist who weighed in - so three, really.
    "u32b-0246",  # timing_seen: seen last wk. its worse now
    # u32b-0254 mended (helper u27b, surgery read): specialist_focus: the ultrasound, and if i should get it out. also i have a newborn so travel is hard af
    "u32b-0300",  # logistics_insurer: Form yes. Date, no know.
    "u32b-0311",  # questions: risks. what if i wait. how soon back to work
    "u32b-0377",  # compare_one_field: My GP first - no, the neurologist. The GP only referred me.
    "u32b-0439",  # compare_two_treatment: a brace and physio and see how he grows
    "u32b-0458",  # compare_context: The pathology - the second center questioned the first read. And it's a less common subtype.
})


OPEN_ROUND33 = frozenset({
    "u33b-0093",  # red_flags: "My sight is poor, but that is the macular degeneration ...": the same (review rv30)
    # round 33 folded in (twenty-sixth session): the 50 silent misreads measured at the end of the session it was written in
    # (78.8% right first time, untouched)
    "u33a-0097",  # red_flags: none right now, I think? my legs are weak-ish but that's been going on 2 months
    "u33a-0122",  # urgent_care: he complained about his chest at rehab monday, they did an ECG and the doctor said it was a pulled m...
    "u33a-0159",  # signs_more: dementia, kidneys, afib, so 1. and the hip guy isn't a geriatric specialist, whatever that matters
    "u33a-0214",  # fit_alternatives: Nurse help. Somali speaking if have
    "u33a-0277",  # specialist_focus: I could not say. Likely the heart pictures, but I am not sure.
    "u33a-0279",  # specialist_focus: all of them? except travel
    "u33a-0280",  # specialist_focus: the CT scan of his head po, and whether they should do the botox shots. He cannot travel far, he is ...
    "u33a-0285",  # records: Discharge papers po from the hospital, and his CT scan. Also the therapy notes.
    "u33a-0306",  # logistics: In Québec the RAMQ pays, no? I do not have private insurance
    "u33a-0344",  # questions: 1, 2, 7, 10... and can I add 'how fast will I get worse'?
    "u33a-0345",  # questions: what are the odds the ostomy is permanent + 5 + 9 + 3
    # u33a-0361 mended (helper u27b, asked): questions_order: 2 4
    "u33a-0416",  # compare_one_field: idk he was a fellow? under the colorectal surgeon
    # u33a-0476 mended (helper u26a, asked): compare_two_confidence: she seemed sure but then said 'we'll see'
    "u33a-0509",  # compare_context: Hindi po nakita ng first doctor yung MRI, he didn't see all the records
    "u33a-0511",  # compare_context: the surgeon said within days, and the geriatrician never got the hospital records
    "u33a-0517",  # compare_context: probably records? I honestly never know who has what
    "u33b-0066",  # decision_worsening: not sure if it counts i talked to the nurse line on the phone
    "u33b-0096",  # red_flags: headache sometimes, is that?
    "u33b-0117",  # urgent_care: I mentioned chest pain in the past tense; it was investigated last spring and found to be muscular.
    # u33b-0204 mended (helper u26a, asked): fit_two_opinions: 3rd
    "u33b-0265",  # timing_seen: team doc saw me this morning then it got way worse at practice
    "u33b-0276",  # specialist_focus: its the scans and they want to do a biopsy with a needle and i drive for a living so i cant be runni...
    # u33b-0320 mended (helper u26a, asked): logistics_ask: my wife told the pediatrician, but the surgeon not
    "u33b-0322",  # logistics_ask: coach gonna tell him prob lol
    "u33b-0332",  # logistics_insurer: the insurance lady mailed me a packet i think it has the list and some form in it but i havent opene...
    "u33b-0334",  # logistics_insurer: the list yes, and the social worker from the hospital help with the papers
    "u33b-0336",  # logistics_insurer: the deadline is like end of month, the rest my mom handles
    "u33b-0343",  # questions: Numbers 3, 6 and 8 — and I'd like to add whether she's too frail for dialysis.
    "u33b-0365",  # summary_sure: now I am sure. all ok
    "u33b-0378",  # summary_sure: sure yes, but my wife still afraid
    "u33b-0392",  # compare_first: like 2 maybe 3 idk
    "u33b-0420",  # compare_one_field: team doc at school
    "u33b-0441",  # compare_one_treatment: He'd like her to have a fistula put in her arm, ahead of dialysis.
    "u33b-0444",  # compare_one_treatment: he wanted to go in with the scope and take a piece out to test it before anything else
    "u33b-0446",  # compare_one_treatment: a plate in the mouth, obturator, before the surgery
    "u33b-0492",  # compare_differs: Treatment and urgency. Diagnosis concordant.
    "u33b-0495",  # compare_differs: They differ in the plan and, I think, in how pressing the matter is.
    "u33b-0508",  # compare_context: is rare, and the first doctor don't see the genetic result
    "u33b-0511",  # compare_context: The biopsy was questioned by the second consultant, and he hadn't had the latest bloods.
})

OPEN_ROUND34 = frozenset({
    "u34b-0105",  # red_flags_child: "he sweats when he eats, the dr said thats from his heart": the same (review rv30)
    # round 34 folded in (twenty-seventh session): the 50 silent misreads measured at the end of the session it was written in
    # (79.4% right first time, untouched)
    "u34a-0026",  # welcome_age: hes still my baby 🥺
    "u34a-0031",  # decision_when: no date rn they just said we'll see him again in like 3 months
    "u34a-0080",  # decision_sure: All of em I s'pose. Pretty sure I'll go ahead with it.
    "u34a-0093",  # red_flags: No to all of those. I do get a bit muddled with names these days but that's just being eighty.
    "u34a-0116",  # urgent_care: no lol i said he bumped his chest on the coffee table last week, hes fine
    "u34a-0122",  # urgent_care: My mother had chest discomfort in October; her cardiologist did an ECG and a stress test, both norma...
    "u34a-0148",  # signs: Scan say big, I feel nothing. Doctor say cut.
    "u34a-0152",  # signs: None of them really, dear, I just like to be careful.
    "u34a-0154",  # signs: i dont understand all this, i dont know
    "u34a-0165",  # signs_more: Bad heart valve also. And insurance is Medicare, they want... I don't know what they want.
    "u34a-0179",  # fit: 2nd opinion but like not rn, maybe after the holidays, or the other thing idk
    "u34a-0220",  # fit_alternatives: visit for explain. my english not so good, maybe with interpreter
    "u34a-0237",  # fit_decision_point: kinda? like after christmas or whenever his dr calls back
    "u34a-0292",  # records: none yet, its all in the mychart i think
    "u34a-0305",  # logistics: No private cover, just Medicare.
    "u34a-0324",  # logistics_insurer: Know nothing of this. Nobody tell me list, form or date.
    "u34a-0333",  # logistics_insurer: Form yes. Date, they say 'soon'.
    "u34a-0335",  # logistics_insurer: they gave me a number to call for the list thing but i havent called yet
    "u34a-0346",  # questions: q3, q5, q6 + ask about incontinence/ED rates specifically
    # u34a-0362 mended (helper u27b, asked): questions_order: 3 1
    "u34a-0517",  # compare_context: Doctor say 'aneurysm is unusual shape'. Is rare?
    "u34a-0532",  # compare_values: Kindly, can you tell me how many more side effects? I cannot choose without knowing.
    "u34a-0542",  # compare_decision_point: Nah, to be honest I've been chewing on it two years. Every time I get close some bloke at the pub te...
    "u34b-0025",  # welcome_age: hes 1 and a half months
    "u34b-0126",  # urgent_care: A doctor has looked, yes, it was the stomach, and now it is calm.
    "u34b-0232",  # fit_decision_point: not sure. depends on the echo
    # u34b-0270 mended (helper u27b, surgery read): specialist_focus: the biopsy, and whether they take the whole bladder out. also he can't travel far anymore
    "u34b-0339",  # questions: How sure are you, what are the risks, what happens if we wait, and what would make you change your m...
    # u34b-0361 mended (helper u27b, asked): questions_order: 3 1
    "u34b-0369",  # summary_sure: The first three. Support I still do not have so much, I live alone.
    "u34b-0402",  # compare_who: its my hip but my moms the one makin all the calls
    "u34b-0408",  # compare_one_field: cardiologist, the one who put the tube in the arm to look
    "u34b-0432",  # compare_one_confidence: She didn't commit either way and ordered an MRI.
    "u34b-0485",  # compare_two_treatment: he say wait for the stress test
})
