"""A line that fits two choices and repeats the qualifier one of them carries in brackets: "an
operation was offered for my hip. It is not an emergency; I have been limping for two years" fits
"A surgery or procedure was offered (not an emergency)" and "Symptoms for a long time"; saying the
bracketed words back ("not an emergency") is saying which. Only the bracketed words, said whole, by
one of the two, with nothing wavering in the line."""

from __future__ import annotations

import re

from .text import tokens

_BRACKETS = re.compile(r"\(([^)]+)\)")
_WAVERS = frozenset({"maybe", "perhaps", "or", "unsure", "either", "probably", "possibly", "might", "idk", "dunno", "wait", "actually"})


def qualifier_said(toks: list[str], spec, picked: list[str]) -> str | None:
    """The one picked choice whose bracketed qualifier the line says word for word, or None."""
    if len(picked) != 2 or _WAVERS & set(toks) or spec.name.startswith(("urgent", "red_flags")) or getattr(spec, "urgent", False):
        return None  # (never at the safety questions: there, two readings are asked about)
    said = []
    for choice in spec.choices:
        if choice.id not in picked:
            continue
        for inner in _BRACKETS.findall(choice.label):
            words = [t for t in tokens(inner.lower()) if t.isalnum()]
            if len(words) >= 2 and any(toks[k : k + len(words)] == words for k in range(len(toks))):
                said.append(choice.id)
    return said[0] if len(said) == 1 else None
