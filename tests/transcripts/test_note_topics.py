"""Every note in "What you told me" says what it was about (a lead's walk, 2026-12-07: the notes kept at the comparison
questions printed bare - "A stent, asap", "At the university hospital" - with no word of which doctor they were about)."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.flow import default_flow
from assistant.transcripts.export import _names, _told
from benchmarks.understanding import prepare


def test_every_question_with_choices_names_its_notes():
    flow, topics = default_flow(), _names().note_topics
    missing = [name for name in flow.states if flow.state(name).choices and name not in topics]
    assert missing == []


def test_a_note_at_the_second_doctors_plan_is_printed_with_what_it_was_about():
    engine = prepare("compare_two_treatment", "patient")
    engine.respond("meds and a stress test first, maybe no stent at all")
    engine.respond("meds mostly")
    assert "compare_two_treatment" in engine.slots["answer_notes"]
    told = _told(engine.slots, SimpleNamespace(enabled=False))
    assert any(line.startswith("About the second doctor's plan: ") and "stress test" in line for line in told), told
