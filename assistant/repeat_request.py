"""A request to hear the question again: "WHAT?? SAY AGAIN. I WILL ASK HIM I GUESS" (user trial 7,
finding 17) was answered "I cannot answer that here", and his answer was lost. The request opens the
line; what follows it is read as the answer when it reads as one, and otherwise the question is
shown again in full. Words are data: dialogues/repeat_request.yaml."""

from __future__ import annotations

import re
from functools import cache

from .understanding.datafile import read_words_file

_MARKS = r"[\s?!.,:;\-]*"


@cache
def _pattern():
    words = read_words_file("repeat_request.yaml")["openings"]
    forms = "|".join(r"\s+".join(re.escape(p) for p in str(w).split()) for w in sorted(set(words), key=len, reverse=True))
    lead = rf"(?:(?:sorry|um+|uh+|er+|eh|oh|what|huh|please|pls|can|could|you|i)\b{_MARKS})*"
    return re.compile(rf"^{_MARKS}(?:{lead}(?:{forms})(?![\w']){_MARKS})+(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)


def repeat_request(line: str) -> str | None:
    """The words after a request to repeat ("" when there are none); None when the line does not open
    with one. A lone "what" or "huh" counts only with a "?" or with another request beside it."""
    plain = line.replace("'", "").replace("\u2019", "")
    found = _pattern().match(plain)
    if not found:
        return None
    said = plain[: found.start("rest")].strip().lower()
    core = re.sub(r"[^\w\s]", " ", said).split()
    alone = {str(w) for w in read_words_file("repeat_request.yaml")["alone_only"]}
    if " ".join(core) in alone or all(word in {w for phrase in alone for w in phrase.split()} for word in core):
        if found.group("rest").strip():
            return None  # "what? the scans", "repeat the scan": an answer, read as typed
        if core in (["what"], ["huh"], ["eh"]) and "?" not in said:
            return None  # "what" alone with no "?": a word, not a request
    return found.group("rest").strip()


def said_again(engine, line: str):
    """At a question (not the emergency turns): a request to repeat it. What follows the request is the
    answer when it reads as one; otherwise the whole question again. None when the line asks no repeat."""
    if engine.pending is not None and engine.pending.kind == "confirm":
        return None  # "huh?" at a Yes/No check: the check is explained and asked again (understanding/check_doubt.py)
    rest = repeat_request(line)
    if rest is None:
        return None
    if rest:
        step = engine._read(rest)
        if step.action in ("store", "confirm"):
            return engine._answer(rest, step)
    return engine._ask(kind="reply", note="Here is the question again.")


__all__ = ["repeat_request", "said_again"]
