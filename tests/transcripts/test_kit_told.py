"""The printed kit carries "What you told me" as the chat's plan does (user trial 7, finding 36:
a pending scan, a blood thinner or a fever told in the conversation were missing on paper)."""

from __future__ import annotations

from assistant.transcripts.export import export
from assistant.transcripts.reader import read_file

TOLD = ["2", "My father Anselm", "Whether Anselm should start chemotherapy", "The oncologist at Mercy Hospital was rushed",
        "2", "2", "none", "none", "1", "none", "1", "1", "yes, a PET scan is booked for January", "", "1, 2", "", "1, 2",
        "skip", "2", "will ask", "1,3,5", "skip", "ok", "all", ""]


def _section(doc: str) -> str:
    return doc.split("**What you told me:**", 1)[1].split("\n## ", 1)[0]


def test_the_kit_lists_what_was_told_with_its_topic(record):
    doc = export(read_file(record(TOLD)), "md")
    told = _section(doc)
    assert "- About tests: A PET scan is booked for January" in told
    assert "Tests are planned or results are pending" in told


def test_the_html_kit_lists_it_too_escaped(record):
    lines = list(TOLD)
    lines[12] = "yes, a <b>PET</b> scan is booked for January"
    doc = export(read_file(record(lines)), "html")
    assert "<strong>What you told me:</strong>" in doc
    assert "&lt;b&gt;PET&lt;/b&gt; scan is booked" in doc and "<b>PET</b>" not in doc


def test_a_redacted_kit_keeps_the_facts_said_by_choice_but_not_the_own_words(record):
    doc = export(read_file(record(TOLD)), "md", redact=True)
    told = _section(doc)
    assert "Tests are planned or results are pending" in told
    assert "PET" not in doc


def test_nothing_told_means_no_section(record):
    lines = list(TOLD)
    lines[12] = "no"
    doc = export(read_file(record(lines)), "md")
    assert "What you told me" not in doc
