"""Two readings joined by "or" at a pick-one question (helper u24a, brief "answers that should be asked about, stored
instead"): "me? or my wife, she help me" at the welcome was stored as someone I help, "like days? or weeks? she didn't
give an actual date" as days, "coil Mirena or operation, he say i choose" as the operation, "Yes, when doctor tell me.
Or never." as yes. Each side of an "or" (dialogues/either_or.yaml) is read on its own at the same question; when two
sides are each read (sure or likely) as two different choices, both are offered and nothing is stored. A reading that is not about
to be stored, a pick-several question, an "or" of a rough amount ("or so", "2 or 3 weeks", "sooner or later"), and a
side that reads as "I don't know" or as a question back are left as they are."""

from __future__ import annotations

import re
from dataclasses import replace

from .phrase_files import PhraseFile
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("either_or.yaml")
DONT_KNOW = frozenset({"not_sure", "not_said", "unsure"})  # "idk like weeks or months": not a second answer beside months


def _parts(line: str) -> list[str]:
    """The line cut at each "or" that may join two answers (not "or so", "2 or 3", "sooner or later")."""
    data = WORDS.data()
    joins = "|".join(re.escape(str(j)) for j in data.get("joins", ()))
    after, before = WORDS.phrases("not_after"), WORDS.phrases("not_before")
    pieces = re.split(rf"\b(?:{joins})\b", line, flags=re.IGNORECASE)
    parts = [pieces[0]]
    openers = {str(w) for w in data.get("question_openers", ())}
    for piece in pieces[1:]:
        sentence = re.split(r"[.,!?;:\u2014]|\s-\s", parts[-1])[-1]  # the words since the last stop or comma before the "or"
        said = [t for t in tokens(clean(sentence)) if t.isalnum()]
        if any(w in openers for w in said[:2]):  # "(wait) is 12 a child or a teen here": a question asked, not two answers
            parts[-1] = f"{parts[-1]} or {piece}"
            continue
        head = [t for t in tokens(clean(piece)) if t.isalnum()]
        tail = [t for t in tokens(clean(parts[-1])) if t.isalnum()]
        ranged = any(t.isdigit() for t in head[:2]) and any(t.isdigit() for t in tail[-3:])  # "3 wks or maybe 4": a range
        if ranged or any(tuple(head[: len(p)]) == p for p in after if p) or any(p and tuple(tail[-len(p):]) == p for p in before):
            parts[-1] = f"{parts[-1]} or {piece}"  # one answer: keep the "or" inside it
        else:
            parts.append(piece)
    return [p for p in parts if any(ch.isalnum() for ch in p)]


def either_or(reading: Reading, line: str, spec, read) -> Reading:
    """`reading`, or the two choices offered when two sides of an "or" in `line` each read as a different choice;
    `read` reads a part of the line at the same question."""
    if reading.certainty != SURE or reading.value is None or reading.asked or reading.dont_know:
        return reading
    if getattr(spec, "ask", None) != "choice" or spec.name in set(WORDS.data().get("skip_states") or ()):
        return reading
    parts = _parts(line) if re.search(r"\bor\b", line, flags=re.IGNORECASE) else []
    if len(parts) < 2:
        return reading
    values = []
    for part in parts:
        got = read(part.strip().rstrip("?!.,;:- ").strip() or part)  # "me? or my wife": the "?" is a hesitation
        if got.certainty in (SURE, LIKELY) and got.value is not None and not got.asked and not got.dont_know \
                and isinstance(got.value, str) and got.value not in values and got.value not in DONT_KNOW:
            values.append(got.value)
    if len(values) < 2:
        return reading
    return replace(reading, certainty=UNCLEAR, value=None, options=tuple(values[:2]), unclear=clean(line), note="",
                   message="That fits more than one answer.")
