"""Leftovers a user meets (helper lo8), through the real engine, in people's words."""

from __future__ import annotations

import pytest

from assistant.engine import Engine

TO_CHECK = ["1", "whether to have his prostate out next month", "the doctor did not explain other options"]


def _at_check() -> tuple[Engine, str]:
    engine = Engine()
    engine.start()
    turn = None
    for line in TO_CHECK:
        turn = engine.respond(line)
    assert turn.kind == "confirm" and "Did you mean" in turn.text, turn.text
    return engine, turn.text


# --- item 2: a Yes/No check ----------------------------------------------------------------------
@pytest.mark.parametrize("line", ["no. thats it", "no thats all", "nope thats it", "nah, that's all", "no thats wrong",
                                  "no", "nope"])
def test_a_no_with_a_closing_phrase_is_a_no_and_stores_nothing(line):
    engine, _ = _at_check()
    turn = engine.respond(line)
    assert turn.kind == "reask" and turn.state == "decision_when", (line, turn.kind)
    assert engine.slots.get("deadline") is None


@pytest.mark.parametrize("line", ["that's fine", "thats right", "yes", "yes that's it", "sounds good"])
def test_assent_is_a_yes(line):
    engine, _ = _at_check()
    engine.respond(line)
    assert engine.slots.get("deadline") == "weeks", line


@pytest.mark.parametrize("line", ["no, that's fine", "no, that's right", "nope sounds good"])
def test_a_no_then_assent_could_mean_either_and_the_check_is_asked_again(line):
    engine, _ = _at_check()
    turn = engine.respond(line)
    assert turn.kind == "confirm" and "Yes or No" in turn.text and "Did you mean" in turn.text
    assert engine.slots.get("deadline") is None
    engine.respond("yes")
    assert engine.slots.get("deadline") == "weeks"


def test_a_question_mark_alone_explains_the_check_and_keeps_it():
    engine, _ = _at_check()
    turn = engine.respond("?")
    assert turn.kind == "confirm" and "checking that I read your answer right" in turn.text
    assert "Did you mean" in turn.text
    engine.respond("yes")
    assert engine.slots.get("deadline") == "weeks"


@pytest.mark.parametrize("command", ["why", "help", "summary"])
def test_why_or_help_at_a_check_shows_the_check_again_and_a_yes_still_answers_it(command):
    engine, _ = _at_check()
    turn = engine.respond(command)
    assert turn.kind == command and turn.text.rstrip().endswith("Did you mean Within a few weeks?")
    assert turn.choices == ["Yes", "No"]
    assert engine.slots.get("deadline") is None
    engine.respond("yes")
    assert engine.slots.get("deadline") == "weeks"


def test_a_note_above_the_check_never_piles_up():
    engine, _ = _at_check()
    for line in ("?", "hmm", "no, that's fine", "?"):
        turn = engine.respond(line)
    assert turn.text.count("Did you mean") == 1 and turn.text.count("checking that I read") == 1


@pytest.mark.parametrize("line", ["", "   ", "??", "no " * 300, "no, " + "that's fine " * 50, "\u2019?"])
def test_bad_input_at_a_check_never_stores_a_guess(line):
    engine, _ = _at_check()
    engine.respond(line)
    assert engine.slots.get("deadline") in (None,), line


# --- item 3: who it is for, a number past the list, an amount of time ------------------------------
def test_this_is_for_my_dad_is_who_it_is_for_and_never_the_decision():
    engine = Engine()
    engine.start()
    turn = engine.respond("this is for my dad")
    assert engine.slots.get("role") == "caregiver" and engine.slots.get("who") == "my dad"
    assert turn.state == "decision_what" and "your dad" in turn.text
    for line in ("whether to have surgery on his knee", "the doctor did not explain other options"):
        engine.respond(line)
    assert engine.slots.get("decision") == "whether to have surgery on his knee"
    assert "dad" not in engine.plan().get("decision", "")


def test_a_number_past_the_list_says_how_many_choices_there_are():
    engine = Engine()
    engine.start()
    for line in [*TO_CHECK[:1], "whether to have surgery on my knee", TO_CHECK[2], "2"]:
        turn = engine.respond(line)
    assert turn.state == "decision_situation" and len(turn.choices) == 7
    turn = engine.respond("19")
    assert turn.kind == "reask" and "1 to 7" in turn.text
    assert engine.slots.get("situation") is None


@pytest.mark.parametrize(("line", "band", "label"), [("19 days", "weeks", "Within a few weeks"),
                                                      ("19 weeks", "months", "In a few months or more")])
def test_an_amount_of_time_is_read_as_a_time_and_said_back(line, band, label):
    engine = Engine()
    engine.start()
    for said in [*TO_CHECK[:1], "whether to have surgery on my knee", TO_CHECK[2]]:
        engine.respond(said)
    turn = engine.respond(line)
    assert engine.slots.get("deadline") == band
    assert f'I took that as "{label}"' in turn.text  # "days" alone is another choice's word: said back


