"""Turns are drawn exactly as Rich's Markdown draws them, without loading it for our templates."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from rich.markdown import Markdown

from assistant.engine import Engine
from assistant.tui.quick_markdown import QuickMarkdown, parse, turn_renderable

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = (20, 43, 78)


def segments(renderable, width: int) -> list:
    console = Console(width=width, color_system="truecolor", force_terminal=True, legacy_windows=False)
    return list(console.render(renderable, console.options))


def assert_drawn_as_rich(markdown: str) -> None:
    for width in WIDTHS:
        assert segments(turn_renderable(markdown), width) == segments(Markdown(markdown, hyperlinks=False), width), (width, markdown)


def sample_turns() -> list[str]:
    """Every assistant turn of the sample conversations, and the commands at the first question."""
    turns = []
    for path in sorted((ROOT / "dialogues" / "transcripts").glob("*.jsonl")):
        engine = Engine()
        turns.append(engine.start().markdown)
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["type"] == "user" and not engine.finished:
                turns.append(engine.respond(record["text"]).markdown)
    engine = Engine()
    engine.start()
    turns += [engine.respond(command).markdown for command in ("help", "why", "sources", "summary")]
    return turns


def test_every_sample_turn_is_drawn_as_rich_draws_it_and_only_tables_go_to_rich():
    turns = sample_turns()
    assert len(turns) > 100
    left_to_rich = [turn for turn in turns if parse(turn) is None]
    assert all("|---" in turn for turn in left_to_rich), [turn[:80] for turn in left_to_rich if "|---" not in turn]
    assert len(left_to_rich) < len(turns) / 10
    for turn in turns:
        assert_drawn_as_rich(turn)


# Our own texts: what the reader accepts must come out the same as Rich's.
ACCEPTED = [
    "",
    "One line.",
    "A soft\nbreak, and a trailing space \nthen more.",
    "  Indented start\n    and a deeply indented continuation.",
    "**Bold** and *italic* and `code` and ***",
    "**bold with *italic* inside** and *italic with **bold** inside*",
    "a*b*c intraword, 2 * 3 = 6, and a lone * star",
    "*not closed",
    "**Who to see:**\n- A surgeon\n- Another *view*\n\nAfter the list.",
    "Text right above\n- a list that interrupts it\n- second\nlazy continuation\n  indented continuation",
    "1. first\n2. second\n3. third",
    "Steps:\n1. one\n\n7. loose item numbered 7",
    "3. starts at three\n4. four",
    "\n".join(f"{n}. item {n}" for n in range(1, 12)),
    "- bullets\n1. then numbers\n- then bullets again",
    "Escapes: \\*not bold\\*, \\_x\\_, \\[x\\](y), \\<b\\>, \\# and \\\\ and \\a and a trailing \\",
    "Code: `a *b* c`, `` a`b ``, ` spaced `, `  `, and `a\nb` across lines",
    "- [ ] a checkbox item\n- [ ] and another",
    "Ampersands & more &amp; &#65; &x; and tildes ~ here, a ~~strike~~",
    "Table-like | pipe",
    "Line with two spaces  \nis a hard break",
    "Backslash\\\nhard break",
    "# Heading",
    "> quote",
    "Heading\n===",
    "Heading\n---",
    "---",
    "    indented code",
    "- outer\n  - nested",
    "- item\n\n  its second paragraph",
    "text\n2. not a list",
    "- item\n2. lazy",
    "[link](https://example.org)",
    "_underscored_",
    "<b>html</b>",
    "**a *b** c*",
    "***triple***",
    "`unclosed code",
    "tab\there",
    "café **é**",
    "\u00a0non-breaking space",
    "1) paren list",
    "- ",
    "+ plus bullet",
    "* star bullet",
]


@pytest.mark.parametrize("markdown", ACCEPTED)
def test_our_own_texts_are_drawn_as_rich_draws_them(markdown):
    assert_drawn_as_rich(markdown)


DECLINED = [
    "Line with two spaces  \nis a hard break",
    "Backslash\\\nhard break",
    "# Heading",
    "> quote",
    "Heading\n===",
    "Heading\n---",
    "---",
    "    indented code",
    "- outer\n  - nested",
    "- item\n\n  its second paragraph",
    "text\n2. not a list",
    "[link](https://example.org)",
    "[ref]\n\n[ref]: https://example.org",
    "_underscored_",
    "<b>html</b>",
    "&amp;",
    "a ~~strike~~",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "**a *b** c*",
    "***triple***",
    "`unclosed code",
    "tab\there",
    "café *é*",
    "\u00a0non-breaking space",
    "1) paren list",
    "- ",
    "+ plus bullet",
    "* star bullet",
]


@pytest.mark.parametrize("markdown", DECLINED)
def test_what_the_reader_is_not_sure_of_goes_to_rich(markdown):
    assert parse(markdown) is None
    assert not isinstance(turn_renderable(markdown), QuickMarkdown)


def test_the_window_starts_without_a_markdown_parser_and_its_first_turn_takes_the_short_way():
    code = (
        "import sys\n"
        "import assistant.tui.app\n"
        "from assistant.engine import Engine\n"
        "from assistant.tui.quick_markdown import parse\n"
        "from assistant.tui.widgets.turns import AssistantTurn\n"
        "first = Engine().start().markdown\n"
        "AssistantTurn(first)\n"
        "loaded = [m for m in ('markdown_it', 'rich.markdown', 'mdurl', 'pygments') if m in sys.modules]\n"
        "print(parse(first) is not None, loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "[]"], result.stdout


def test_texts_made_of_template_pieces_are_drawn_as_rich_draws_them_or_go_to_rich():
    """Many texts built from the pieces templates and escaped answers are made of (seeded, so
    every run checks the same ones): each one the reader accepts is drawn as Rich draws it."""
    pieces = ["Some", " text", " ", "  ", "\n", "\n", "\n\n", "*", "**", "`", "\\.", "\\-", "\\*", "\\ ", "\\",
              "- ", "-  ", "1. ", "2. ", " - ", "(", ")", ".", ",", "!", "'", "é", "[ ]", "&", "~", "=", "#",
              "**Bold:**", "*it*", "`c`", "    "]
    generator = random.Random(17)
    accepted = 0
    for _ in range(1500):
        markdown = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 30)))
        if parse(markdown) is None:
            continue
        accepted += 1
        for width in (12, 30):
            assert segments(QuickMarkdown(parse(markdown)), width) == segments(Markdown(markdown, hyperlinks=False), width), markdown
    assert accepted > 200
