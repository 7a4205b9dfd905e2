"""`export FILE --format md|html [-o OUT] [--redact]`: the plan first, then the conversation."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from assistant.flow import default_flow
from assistant.transcripts.export import export
from assistant.transcripts.reader import read_file

SAMPLES = Path(__file__).resolve().parents[2] / "dialogues" / "transcripts"
# A caregiver whose words include a name, markup and HTML: all must come out exactly as typed, or not at all.
CAREGIVER = [
    "2", "my aunt Beatrix", "Whether <b>Beatrix</b> should have **hip** surgery", "Her [surgeon](http://x.example) was rushed",
    "2", "1", "none", "none", "2, 8", "none", "1", "1", "no", "", "3", "", "1, 4",
    "<b>fell</b> at home in March; April: X-ray at [St. Mary's](http://x.example)", "1", "will ask", "1,3,5",
    "Can Beatrix <script>alert(1)</script> still garden?", "ok", "all", "",
]


@pytest.fixture
def caregiver(record) -> Path:
    return record(CAREGIVER)


def _sections(markdown: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown, flags=re.M)


def test_markdown_puts_the_plan_first_then_the_conversation_on_request(caregiver):
    doc = export(read_file(caregiver), "md", with_conversation=True)
    assert _sections(doc) == [
        "About you and your doctors", "The decision", "Who to see, and how to find them", "To do",
        "Records to gather, most important first", "Questions for both doctors", "How to ask for a second opinion",
        "How sure you feel", "Your timeline", "Your medicines", "Request for copies of medical records", "The conversation",
    ]
    plan = read_file(caregiver).plan()
    records = doc.split("## Records to gather", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^- \[ \] (.+)$", records, flags=re.M)) == len(plan["records"]) > 0  # one box per record
    # each question has a row with an empty cell for each doctor's answer
    assert len(re.findall(r"^\| \d+\. .+ \|  \|  \|$", doc, flags=re.M)) == len(plan["questions"])
    assert "Can you suggest someone who sees a lot of cases like this?" in doc  # the scripts, in a caregiver's words
    assert "cases like mine" not in doc and "This is a big decision for us." in doc
    assert "For Beatrix." in doc  # "my aunt Beatrix" is called by her name
    # a number typed at a list says what it picked, as the resume recap does
    assert "**You:** 2 (I am helping someone else)" in doc and doc.index("## The conversation") < doc.index("**You:** 2")
    assert "**You:**" not in export(read_file(caregiver), "md")  # without the option: the plan only


def test_markdown_keeps_what_the_user_typed_inert(caregiver):
    doc = export(read_file(caregiver), "md")
    assert r"Whether \<b>Beatrix\</b> should have \*\*hip\*\* surgery" in doc
    assert "[surgeon](http" not in doc


def test_html_is_self_contained_and_escapes_everything(caregiver):
    doc = export(read_file(caregiver), "html", with_conversation=True)
    assert doc.startswith("<!DOCTYPE html>") and "<style>" in doc
    for fetches in ("<script", "<link", "<a ", "<img", "<iframe", "src=", "href=", "@import", "url("):
        assert fetches not in doc
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "Whether &lt;b&gt;Beatrix&lt;/b&gt; should have **hip** surgery" in doc
    records = doc.split("Records to gather", 1)[1].split("</ul>", 1)[0]
    assert records.count("<li>") == len(read_file(caregiver).plan()["records"])
    assert doc.count('<td class="q">') == len(read_file(caregiver).plan()["questions"])


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_redact_leaves_out_names_and_free_text(caregiver, fmt):
    doc = export(read_file(caregiver), fmt, redact=True, with_conversation=True)
    for secret in ("Beatrix", "aunt", "hip**", "garden", "was rushed", "surgeon](", "alert", "fell", "at home", "X-ray at"):
        assert secret not in doc, secret
    assert "[left out]" in doc
    offered = default_flow().choice_labels("questions")["q1"]
    assert offered in doc  # the app's own questions stay
    assert "I am helping someone else" in doc  # answers picked from a list show as the choice


def test_comparison_is_a_side_by_side_table():
    doc = export(read_file(SAMPLES / "compare_two_opinions.jsonl"), "md")
    assert "## The two opinions side by side" in doc
    assert "|  | First opinion | Second opinion |" in doc
    assert re.search(r"^\| Diagnosis \| Inguinal hernia \| Inguinal hernia, small \|$", doc, flags=re.M)
    assert doc.index("side by side") < doc.index("## Questions for both doctors")
    questions = doc.split("## Questions for both doctors", 1)[1].split("\n## ", 1)[0]
    assert default_flow().choice_labels("questions")["q10"] in questions  # the questions the result listed
    assert "## When" not in doc  # this sample only compared two opinions
    # ... so no one chose who to see: the header's blank names no kind of doctor
    assert "- Second-opinion doctor or clinic: ____________________ (name and phone)" in doc


def test_a_conversation_without_a_plan_says_where_it_stopped(record, to_records):
    path = record(to_records)
    doc = export(read_file(path), "md")
    assert "## No plan yet" in doc and "stopped at the records stage" in doc
    assert f"second-opinion resume {read_file(path).id}" in doc


def test_output_file_is_private_and_the_transcript_is_not_overwritten(caregiver, tmp_path, cli):
    out = tmp_path / "plan.html"
    code, stdout, err = cli("export", caregiver, "--format", "html", "-o", out)
    assert code == 0 and stdout == "" and "Wrote" in err
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    before = caregiver.read_bytes()
    code, _, err = cli("export", caregiver, "-o", caregiver)
    assert code == 2 and "the transcript itself" in err and caregiver.read_bytes() == before


def test_markdown_escapes_the_users_words_repeated_in_assistant_turns(record):
    # The assistant quotes what was typed ("Got it: ..."); in Markdown that must not become live HTML or a link.
    path = record(["2", "my aunt <img src=x onerror=alert(1)>", "Whether [click](http://evil) *now*", "skip"])
    conversation = export(read_file(path), "md", with_conversation=True).split("## The conversation", 1)[1]
    assert not re.search(r"(?<!\\)<img", conversation) and "](http" not in conversation
    assert r"Got it: Whether [click\](`http://evil`) \*now\*." in conversation
    assert r"your aunt \<img src=x onerror=alert(1)>" in conversation


def test_output_over_an_existing_readable_file_ends_up_private(caregiver, tmp_path, cli):
    out = tmp_path / "plan.md"
    out.write_text("old plan")
    out.chmod(0o644)  # O_TRUNC would keep this mode: the plan would stay readable by others
    code, _, _ = cli("export", caregiver, "-o", out)
    assert code == 0 and out.read_text().startswith("# Your second-opinion plan")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


# --- the timeline typed in the conversation -----------------------------------------------------
def _timeline_section(doc: str) -> str:
    return doc.split("## Your timeline", 1)[1].split("\n## ", 1)[0]


def test_the_timeline_form_is_pre_filled_with_the_events_typed_and_keeps_blank_rows(caregiver):
    doc = export(read_file(caregiver), "md")
    section = _timeline_section(doc)
    rows = re.findall(r"^\|(.*)\|$", section, flags=re.M)[2:]  # after the header and the --- line
    assert rows[0].startswith(r" March | \<b>fell\</b> at home |")  # as typed, and inert
    assert rows[1].startswith(" April | X-ray at ")
    blank = [r for r in rows if not r.replace("|", "").strip()]
    assert len(blank) >= 2 and len(rows) == 5  # room left for the rest
    assert "The first rows are what you typed in the conversation" in section
    assert "[St. Mary's](http" not in doc  # a typed link never becomes a live one


def test_the_html_timeline_has_the_events_escaped_then_blank_rows(caregiver):
    doc = export(read_file(caregiver), "html")
    table = doc.split("<h2>Your timeline</h2>", 1)[1].split("</table>", 1)[0]
    assert '<tr class="filled"><td>March</td><td>&lt;b&gt;fell&lt;/b&gt; at home</td><td></td><td></td></tr>' in table
    assert table.count("<tr><td></td><td></td><td></td><td></td></tr>") == 3
    assert "<b>fell" not in doc


def test_a_redacted_export_leaves_the_typed_events_out_of_the_form(caregiver):
    doc = export(read_file(caregiver), "md", redact=True)
    assert "fell" not in doc and "X-ray at" not in doc
    assert "The first rows are what you typed" not in _timeline_section(doc)


def test_without_a_timeline_the_form_is_all_blank_rows(record, to_records):
    doc = export(read_file(record([*to_records, "1, 4", "skip", "1", "will ask", "1,3,5", "skip", "ok", "all", ""])), "md")
    rows = re.findall(r"^\|(.*)\|$", _timeline_section(doc), flags=re.M)[2:]
    assert len(rows) == 5 and all(not r.replace("|", "").strip() for r in rows)


def test_a_conversation_that_stopped_after_the_timeline_still_shows_it(record, to_records):
    doc = export(read_file(record([*to_records, "1, 4", "June: scan; July: biopsy"])), "md")
    assert "## No plan yet" in doc
    assert re.search(r"^\| June \| scan \|", _timeline_section(doc), flags=re.M)


@pytest.mark.parametrize("name, first", [("plan.html", "<!DOCTYPE html>"), ("PLAN.HTM", "<!DOCTYPE html>"), ("plan.md", "# "), ("plan.txt", "# ")])
def test_the_format_follows_the_output_name_unless_one_is_asked_for(caregiver, tmp_path, cli, name, first):
    out = tmp_path / name
    code, _, err = cli("export", caregiver, "-o", out)
    assert code == 0, err
    assert out.read_text(encoding="utf-8").startswith(first)  # a .html name got Markdown: one run-on paragraph in a browser


def test_an_asked_for_format_wins_over_the_output_name(caregiver, tmp_path, cli):
    out = tmp_path / "plan.html"
    code, _, _ = cli("export", caregiver, "--format", "md", "-o", out)
    assert code == 0 and out.read_text(encoding="utf-8").startswith("# ")
    code, stdout, _ = cli("export", caregiver)  # no output file: Markdown, as before
    assert code == 0 and stdout.startswith("# ")


def test_the_letter_follows_the_output_name_too(caregiver, tmp_path, cli):
    letter = tmp_path / "letter.html"
    code, _, err = cli("letter", caregiver, "-o", letter)
    assert code == 0, err
    assert letter.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


CARER_COMPARE = ["3", "2", "my mother Rosa, she is 78", "whether Rosa should have her gallbladder out",
                 "1", "Gallstones", "1", "1", "The stones will block the duct again",
                 "2", "Gallstones", "2", "4", "The pain is mild and rare", "none", "none", "ok"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_caregivers_comparison_lists_the_questions_in_the_caregivers_words(record, fmt):
    doc = export(read_file(record(CARER_COMPARE)), fmt)
    questions = doc.split("Questions for both doctors", 1)[1]
    assert "Which results matter most for someone like Rosa?" in questions  # named once, then by name
    assert "someone like me" not in questions


def test_a_redacted_caregivers_plan_keeps_the_question_but_not_the_name(record):
    doc = export(read_file(record(CARER_COMPARE)), "md", redact=True)
    questions = doc.split("## Questions for both doctors", 1)[1].split("\n## ", 1)[0]
    assert re.search(r"^\| \d+\. Which results matter most for someone like my loved one\? \|", questions, flags=re.M)
    assert "Rosa" not in doc and "mother" not in doc



WORDS_COMPARE = ["3", "2", "1", "whether to have my gallbladder out",
                 "1", "Gallstones", "1", "surgery, keyhole, before the holidays", "The stones will block the duct again",
                 "2", "Gallstones", "2", "diet and wait, see him in 3 months", "The pain is mild and rare", "none", "none", "ok"]


def test_the_plan_in_the_persons_words_is_a_row_of_the_table_but_not_in_a_redacted_copy(record):
    path = record(WORDS_COMPARE)
    doc = export(read_file(path), "md")
    assert re.search(r"^\| The plan, in your words \| .*before the holidays.* \| .*him in 3 months.* \|$", doc, flags=re.M)
    redacted = export(read_file(path), "md", redact=True)
    assert "in your words" not in redacted and "holidays" not in redacted and "3 months" not in redacted
    assert re.search(r"^\| Plan \| Surgery or a procedure \|", redacted, flags=re.M)  # the kinds picked from the list stay


def test_a_comparison_with_only_kinds_picked_has_no_empty_words_row():
    doc = export(read_file(SAMPLES / "compare_two_opinions.jsonl"), "md")
    assert "in your words" not in doc



@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_printed_plan_says_whom_to_call_in_an_emergency_even_when_none_was_told(caregiver, fmt):
    """ut15b, the print tried: the printed plan said "not medical advice" but nowhere what to do in an
    emergency (the seeds' disclaimer: "If you think you may have a medical emergency, immediately call 911")."""
    text = export(read_file(caregiver), fmt=fmt)
    assert "Before anything else" not in text  # no emergency was told in this conversation
    assert "If it may be an emergency, call 911 now." in text
    assert text.index("not medical advice") < text.index("If it may be an emergency")
