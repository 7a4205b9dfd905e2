"""Found in user trial 6 (2026-12-04): what reached the printed plan (findings 5, 6 and 9).

5. an ordinal before a thing ("2nd surgery", "3rd opinion", "1st round of chemo") is no date, and a
   date the person's own pick contradicts never reaches "Decide by";
6. "Who to see": kinds of doctor only from what the person asked for, and "take off X" removes them;
9. the compare path: the second doctor named is in the plan; the verdict says what differs; a note
   keeps its first words ("None of that. My back aches ...").
"""

from __future__ import annotations

from datetime import date

from assistant.engine import Engine
from assistant.transcripts.export import export
from assistant.transcripts.reader import read_file
from assistant.transcripts.writer import TranscriptWriter

TODAY = date(2026, 12, 4)


def plan_of(tmp_path, lines: list[str], start_state: str | None = None) -> tuple[Engine, str]:
    """The conversation typed line by line, then its exported plan (markdown)."""
    writer = TranscriptWriter.new(tmp_path, start_state=start_state)
    engine = Engine(listener=writer, today=lambda: TODAY, start_state=start_state)
    engine.start()
    for line in lines:
        engine.respond(line)
    writer.close()
    return engine, export(read_file(writer.path), "md")


def _decide_by(doc: str) -> str:
    return next(line for line in doc.splitlines() if line.startswith("- Decide by:"))


ELI = ["hi, its for my son Eli hes 3. he has a heart defect (tetralogy of fallot) and they want to do a 2nd surgery, is that normal?",
       "whether to let them do the 2nd open heart surgery to replace his pulmonary valve now or wait",
       "the surgeon at our local hospital does not do many of these"]


def test_a_second_surgery_is_no_date_and_no_day_reaches_the_plan(tmp_path):
    engine, doc = plan_of(tmp_path, [*ELI, "no?? 2nd means second surgery lol. they said sometime in the next few months", "1", "none"])
    assert engine.slots.get("deadline") == "months"
    assert not engine.slots.get("answer_dates") and not engine.slots.get("deadline_date")
    assert "____" in _decide_by(doc) and "January" not in _decide_by(doc)


def test_the_ordinal_is_never_offered_back_as_a_time():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    turns = [engine.respond(line) for line in ELI]
    assert turns[-1].state == "decision_when" and "2nd" not in turns[-1].text and "Did you mean" not in turns[-1].text


def test_other_ordinals_of_things_are_no_dates():
    for decision in ("whether to get a 3rd opinion on the scan", "whether to start the 1st round of chemo now",
                     "if she should have a 2nd operation on her hip"):
        engine = Engine(today=lambda: TODAY)
        engine.start()
        engine.respond("1")
        engine.respond(decision)
        turn = engine.respond("skip")
        assert turn.state == "decision_when" and "Did you mean" not in turn.text, decision


def test_a_day_of_the_month_is_still_a_date():
    for line, day in (("by the 18th", "2026-12-18"), ("surgery is booked on the 20th", "2026-12-20"), ("the 28th", "2026-12-28")):
        engine = Engine(today=lambda: TODAY)
        engine.start()
        for said in ("1", "whether to have surgery", "skip"):
            engine.respond(said)
        engine.respond(line)
        if engine.state == "decision_when":
            engine.respond("2")
        assert engine.slots.get("deadline_date") == day, line


def test_a_kept_date_the_pick_contradicts_goes(tmp_path):
    start = ["1", "whether to have surgery", "skip", "surgery is on the 28th, or later"]
    engine, doc = plan_of(tmp_path, [*start, "In a few months or more", "1", "none"])
    assert engine.slots.get("deadline") == "months" and not engine.slots.get("deadline_date")
    assert "December" not in _decide_by(doc)
    engine, doc = plan_of(tmp_path, [*start, "a few weeks", "1", "none"])  # the pick that fits keeps it
    assert engine.slots.get("deadline_date") == "2026-12-28" and "28 December" in _decide_by(doc)


# ---- 9. The compare path: the second doctor named reaches the plan; the verdict says what differs.
BACK = ["two", "me, it's my back", "whether to get a spinal fusion at L4-L5 or keep doing physical therapy",
        "the first was a spine surgeon, dr. okafor", "degenerative spondylolisthesis at L4-5 with some stenosis, grade 1 slip",
        "very sure, he said fusion is the only real fix", "surgery, the fusion with rods and screws",
        "the MRI shows the slip and the nerve getting pinched", "a physiatrist, Dr. Lindqvist, she's a rehab doctor",
        "same thing, spondylolisthesis at L4-5 with stenosis, she agreed on the diagnosis", "fairly sure",
        "PT, 12 weeks of physical therapy and maybe an epidural shot", "she said most people with grade 1 get better with PT",
        "just the plan, 4", "5", ""]


