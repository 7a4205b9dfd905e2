"""Draw the Markdown our templates write, exactly as Rich's Markdown draws it, without loading it.

`rich.markdown` brings markdown-it, mdurl, linkify-it and `html.entities` (about 1.5 MB of
memory and a tenth of a second of imports) before the window's first turn can be drawn. The
templates in prompts/ use a small part of Markdown: paragraphs with soft line breaks, "- " and
"1." lists, **bold**, *italic*, `code` and backslash escapes. `turn_renderable` reads that part
here and builds the very Rich objects `rich.markdown` would (the same Text spans, styles, bullets,
numbers, padding and blank lines); anything else (a table, a heading, a link, `_`, an entity,
a nested list, any case this reader is not sure of) is left to `rich.markdown`, imported then.

The reading follows CommonMark (as markdown-it reads it) for what it accepts, and declines
rather than guesses: `parse` returns None whenever the text holds anything outside the part it
knows. tests/tui/test_quick_markdown.py draws every turn of the sample conversations both ways
and compares the segments.
"""

from __future__ import annotations

import re

from rich._loop import loop_first
from rich.segment import Segment
from rich.style import StyleStack
from rich.text import Text

# Paragraph: ("p", inline ops); list: ("ul" | "ol", start, [inline ops per item]).
# Inline ops: a str is text; None is a soft line break; ("code", text); ("open" | "close", "em" | "strong").

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# Characters that may begin something other than plain text. `_`, `<`, `|`, `~~` and entities
# are declined (emphasis by underscore, HTML, autolinks, tables, strikethrough). A `[` is text
# unless a link is possible: an inline link needs "](", a reference link a definition "]:".
_SPECIAL = re.compile(r"[\\`*\n_<&~|]")
_LINK = re.compile(r"\]\(|\]:")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Any control character but the line break, and any white space but the space and the line
# break: markdown-it treats some of them specially (tabs, NUL, CR, the trimming of a paragraph).
_UNSURE_CHARS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]|[^\S \n]")
_BULLET = re.compile(r"- (?! )")  # "- " then the item's text (more spaces: another indent)
_ORDERED = re.compile(r"([0-9]{1,9})\. (?! )")
# Line starts that open other blocks: headings, quotes, fences, HTML, tables, other bullets,
# "1)" lists, items with more spaces or none, thematic breaks and setext underlines.
_OTHER_BLOCK = re.compile(r"#|>|```|~~~|<|\||[-*+](?: |$)|[0-9]{1,9}[.)](?: |$)|([-*_=])(?: *\1)* *$")


class QuickMarkdown:
    """A Rich renderable: the parsed blocks, drawn as `rich.markdown.Markdown` draws them."""

    __slots__ = ("blocks",)

    def __init__(self, blocks: list) -> None:
        self.blocks = blocks

    def __rich_console__(self, console, options):
        # As Markdown.__rich_console__: the document's style ("none"); a blank line before each
        # block but a first paragraph (Rich's flag is set by any element closed before, and a
        # list's items close before the list is drawn).
        stack = StyleStack(console.get_style("none", default="none"))
        options = options.update(height=None)
        new_line = False
        for block in self.blocks:
            if new_line or block[0] != "p":
                yield Segment.line()
            new_line = True
            if block[0] == "p":
                yield from console.render(_paragraph(console, stack, block[1]), options)
            else:
                yield from _list(console, options, stack, block)


def _style(console, name: str):
    return console.get_style(name, default="none")


def _paragraph(console, stack: StyleStack, ops: list) -> Text:
    """The paragraph's Text as Rich's Paragraph builds it: one span per text token."""
    stack.push(_style(console, "markdown.paragraph"))
    text = Text(justify="left")
    append = text.append
    for op in ops:
        if op.__class__ is str:
            append(op, stack.current)
        elif op is None:  # a soft line break
            append(" ", stack.current)
        elif op[0] == "code":
            stack.push(_style(console, "markdown.code"))
            append(op[1], stack.current)
            stack.pop()
        elif op[0] == "open":
            stack.push(_style(console, f"markdown.{op[1]}"))
        else:
            stack.pop()
    stack.pop()
    return text