# --- item 4: a procedure through the blood vessels leads to a doctor who does it, not a surgeon ----------------
@pytest.mark.parametrize("decision", ["whether to get a stent in my heart", "whether to have a TAVI for my valve",
                                      "whether to have an ablation for my afib"])
@pytest.mark.parametrize("situation", ["1", "2"])
def test_a_catheter_procedure_leads_to_a_doctor_who_does_it_not_a_surgeon(decision, situation):
    from support import path_to_summary, talk

    engine, turns = talk(path_to_summary(situation=situation, decision=decision, focus="3"))
    shown = next(t for t in turns if t.state == "specialist").text
    # A valve put in through a catheter (TAVI) is a heart valve team's (procedure_teams.yaml, helper ut16)
    doctor = "A heart valve team that does this procedure often" if "TAVI" in decision else "A doctor who does this exact procedure often"
    assert doctor in shown and "surgeon" not in shown.lower()
    assert turns[-1].plan is not None and "surgeon" not in turns[-1].text.lower()  # the plan shown at the end


def test_an_operation_still_leads_to_a_surgeon():
    from support import path_to_summary, talk

    _, turns = talk(path_to_summary(situation="2", decision="whether to have bypass surgery", focus="3"))
    assert "A surgeon who does this exact surgery often" in next(t for t in turns if t.state == "specialist").text


def test_the_focus_choice_names_a_procedure_and_stent_picks_it():
    engine = Engine()
    spec = engine.flow.state("specialist_focus")
    choice = next(c for c in spec.choices if c.id == "surgery")
    assert "procedure" in choice.label and "stent" in choice.synonyms


# --- item 5: the compare path and the welcome, asked again needlessly (user trial 7, findings 26, 25, 18) ------
TAVI = ("Hello. My mother is 81 and we have two opinions already about her aortic valve, one says open heart surgery "
        "and one says TAVI through the groin")


def test_a_first_line_with_two_opinions_side_by_side_goes_to_compare_and_nothing_is_asked_twice():
    engine = Engine()
    engine.start()
    turn = engine.respond(TAVI)
    assert turn.state == "compare_first" and turn.kind == "confirm"  # the number of opinions offered for a Yes
    assert engine.slots.get("who") == "my mother" and engine.slots.get("compare_for") == "caregiver"
    turn = engine.respond("yes")
    assert turn.state == "compare_decision" and turn.kind == "confirm"
    assert '"open heart surgery"' in turn.text and '"TAVI through the groin"' in turn.text
    assert "who is this decision for" not in turn.text.lower()
    turn = engine.respond("yes")
    assert engine.slots.get("decision") == "Open heart surgery or TAVI through the groin"
    assert turn.state == "compare_one_field"


def test_a_no_to_the_offered_choice_asks_for_it_in_own_words():
    engine = Engine()
    engine.start()
    engine.respond(TAVI)
    engine.respond("yes")
    turn = engine.respond("no")
    assert turn.state == "compare_decision" and turn.kind == "reask" and engine.slots.get("decision") is None


@pytest.mark.parametrize("line", ["one says surgery", "one of them says wait", "we have two opinions, one says"])
def test_half_a_side_by_side_is_not_taken_as_two_opinions_differing(line):
    from assistant.understanding.both_paths import two_sides

    assert two_sides(line) is None


def test_its_for_me_with_the_decision_is_kept_and_the_decision_offered_without_the_greeting_or_age():
    engine = Engine(country="UK")
    engine.start()
    turn = engine.respond("Hiya, it's for me. I'm 30 and my gynaecologist has suggested a hysterectomy for my endometriosis")
    assert engine.slots.get("role") == "patient"
    assert turn.state == "decision_what" and turn.kind == "confirm"
    assert '"My gynaecologist has suggested a hysterectomy for my endometriosis"' in turn.text
    assert "Hiya" not in turn.text.split("You said", 1)[1] and "30" not in turn.text.split("You said", 1)[1]
    turn = engine.respond("why")  # the check is kept under the answer
    assert turn.kind == "why" and "Is that the decision?" in turn.text
    engine.respond("yes")
    assert engine.slots.get("decision") == "My gynaecologist has suggested a hysterectomy for my endometriosis"


@pytest.mark.parametrize(("line", "expected"), [("its for me, for my knee", "patient"), ("its for me and for my brother", None),
                                                ("for me and for my mom", None)])
def test_for_my_knee_is_what_it_is_about_but_for_my_brother_is_someone_else(line, expected):
    from assistant.understanding.read import read

    engine = Engine()
    engine.start()
    reading = read(line, engine.spec)
    assert reading.value == expected and (expected is not None or reading.certainty == "unclear")


@pytest.mark.parametrize(("line", "expected"), [("x-ray is done, rentgen. nothing more planned", "no"),
                                                ("x-ray is done. nothing more planned", "no"),
                                                ("had the cat scan. nothin else", "no"),
                                                ("the mri is done, the biopsy is next week", "yes")])
def test_a_test_told_as_done_is_history_and_the_rest_answers(line, expected):
    from assistant.understanding.read import read

    reading = read(line, Engine().flow.state("timing_tests"))
    assert reading.certainty == "sure" and reading.value == expected, reading


