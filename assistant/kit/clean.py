"""Text made safe for a document someone prints, opens in a browser or reads in an editor.

Two jobs, for every piece of text that goes into an export, a letter or a log:

- `inert`: no control characters. Escape sequences (CSI, OSC, ended by BEL or ESC backslash),
  other C0 and C1 controls, DEL and bidirectional controls are taken out, so a document printed
  to a terminal cannot act on it and a line cannot be shown backwards. The words around an
  escape sequence stay. Line breaks and tabs stay.
- `markdown`: what a person typed, as Markdown that renders as exactly those words under
  CommonMark and GitHub-flavoured Markdown, yet reads cleanly in a plain editor. Only what
  could act is neutralised: emphasis, code, links, HTML, entities and tables get a backslash;
  web addresses and e-mail addresses go in a code span, so no renderer makes them live links;
  a line that would start a heading, list or quote gets one backslash at its start. Ordinary
  prose (letters, digits, spaces and . , ; : ? ! ' " ( ) - / % $ &) is left exactly as typed.
"""

from __future__ import annotations

import re
import unicodedata

# An escape sequence as a whole: CSI ... final byte; OSC/DCS/APC/PM/SOS ... BEL or ESC \ ; ESC + one char.
_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x90\x9d\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-_]?"
)
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_KEEP = {"\n", "\t", "\u200c", "\u200d"}  # line breaks, tabs, and the joiners inside emoji and scripts


def inert(text: str | None) -> str:
    """The text without control characters or bidi controls; line breaks and tabs kept."""
    if not text:
        return text or ""
    text = _SEQUENCE.sub("", text).replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(
        ch for ch in text
        if ch in _KEEP or (ch not in _BIDI and unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    )


def terminal_safe(document: str) -> str:
    """A whole document about to be printed: nothing in it may act on a terminal."""
    return inert(document)


def deep_inert(value):
    """`inert` applied to every string inside dicts, lists and tuples."""
    if isinstance(value, str):
        return inert(value)
    if isinstance(value, dict):
        return {k: deep_inert(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(deep_inert(v) for v in value)
    return value


# --- Markdown -------------------------------------------------------------------------------
# A web or e-mail address as GFM's autolink extension finds one (www., scheme://, user@host.tld),
# and a few schemes CommonMark would take in <...>.
_ADDRESS = re.compile(
    r"(?i)(?:\b(?:https?|ftp|mailto|file|javascript|data|tel|xmpp):(?://)?|\bwww\d{0,3}\.)[^\s<>`]*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_INLINE = re.compile(r"([\\`*_\[\]<|~])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LINE_START = re.compile(r"^(\s*)([#>=+-]|\d+[.)])", re.M)
_TRAILING = ".,:;!?\"')"


def _code_span(address: str) -> str:
    """`address` as a code span: always literal, never a link. A longer fence if it holds backticks."""
    longest = max((len(run) for run in re.findall(r"`+", address)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if address.startswith("`") or address.endswith("`") else ""
    return f"{fence}{pad}{address}{pad}{fence}"


def _split_address(match: re.Match) -> tuple[str, str]:
    """The address and the punctuation after it (a full stop ends the sentence, not the address)."""
    address, rest = match.group(0), ""
    while address and address[-1] in _TRAILING:
        if address[-1] == ")" and address.count("(") >= address.count(")"):
            break
        address, rest = address[:-1], address[-1] + rest
    return address, rest


def _escape_words(text: str) -> str:
    return _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))


def _escape_line_start(match: re.Match) -> str:
    mark = match.group(2)
    if mark[0].isdigit():  # "1." starts a list; only punctuation can be escaped, so "1\."
        return match.group(1) + mark[:-1] + "\\" + mark[-1]
    return match.group(1) + "\\" + mark


def markdown(text: str | None, *, line_starts: bool = True) -> str:
    """Typed text as inert Markdown that reads cleanly (see the module's notes).

    `line_starts=False` for text whose line starts are ours (the assistant's own lists)."""
    text = inert(text)
    out, last = [], 0
    for match in _ADDRESS.finditer(text):
        address, rest = _split_address(match)
        if not address:
            continue
        out.append(_escape_words(text[last : match.start()]))
        out.append(_code_span(address))
        last = match.start() + len(address)
    out.append(_escape_words(text[last:]))
    result = "".join(out)
    if line_starts:
        result = _LINE_START.sub(_escape_line_start, result)
    else:
        result = re.sub(r"^(\s*)([#>=])", r"\1\\\2", result, flags=re.M)
    return result


_TURN_INLINE = re.compile(r"([\\*_<~])|\](?=[(\[:])")


def markdown_turn(text: str | None) -> str:
    """An assistant turn (plain text that may quote the person's words) as inert Markdown.

    The turn's own structure stays readable and renders as meant: its tick-box lists, tables
    and code spans are not escaped. Only what could make HTML, a link, an entity or emphasis
    is: `<`, `\\`, `*`, `_`, `~`, a `]` that would close a link, an entity; addresses go
    in code spans; a line start that would make a heading or a quote gets a backslash."""
    text = inert(text)
    out, last = [], 0

    def escape(part: str) -> str:
        return _ENTITY.sub(r"\\&", _TURN_INLINE.sub(lambda m: "\\" + m.group(0), part))

    for match in _ADDRESS.finditer(text):
        address, rest = _split_address(match)
        if not address:
            continue
        out.append(escape(text[last : match.start()]))
        out.append(_code_span(address))
        last = match.start() + len(address)
    out.append(escape(text[last:]))
    return re.sub(r"^(\s*)([#>=])", r"\1\\\2", "".join(out), flags=re.M)