def test_the_second_doctor_named_is_in_the_plan(tmp_path):
    _, doc = plan_of(tmp_path, BACK, start_state="compare_first")
    assert "- Second-opinion doctor or clinic: Dr. Lindqvist" in doc
    assert "- First doctor: dr. okafor" in doc


def test_a_disagreement_on_the_plan_alone_says_the_problem_is_the_same(tmp_path):
    engine, doc = plan_of(tmp_path, BACK, start_state="compare_first")
    assert engine.plan()["comparison"]["agreement"] == "disagreement"  # the plan object keeps its value
    assert "Result: Disagreement on the plan. Both doctors name the same problem, but the plans are very different." in doc
    assert "differ on the problem itself" not in doc
    chat = Engine(today=lambda: TODAY, start_state="compare_first")
    chat.start()
    for line in BACK[:-1]:
        chat.respond(line)
    assert "Disagreement on the plan." in chat.respond("summary").text


def test_a_disagreement_on_the_problem_still_says_so(tmp_path):
    lines = [*BACK[:9], "a herniated disc, not a slip", *BACK[10:13], "the diagnosis and the plan, 1 and 4", "5", ""]
    engine, doc = plan_of(tmp_path, lines, start_state="compare_first")
    if engine.plan()["comparison"]["agreement"] == "disagreement":
        assert "differ on the problem itself" in doc


def test_the_second_doctor_is_not_printed_in_a_redacted_plan(tmp_path):
    writer = TranscriptWriter.new(tmp_path, start_state="compare_first")
    engine = Engine(listener=writer, today=lambda: TODAY, start_state="compare_first")
    engine.start()
    for line in BACK:
        engine.respond(line)
    writer.close()
    assert "Lindqvist" not in export(read_file(writer.path), "md", redact=True)


def test_none_of_that_keeps_the_words_after_it(tmp_path):
    lines = ["1", "whether to have bladder surgery", "skip", "2", "1", "none",
             "None of that. My back aches most days from the old warehouse injury and I get winded on the stairs, but that's been years."]
    engine, doc = plan_of(tmp_path, lines)
    note = engine.slots["answer_notes"]["red_flags"]
    assert note.startswith("My back aches most days") and "That. My back" not in doc


# ---- 6. "Who to see": only the kinds asked for, never history or a pre-op test; "take off X" removes the line.
ANEURYSM = ["1", "whether to have open repair or a stent for my aneurysm", "the doctor did not explain other options", "2", "1",
            "none", "none", "2, 10", "none", "1", "1", "no", "ok", "3"]


def test_take_off_the_stent_one_removes_the_line_and_says_so(tmp_path):
    engine = Engine(today=lambda: TODAY)
    engine.start()
    turns = [engine.respond(line) for line in ANEURYSM]
    assert "(the operation and the stent)" in turns[-1].text
    turn = engine.respond("take off the stent one please")
    assert turn.state == "specialist" and 'took off the "stent" line' in turn.text
    assert "(the operation and the stent)" not in turn.text


def test_remove_the_cardiologist_one_takes_off_the_kind_asked_for(tmp_path):
    lines = [*ANEURYSM, "i want a cardiologist and a vascular surgeon", "remove the cardiologist one", "Continue"]
    engine, doc = plan_of(tmp_path, lines)
    assert engine.slots["specialist_asked"] == ["a vascular surgeon"] and "a cardiologist" in engine.slots["specialist_rejected"]
    who = doc[doc.index("## Who to see"):doc.index("## To do")] if "## Who to see" in doc else doc
    assert "kind you asked for: a cardiologist" not in who


def test_not_the_cardiologist_is_said_no_to():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    for line in ANEURYSM:
        engine.respond(line)
    turn = engine.respond("not the cardiologist")
    assert 'not "a cardiologist"' in turn.text and "Not a cardiologist, as you said." in turn.text


BLADDER = ["Well, it's me. I'm 67.", "yes", "whether to let them take my bladder out or if there is something else",
           "Also I had chest pain back in 2015, they put a stent in, so I'm not sure my heart's up for a big surgery.",
           "a few weeks", "1", "2, 4", "none", "1, 2, 3, 8", "none", "one", "1",
           "They did the CT scan already. I think they want a heart clearance from my cardiologist before surgery, a stress test."]


def test_history_and_a_pre_op_test_are_not_who_to_see():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    for line in BLADDER:
        engine.respond(line)
    assert not engine.slots.get("specialist_asked")  # "they want ... from my cardiologist": their test, a doctor he has
    from assistant.procedure_kind import both_ways

    assert both_ways(engine.slots) == ""  # the stent of 2015 is no way offered


def test_the_blank_for_the_second_doctor_names_the_kind_asked_for(tmp_path):
    lines = [*ANEURYSM, "I want a radiation oncologist", "Continue"]
    _, doc = plan_of(tmp_path, lines)
    assert "- Second-opinion doctor or clinic: ____________________ (a radiation oncologist)" in doc
