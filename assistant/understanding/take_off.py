"""At "Who to see": "take off the cardiologist one and the stent one please", "remove the X one", "not
the cardiologist" takes those lines off the list, and the turn says so (user trial 6: the line was
only kept as a note, and the printed plan kept both). Returns the words that name each line
("cardiologist", "stent"); the engine takes off the kinds asked for that hold them, says no to a
kind of doctor named so, and leaves out the plan's line that names the rest (procedure_kind.py)."""

from __future__ import annotations

import re

from .text import clean

_TAKE = re.compile(
    r"\b(?:(?:take|took|taking)\s+(?:off|out|away)|remove|delete|drop|cross\s+(?:off|out)|get\s+rid\s+of|scrap|leave\s+out|leave\s+off)\s+"
    r"(?P<what>[^.;!?]+)"
    r"|\btake\s+(?P<what2>the\s+[^.;!?]+?)\s+(?:off|out)\b"
    r"|(?:^|[.;!?]\s*|\bbut\s+|\band\s+)not\s+(?P<what3>the\s+[^.;!?,]+)", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\bplus\b|\bas\s+well\s+as\b)\s*", re.IGNORECASE)
_FILLER = frozenset("""the a an one ones line lines bit part parts thing things stuff please pls thanks thank you too also both of
    entry entries suggestion suggestions about from list this that these those for me it them""".split())


def taken_off(line: str) -> list[str]:
    """The words of each line the person takes off, in order ("cardiologist", "stent"); [] when none."""
    text = clean(line)
    out: list[str] = []
    for match in _TAKE.finditer(text):
        what = match.group("what") or match.group("what2") or match.group("what3") or ""
        for part in _SPLIT.split(what):
            words = [w for w in re.findall(r"[a-z'-]+", part.lower()) if w not in _FILLER]
            if 1 <= len(words) <= 4:
                core = " ".join(words)
                if core not in out:
                    out.append(core)
    return out


def holds(text: str, word: str) -> bool:
    """`text` names the line said by `word` ("a heart clearance from my cardiologist" holds "cardiologist")."""
    low = text.lower()
    return all(re.search(rf"\b{re.escape(w.rstrip('s'))}", low) for w in word.split())


__all__ = ["holds", "taken_off"]
