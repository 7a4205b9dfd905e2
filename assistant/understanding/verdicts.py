"""A pick-any answer written as a checklist (helper 11b9, round 23): a heading, a mark, a verdict.

"Support: check. Knowledge: check, I've read every paper. Sure: hah." - "I have support, my mum,
my sister, but sure? no" - "Sure? No way. Pros and cons? Yes." Each heading is a choice's word (or
any word) followed by ":" or "?" and a verdict. Before, "no" was read as "none" beside the picks and
the line was asked again ("You typed 'none', and also words that fit ..."), and "hah" or "check" left
the line unclear. A heading said to hold stays as its word; a heading said not to hold is taken out,
with its verdict, so it is never picked. The line so rewritten is read again.

Read first, before the other rewrites (rewritten.py: "sure: hah" would otherwise pick "sure"); only at
pick-any questions, never at the red-flag and urgent questions. Words and
marks are data (dialogues/verdicts.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file


@cache
def _patterns():
    d = read_words_file("verdicts.yaml") or {}
    alt = lambda words: "|".join(re.escape(str(w)) for w in sorted(map(str, words), key=len, reverse=True))  # noqa: E731
    # ":" "?" "=" close up or spaced; a dash only with spaces around it ("re-checked" is one word)
    mark = r"(?:\s*[:?=]\s*|\s+[-—–]+\s+|\s*->\s*)"
    head = r"(?P<lead>,?\s*\b(?:but|and)\s+)?(?P<head>\b[a-z][a-z']*(?: [a-z][a-z']*){0,3})"
    tail = r"(?=\s*(?:[.,;!)]|$|\s(?:and|but|so|the|i|im|ive)\b))"
    fail = "(?:" + alt(d.get("fails", ())) + ")"
    holds = re.compile(head + mark + r"(?:" + alt(d.get("holds", ())) + r")\b" + tail, re.IGNORECASE)
    fails = re.compile(head + mark + fail + r"(?:\s*[,.]?\s*" + fail + r")*\b" + tail, re.IGNORECASE)  # "No, not yet."
    return holds, fails


def _named(head: str, spec, lex) -> int | None:
    """How many of the heading's last words name a choice here ("the pros and cons": 3), or None."""
    from .matching import find_hits
    from .text import clean, tokens

    toks = tokens(clean(head))
    ends = [h for h in find_hits(toks, spec, lex) if h.end == len(toks) and not h.negated and h.strength == 3]
    return len(toks) - min(h.start for h in ends) if ends else None


def checklist(line: str, spec, lex=None) -> str | None:
    """The line with each heading's verdict applied, or None when it has no heading and verdict."""
    if spec.ask != "multi" or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return None
    from .lexicon import default_lexicon

    lex = lex or default_lexicon()
    if re.search(r"\b(?:but|and|or|because|so|though|although)\W*$", line.strip(), re.IGNORECASE):
        return None  # "..., I mean the surgeon ran through them but": the person stopped mid-thought; asked as written
    holds, fails = _patterns()
    denied: list[str] = []

    def failed(m):
        n = _named(m.group("head"), spec, lex)
        if n is None:
            return m.group(0)
        words = m.group("head").split()
        denied.append(" ".join(words[len(words) - n :]))
        kept = " ".join(words[: len(words) - n])
        return (m.group("lead") or "") + kept if kept else ""

    def held(m):
        return m.group(0) if _named(m.group("head"), spec, lex) is None else (m.group("lead") or "") + m.group("head")

    text = holds.sub(held, fails.sub(failed, line))
    text = _comma_denied(text, spec, lex, denied)
    if text == line:
        return None
    text = re.sub(r"\s*([.,;!])(?:\s*[.,;!])+", r"\1", text)  # "Support. Knowledge. ." once a heading is taken out
    text = text.lstrip(" ,;.!-—").rstrip(" ,;-—")
    return text or ", ".join(f"not {d}" for d in denied)  # "Sure: hah." alone: "not sure", read as such (never "sure")


# "But sure for the operation, no.", "Which is more important for me, not yet.": a sentence naming one choice, then
# a comma and a denial closing the sentence (helper 11b13). The sentence is taken out, the choice noted as denied.
_COMMA_NO = re.compile(r"(?P<clause>[^.;!?]+?),\s*(?:no|nope|nah|not yet|not really|no way|not at all)\s*(?=[.;!]|$)", re.IGNORECASE)


def _comma_denied(text: str, spec, lex, denied: list[str]) -> str:
    from .matching import find_hits
    from .text import clean, tokens

    def cut(m):
        clause = m.group("clause")
        toks = tokens(clean(clause))
        hits = [h for h in find_hits(toks, spec, lex) if h.strength == 3]
        named = {h.choice for h in hits}
        if len(named) != 1 or any(h.negated for h in hits) or spec.none_choice in named or len(toks) > 10 \
                or any(t in ("and", "or", "but", "also") for t in toks[max(h.end for h in hits):]):
            return m.group(0)
        denied.append(clean(clause))
        return ""

    return _COMMA_NO.sub(cut, text)