def _list(console, options, stack: StyleStack, block):
    """As Rich's ListElement and ListItem: each item's lines padded, after a bullet or a number."""
    kind, start, items = block
    new_line = Segment("\n")
    if kind == "ul":
        marker_width = 3
        bullet_style = _style(console, "markdown.item.bullet")
        markers = [Segment(" • ", bullet_style)] * len(items)
        padding = Segment(" " * 3, bullet_style)
    else:
        marker_width = len(str(start + len(items))) + 2
        number_style = _style(console, "markdown.item.number")
        markers = [Segment(f"{start + index}".rjust(marker_width - 1) + " ", number_style) for index in range(len(items))]
        padding = Segment(" " * marker_width, number_style)
    render_options = options.update(width=options.max_width - marker_width)
    for marker, ops in zip(markers, items):
        stack.push(_style(console, "markdown.item"))
        item_style = stack.current
        text = _paragraph(console, stack, ops)
        stack.pop()
        lines = console.render_lines(text, render_options, style=item_style)
        for first, line in loop_first(lines):
            yield marker if first else padding
            yield from line
            yield new_line


def turn_renderable(markdown: str):
    """What an assistant turn draws: a QuickMarkdown, or Rich's Markdown when the text needs it."""
    blocks = parse(markdown)
    if blocks is not None:
        return QuickMarkdown(blocks)
    from .light_markdown import import_rich_markdown

    return import_rich_markdown().Markdown(markdown, hyperlinks=False)


# --- reading ------------------------------------------------------------------------------


_RUN = ("run",)  # a `*` run not yet paired


class _Decline(Exception):
    """The text holds something this reader leaves to rich.markdown."""


def parse(markdown: str) -> list | None:
    """The blocks of `markdown`, or None if it holds anything outside the known part."""
    if _UNSURE_CHARS.search(markdown) or _LINK.search(markdown):
        return None
    try:
        return [(kind, _inline(body)) if kind == "p" else (kind, body[0], [_inline(item) for item in body[1]])
                for kind, body in _blocks(markdown.split("\n"))]
    except _Decline:
        return None


def _blocks(lines: list[str]) -> list:
    """Paragraphs (their lines) and lists (start, each item's lines), as CommonMark groups them."""
    blocks: list = []
    paragraph: list[str] | None = None
    items: list[list[str]] | None = None  # the open list's items
    kind = ""
    after_blank = False
    for line in lines:
        body = line.lstrip(" ")
        if not body:
            paragraph, after_blank = None, True
            continue
        indent = len(line) - len(body)
        bullet = _BULLET.match(body)
        number = None if bullet else _ORDERED.match(body)
        marker = bullet or number
        if marker is not None:
            if indent:  # an indented item: nested, or a list's own indent
                raise _Decline
            content = body[marker.end():]
            if not content.strip(" ") or _OTHER_BLOCK.match(content) or _BULLET.match(content) or _ORDERED.match(content):
                raise _Decline
            new_kind = "ul" if bullet else "ol"
            if items is not None and new_kind == kind:
                items.append([content])
            else:
                if number is not None and items is None and paragraph is not None and int(number.group(1)) != 1:
                    raise _Decline  # would be a lazy continuation line of the paragraph
                kind, items = new_kind, [[content]]
                blocks.append((kind, (int(number.group(1)) if number else 1, items)))
            paragraph, after_blank = items[-1], False
            continue
        if _OTHER_BLOCK.match(body):
            raise _Decline
        if paragraph is not None:  # a continuation line (lazy or indented)
            paragraph.append(body)
            continue
        if indent >= 4 or (items is not None and after_blank and indent):
            raise _Decline  # an indented code block, or an item's second paragraph
        items, paragraph, after_blank = None, [body], False
        blocks.append(("p", paragraph))
    return blocks


