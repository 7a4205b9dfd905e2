"""The exported plan is clean and inert (issue 14 item 6; issue 15 items 3, 4 and 9): the
Markdown reads without backslashes in ordinary prose yet renders typed text as typed, typed
web and e-mail addresses never become live links under GitHub-flavoured Markdown, no control
or bidi character typed by a person reaches the document, and --redact takes every quote of
the person's words out of the assistant's turns."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from assistant.transcripts.export import export
from assistant.transcripts.reader import read_file

GFM = MarkdownIt("gfm-like")  # CommonMark + tables, strikethrough and linkify (GitHub's autolinks)
PROSE = "Whether to have my knee done (the left one) - 50% says it's fine, or wait 2 weeks? Yes: ask Dr Lee & the team."


def _md(path, **options) -> str:
    return export(read_file(path), "md", **options)


def test_ordinary_prose_has_no_backslashes(record):
    doc = _md(record(["1", PROSE, "The surgeon's plan, and the cost.", "skip"]), with_conversation=True)
    assert PROSE in doc and "The surgeon's plan, and the cost." in doc
    # the kit's own text too: no escapes anywhere in a document typed in ordinary words
    assert "\\" not in doc


@pytest.mark.parametrize("typed", [
    "See https://evil.example/login now",
    "mail me at patient.name@example.com",
    "www.evil.example is where I read it",
    "Her [surgeon](http://x.example) was rushed",
    "<http://x.example> and <a href='http://x.example'>here</a>",
])
def test_typed_addresses_and_links_stay_inert_under_github_markdown(record, typed):
    doc = _md(record(["1", typed, "skip"]), with_conversation=True)
    html = GFM.render(doc)
    assert "<a " not in html and "<a\n" not in html, html
    text = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&").replace("&#39;", "'")
    assert typed in text  # shown exactly as typed


def test_markdown_special_characters_render_as_typed(record):
    typed = "*bold* _it_ ~~gone~~ `code` # not a heading &amp; | pipe \\ slash"
    doc = _md(record(["1", typed, "skip"]))
    html = GFM.render(doc)
    for tag in ("<em>", "<strong>", "<s>", "<del>", "<code>", "<h1>"):
        assert tag not in html.split("<p>The decision: ", 1)[1].split("</p>", 1)[0]
    assert "*bold* _it_ ~~gone~~ `code` # not a heading &amp;amp; | pipe \\ slash" in html


ATTACK = "knee\x1b]0;pwned\x07 \x1b[2J\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ after\x00\x9b31m \u202eevil\u2066 \x85end"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_control_and_bidi_characters_never_reach_the_export(record, fmt, cli, tmp_path):
    path = record(["1", ATTACK, ATTACK, "skip"])
    for doc in (export(read_file(path), fmt, with_conversation=True),
                cli("export", path, "--format", fmt, "--with-conversation")[1]):
        bad = [ch for ch in doc if (ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"]
        assert bad == []
        assert "link after" in doc  # the words around the sequences stay
    out = tmp_path / f"plan.{fmt}"
    assert cli("export", path, "--format", fmt, "--with-conversation", "-o", out)[0] == 0
    assert "\x1b" not in out.read_text() and "\u202e" not in out.read_text()


def test_redact_takes_out_a_re_ask_quoting_the_user_even_with_quotes_inside(record):
    # At a choice question, words that are not a choice are quoted back ("did not understand ...").
    secret = 'my "Zebulon" notes say "Okonkwo clinic" will ring about the biopsy result'  # no time words: not an answer
    path = record(["1", "Whether to have surgery", "skip", secret, "2"])
    plain = _md(path, with_conversation=True)
    assert "Zebulon" in plain  # the re-ask does quote it
    for fmt in ("md", "html"):
        doc = export(read_file(path), fmt, redact=True, with_conversation=True)
        for word in ("Zebulon", "Okonkwo", "biopsy result", "notes say"):
            assert word not in doc, (fmt, word)
        assert "did not understand" in doc  # the turn itself stays


def test_redact_takes_out_a_lowercased_part_quoted_from_a_list(record):
    path = record(["1", "Whether to have surgery", "skip", "2", "1", "sure, Margarethe said so", "none"])
    doc = _md(path, redact=True, with_conversation=True)
    assert "margarethe" not in doc.lower()


def test_the_sample_exports_read_without_a_single_backslash():
    from pathlib import Path

    samples = sorted((Path(__file__).resolve().parents[2] / "dialogues" / "transcripts").glob("*.jsonl"))
    assert len(samples) >= 5
    for sample in samples:
        doc = export(read_file(sample), "md", with_conversation=True)
        assert "\\" not in doc, sample.stem  # the assistant's own lists and tables are not escaped
        assert "<a " not in GFM.render(doc)

