"""Plain picks, then one more said with a hedge and a "?" (helper u23b): "the form, maybe the deadline?" at the insurer's
question, "2, maybe the patient advocate?" at the other ways to get clarity. The "?" sent the line to the question
reader ("I cannot answer that here", or what a patient advocate is) and the plain pick was lost. When the line's only
"?" ends a last part that starts with a hedge lead, after words of its own, and that part asks nothing (no question
word), the line is read as an answer: the plain picks kept, the hedged part offered back (hedged_part.py,
hedge_offer.py), as without the "?". The words are data: dialogues/hedged_ask.yaml.
"""

from __future__ import annotations

from .phrase_files import PhraseFile, part_marks

_FILE = PhraseFile("hedged_ask.yaml")


def hedged_tail(toks: list[str], spec) -> bool:
    """The line is plain words, then a last part led by a hedge and ended by its only "?"."""
    if not spec.multi or spec.name.startswith(("red_flags", "urgent")) or toks.count("?") != 1:
        return False
    words = list(toks)
    while words and words[-1] in ("?", "!", "."):
        words.pop()
    if "?" in words:
        return False  # "does the form count? maybe the deadline": a question before the end
    marks = part_marks() | {"and", "plus"}
    cut = max((k for k, t in enumerate(words) if t in marks), default=-1)
    tail, head = words[cut + 1 :], words[: max(cut, 0)]
    if not any(t.isalnum() for t in head) or not tail:
        return False
    asking = _FILE.words("asking")
    leads = _FILE.phrases("leads")
    led = any(tuple(tail[: len(p)]) == p for p in leads) or (words[cut : cut + 1] == ["and"] and tail[:1] == ["maybe"])
    return led and not asking & set(tail)


__all__ = ["hedged_tail"]