def _inline(lines: list[str]) -> list:
    """A paragraph's inline ops: text, soft breaks, code spans and matched emphasis."""
    source = "\n".join(lines).strip(" ")
    ops: list = []
    pending: list[str] = []
    delimiters: list[list] = []  # [ops index, run, can_open, can_close]
    position, end = 0, len(source)
    while position < end:
        found = _SPECIAL.search(source, position)
        if found is None:
            pending.append(source[position:])
            break
        at = found.start()
        if at > position:
            pending.append(source[position:at])
        char = source[at]
        if char == "\\":
            following = source[at + 1: at + 2]
            if following == "\n" or following == " ":
                raise _Decline  # a hard line break; a space markdown-it keeps from the line's end
            if following in _ASCII_PUNCT and following:
                pending.append(following)
                position = at + 2
            else:
                pending.append("\\")
                position = at + 1
        elif char == "\n":
            text = "".join(pending)
            if text.endswith("  "):
                raise _Decline  # a hard line break
            pending = [text.rstrip(" ")]
            _flush(ops, pending)
            ops.append(None)
            position = at + 1
            while position < end and source[position] == " ":
                position += 1
        elif char == "`":
            run = _run(source, at, "`")
            close = _closing_ticks(source, at + run, run)
            content = source[at + run: close]
            if "\n" in content:
                raise _Decline  # markdown-it keeps the next line's indent in it
            if content.startswith(" ") and content.endswith(" ") and content.strip(" "):
                content = content[1:-1]
            _flush(ops, pending)
            ops.append(("code", content))
            position = close + run
        elif char == "*":
            run = _run(source, at, "*")
            if run > 2:
                raise _Decline
            before = source[at - 1] if at else "\n"
            after = source[at + run] if at + run < end else "\n"
            if not (before.isascii() and after.isascii()):
                raise _Decline  # Unicode punctuation decides flanking: left to markdown-it
            left = not after.isspace() and (after not in _ASCII_PUNCT or before.isspace() or before in _ASCII_PUNCT)
            right = not before.isspace() and (before not in _ASCII_PUNCT or after.isspace() or after in _ASCII_PUNCT)
            _flush(ops, pending)
            delimiters.append([len(ops), run, left, right])
            ops.append(_RUN)  # replaced by an open or a close below
            position = at + run
        elif char == "&" and not _ENTITY.match(source, at):
            pending.append("&")
            position = at + 1
        elif char == "~" and not source.startswith("~~", at):
            pending.append("~")
            position = at + 1
        else:  # _ < | ~~ or an entity
            raise _Decline
    _flush(ops, pending)
    _match_emphasis(ops, delimiters)
    return ops


def _flush(ops: list, pending: list[str]) -> None:
    """The text gathered since the last op becomes one text op, as markdown-it joins its text
    tokens (escapes included) between two other tokens."""
    text = "".join(pending)
    pending.clear()
    if text:
        ops.append(text)


def _run(source: str, at: int, char: str) -> int:
    end = at
    while end < len(source) and source[end] == char:
        end += 1
    return end - at


def _closing_ticks(source: str, start: int, run: int) -> int:
    """Where the code span's closing backticks (a run of exactly `run`) begin."""
    at = source.find("`", start)
    while at != -1:
        length = _run(source, at, "`")
        if length == run:
            return at
        at = source.find("`", at + length)
    raise _Decline  # no closing run: the backticks are text


def _match_emphasis(ops: list, delimiters: list[list]) -> None:
    """Pair the `*` runs as CommonMark does, for the cases where that is plain: a closer takes
    the nearest open run of the same length. Anything else (a partial match, a run left over,
    a run that can neither open nor close) is declined."""
    open_runs: list[list] = []
    for delimiter in delimiters:
        index, run, can_open, can_close = delimiter
        if can_close and open_runs:
            opener = open_runs.pop()
            if opener[1] != run:
                raise _Decline
            tag = "strong" if run == 2 else "em"
            ops[opener[0]] = ("open", tag)
            ops[index] = ("close", tag)
        elif can_open:
            open_runs.append(delimiter)
        else:
            raise _Decline
    if open_runs:
        raise _Decline
