"""The printed plan says what the chat's plan says about an emergency and about the kind of doctor
asked for (the third user trial, 2026-12-04: a wife told of her husband saying he would "be better
off dead"; the chat's plan warned, the exported file said nothing; a pathologist asked for was
missing from the file's "Who to see")."""

from __future__ import annotations

import pytest

from assistant.transcripts.export import export
from assistant.transcripts.reader import read_file

START = ["2", "my husband Joe", "Whether Joe should have a hip replacement now or physio first"]
REST = ["Her surgeon was rushed", "2", "1", "none", "none", "2, 8", "none", "1", "1", "no", "", "3", "", "1, 4",
        "fell at home in March", "1", "will ask", "1,3,5", "Can he still garden?", "ok", "all", ""]


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("crisis, answer", [("he keeps saying he would be better off dead", "2"),
                                            ("lately he says he wants to die", "he is safe, not in danger right now"),
                                            ("honestly he said a couple times hed be better off dead",
                                             "hes not in danger right now. he just says it when the pain is bad")])
def test_thoughts_of_suicide_told_then_not_happening_now_keep_the_crisis_line_in_the_printed_plan(record, fmt, crisis, answer):
    path = record(START + [crisis, answer] + REST)
    transcript = read_file(path)
    assert transcript.plan()["emergency"] == {"signs": ["self_harm"], "status": "crisis_not_now"}
    doc = export(transcript, fmt)
    assert "About thoughts of suicide" in doc and "988" in doc and "together, at any time" in doc
    assert "A doctor has checked" not in doc and "Before anything else" not in doc
    assert doc.index("988") < doc.index("About you and your doctors")  # first thing, before the forms


def test_the_chats_plan_keeps_the_crisis_line_too(record):
    from assistant.engine import Engine

    engine = Engine()
    engine.start()
    for line in START + ["he keeps saying he would be better off dead", "2"]:
        turn = engine.respond(line)
    assert "988" in turn.text and "Tell the doctor about them too" in turn.text  # the way on says it
    assert engine.plan()["emergency"]["status"] == "crisis_not_now"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_signs_told_and_denied_twice_are_first_in_the_printed_plan(record, fmt):
    lines = ["1", "whether to keep taking humira", "i have black stools the last 2 days and feel dizzy",
             "nah im ok, its not that bad", "no its fine, ill tell my GI next week"]
    path = record(lines + REST)
    transcript = read_file(path)
    assert transcript.plan()["emergency"]["status"] == "told_not_checked"
    doc = export(transcript, fmt)
    assert "Before anything else" in doc and "call 911" in doc
    assert doc.index("Before anything else") < doc.index("About you and your doctors")


def test_a_plan_with_no_emergency_says_nothing_of_one(record):
    doc = export(read_file(record(START + REST)), "md")
    assert "Before anything else" not in doc and "thoughts of suicide" not in doc and "What happened:" not in doc


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_kind_of_doctor_asked_for_heads_who_to_see_in_the_printed_plan(record, fmt):
    path = record(["1", "whether to have a lumpectomy", "the biopsy report is unclear about the type", "2", "2", "none",
                   "none", "1, 5", "none", "1", "1", "no", "", "2",
                   "i want another pathologist to look at my slides", "", "1, 2", "biopsy in november",
                   "1", "will ask", "1,3,5", "Can it wait until january?", "ok", "all", ""])
    transcript = read_file(path)
    asked = transcript.plan().get("specialist_asked")
    assert asked, transcript.plan()
    doc = export(transcript, fmt)
    who = doc.split("Who to see", 1)[1]
    assert "The kind you asked for" in who and "pathologist" in who.split("To find one")[0]
    redacted = export(transcript, fmt, redact=True)
    assert "The kind you asked for" not in redacted  # typed words are left out of a redacted copy


def _crisis_paragraph(text: str) -> str:
    line = next(line for line in text.splitlines() if "About thoughts of suicide" in line)
    for markup in ("<p>", "</p>", "<strong>", "</strong>", "**"):  # the words, whatever the markup
        line = line.replace(markup, "")
    return line.strip()


@pytest.mark.parametrize("start, caring", [(START, True),
                                           (["1", "Whether to have a hip replacement now or physio first"], False)])
def test_the_chats_plan_and_both_printed_plans_word_the_crisis_line_alike_for_who_is_at_risk(record, start, caring):
    crisis = "he keeps saying he would be better off dead" if caring else "i keep thinking i would be better off dead"
    path = record(start + [crisis, "2"] + REST)
    transcript = read_file(path)
    assert transcript.plan()["emergency"]["status"] == "crisis_not_now"
    summary = [turn for turn in transcript.turns() if turn.get("state") == "summary"][-1]["text"]
    chat, md, html = (_crisis_paragraph(text) for text in (summary, export(transcript, "md"), export(transcript, "html")))
    assert chat == md == html
    if caring:
        assert "together, at any time" in chat and "if they are in danger" in chat and "Tell the doctor" in chat
    else:
        assert "at any time, day or night" in chat and "if you are in danger" in chat and "Tell your doctor" in chat
