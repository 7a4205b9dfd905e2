"""What the plan shows under "What you told me" (user trial 8, F1.8, F2.5, F2.8, F5.5, F6.3).

The notes kept with answers are the person's words for the next doctor. A trial found them printed
raw: complaints at me ("Neither, and you didnt answer about the gleason score", "Please stop asking"),
side remarks ("Hes playing with legos"), figures of speech ("this whole thing is killing me"),
questions I was asked ("im on medicare, will they pay ...?") and fillers ("Like I said, whether ...").

A note is read sentence by sentence; a sentence is left out when it is
- talk aimed at me (`at_me`), a side remark (`side_remarks`), or only an answer the pick already says
  (`answer_only`, a bare number list);
- a question (it was answered, or went on the question list);
- a saying with no symptom in it (dialogues/remarks.yaml `joke_sayings`, `symptoms_told`).
What is left keeps its words, with a leading filler cut (`leading_fillers`); a note with nothing left
is not shown. The words are data: dialogues/told_clean.yaml. The notes themselves are not changed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .phrase_files import has
from .text import clean, tokens


@lru_cache(maxsize=1)
def _data() -> dict[str, tuple[tuple[str, ...], ...]]:
    from .datafile import read_words_file

    raw = read_words_file("told_clean.yaml") or {}
    out = {k: tuple(sorted({tuple(tokens(str(p))) for p in raw.get(k, []) if tokens(str(p))}, key=len, reverse=True))
           for k in ("at_me", "side_remarks", "answer_only", "leading_fillers", "leading_remarks", "leading_asides", "sayings")}
    return out


def _words(text: str) -> list[str]:
    return [t for t in tokens(clean(text).lower()) if t not in (",", ".", "!", "?", ";", ":", "-", "(", ")")]


def without_remark(text: str) -> str:
    """ "i told you, the surgery to remove womb" -> "the surgery to remove womb": talk at me before the answer."""
    return without_filler(text, remarks_only=True)


def without_aside(text: str) -> str:
    """ "like i said the pacemaker thing" -> "the pacemaker thing": a pointer back to what was said, with or without a mark
    after it (a lead's walk, 2026-12-07); the words as typed after it."""
    out = str(text or "").strip()
    words = _words(out)
    lead = next((p for p in _data()["leading_asides"] if tuple(words[: len(p)]) == p and len(words) > len(p)), None)
    if lead is None:
        return out
    cut = re.sub(r"^\W*" + r"\W+".join(re.escape(w) for w in lead) + r"\b[\s,.:;!-]*", "", out, count=1, flags=re.IGNORECASE)
    return cut or out


def without_filler(text: str, remarks_only: bool = False) -> str:
    """ "Like I said, whether Dad should ..." -> "whether Dad should ..." (the words as typed after it)."""
    fillers, remarks = () if remarks_only else _data()["leading_fillers"], _data()["leading_remarks"]
    out = str(text or "").strip()
    while True:
        words = _words(out)
        lead = next((p for p in fillers + remarks if tuple(words[: len(p)]) == p and len(words) > len(p)), None)
        if lead is None:
            return out
        # a remark at me ("i told you, the surgery ...") only when a mark ends it: "i said no to the surgery" stays whole
        ending = r"\s*[,.:;!-]+\s*" if lead in remarks else r"\b[\s,.:;!-]*"
        pattern = r"^\W*" + r"\W+".join(re.escape(w) for w in lead) + ending
        cut = re.sub(pattern, "", out, count=1, flags=re.IGNORECASE)
        if cut == out:
            return out
        out = cut


def _aside(sentence: str) -> bool:
    from .jokes import _words as joke_words

    data = _data()
    words = _words(sentence)
    if not words or all(w.isdigit() or w in ("and", "or") for w in words):
        return True  # "2 3", "1 and 5": the picks, already in the plan
    if tuple(words) in data["answer_only"]:
        return True
    if sentence.rstrip().endswith("?"):
        return True
    if has(words, data["at_me"]) or has(words, data["side_remarks"]):
        return True
    sayings, _, symptoms = joke_words()
    return (has(words, sayings) or has(words, data["sayings"])) and not has(words, symptoms)


def for_the_plan(note) -> str:
    """The note as the plan shows it, or "" when nothing in it is about the care."""
    text = str(note or "").strip()
    if not text:
        return ""
    parts = [p.strip() for p in re.findall(r"[^.!?;]+[.!?;]*", text) if p.strip()]
    kept = [k for k in (without_filler(p) for p in parts) if not _aside(k)]
    kept = [k for k in kept if _words(k)]
    if not kept:
        return ""
    return " ".join(kept).strip().rstrip(";").strip()  # as typed (the plan's own label comes before it)