@pytest.mark.parametrize("line", ["x-ray is done", "the ct is not done yet"])
def test_a_done_test_alone_is_never_stored_as_an_answer(line):
    from assistant.understanding.read import read

    reading = read(line, Engine().flow.state("timing_tests"))
    assert reading.certainty != "sure" or reading.value != "no"


# --- item 6: the country's own words for the doctor to call today, the emergency department, the GP ---------
def _turns(country, situation="3", timing=("2",)):
    from support import path_to_summary

    engine = Engine(country=country)
    turns = [engine.start()]
    for line in path_to_summary(situation=situation, timing=list(timing)):
        turns.append(engine.respond(line))
    return engine, turns


@pytest.mark.parametrize(("country", "office", "er"), [("UK", "your GP or NHS 111", "A&E"), ("IE", "your GP", "(A&E)"),
                                                      ("AU", "your GP", "emergency department")])
def test_outside_the_us_worsening_symptoms_name_the_gp_and_the_emergency_department(country, office, er):
    _, turns = _turns(country)
    text = "\n".join(t.text for t in turns)
    assert office in text and er in text
    assert "doctor's office" not in text and "emergency room" not in text
    assert "GP surgery" not in text  # "surgery" means an operation here


def test_the_us_keeps_the_doctors_office_and_the_emergency_room():
    _, turns = _turns("US")
    text = "\n".join(t.text for t in turns)
    assert "doctor's office today, or go to the emergency room" in text and " GP" not in text


def test_in_the_uk_the_referral_is_from_the_gp_in_the_chat_and_the_kit():
    from assistant.kit.plan import todo

    _, turns = _turns("UK", situation="1", timing=("no",))
    logistics = next(t for t in turns if t.state == "logistics").text
    assert "referral from your GP" in logistics and "family doctor" not in logistics
    items = [i["text"] for i in todo({"role": "patient"}, {}, us=False, family_doctor="GP")]
    assert any("referral from the GP" in i for i in items) and not any("family doctor" in i for i in items)


def test_a_symptom_told_beside_none_in_the_uk_says_to_call_the_gp():
    from support import path_to_summary

    engine = Engine(country="UK")
    engine.start()
    for line in path_to_summary(situation="1")[:6]:
        turn = engine.respond(line)
    assert turn.state == "red_flags", turn.state
    turn = engine.respond("none, my back aches some days")
    assert "call your GP or NHS 111 today" in turn.text and "doctor's office" not in turn.text


# --- item 7: a medicine named in the conversation fills the plan's medicine list ---------------------------
def _export(lines: list[str], tmp_path, *extra: str) -> str:
    import subprocess
    import sys

    data = tmp_path / "data"
    chat = subprocess.run([sys.executable, "-m", "assistant", "chat", "--plain", "--data-dir", str(data)],
                          input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=600)
    assert chat.returncode == 0, chat.stderr
    out = subprocess.run([sys.executable, "-m", "assistant", "export", "--last", "--data-dir", str(data), *extra],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return chat.stdout, out.stdout


def test_a_medicine_named_at_the_decision_fills_the_first_row_of_the_medicine_table(tmp_path):
    from support import path_to_summary

    chat, kit = _export(path_to_summary(situation="1", decision="whether to switch from sertraline to another antidepressant"), tmp_path)
    assert "Medicines you named: sertraline." in chat
    table = kit.split("## Your medicines", 1)[1]
    assert "| sertraline |  |  |  |" in table
    assert table.count("|  |  |  |  |") >= 2  # room for the rest


def test_a_redacted_copy_leaves_the_typed_medicine_out(tmp_path):
    from support import path_to_summary

    _, kit = _export(path_to_summary(situation="1", decision="whether to switch from sertraline to another antidepressant"),
                     tmp_path, "--redact")
    assert "sertraline" not in kit.split("## Your medicines", 1)[1]


def test_medicine_names_are_found_by_name_and_by_the_ending_of_a_generic_name():
    from assistant.medicine_names import in_slots, named

    assert named(["he is on Warfarin and metformin, lisinopril too", "atorvastatin 20mg"]) == ["Warfarin", "metformin", "lisinopril", "atorvastatin"]
    assert named(["my person gave a reason at the clinic", "the stone is gone", "", None, 5]) == []
    assert in_slots({"decision": "whether to stop prednisone", "answer_notes": {"signs": "also takes aspirin"}}) == ["prednisone", "aspirin"]
    assert len(named([" ".join(["metformin", "lisinopril", "aspirin", "warfarin", "insulin", "digoxin", "lithium", "codeine", "tramadol", "heparin"])])) == 8


def test_no_medicine_named_leaves_the_table_blank():
    from assistant.kit.plan import MEDICINE_ROWS, medicine_form

    assert medicine_form([]) == {"columns": medicine_form([])["columns"], "filled": [], "rows": MEDICINE_ROWS}
    assert medicine_form(["a", "b", "c", "d", "e"])["rows"] == 2
