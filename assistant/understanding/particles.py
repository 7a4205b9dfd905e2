"""Particles that only colour how an answer is said: "None po", "the last one po", "number 2 sha",
"keep the plan lah", "none o". Taglish, Nigerian, Singaporean and Malaysian English put them
after a word anywhere in a line; the answer is the same without them. They are left out before
the line is read at a choice, pick-any or order question, so every rule that looks for a whole
answer ("none", "the last one") sees it. A particle that is the whole line, or the first word of
it, is kept (it may be an answer of its own). Words are data (dialogues/particles.yaml)."""

from __future__ import annotations

import re
from functools import cache

FILE = "particles.yaml"


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern] | None:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file(FILE)
    if not isinstance(raw, dict) or any(not isinstance(raw.get(k), list) for k in ("anywhere", "clause_end")):
        raise LexiconError(f"dialogues/{FILE}: needs the lists anywhere, clause_end")

    def alternation(words) -> str:
        return "|".join(re.escape(str(w).lower()) for w in sorted(words, key=len, reverse=True))

    # After a word (or a number) and a space, as a whole word; "po." or "po," keep their mark.
    anywhere = re.compile(rf"(?<=[\w'])(\s+)(?:{alternation(raw['anywhere'])})\b(?!['-])", re.IGNORECASE)
    clause_end = re.compile(rf"(?<=\w\w\w)(\s+)(?:{alternation(raw['clause_end'])})(?=\s*(?:[,.;!?]|$))", re.IGNORECASE)
    return anywhere, clause_end


@cache
def _determiners() -> re.Pattern:
    from .datafile import read_words_file

    words = read_words_file(FILE).get("determiners") or []
    alternation = "|".join(re.escape(str(w).lower()) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?<=^)|(?<=[\s,;(]))(?:{alternation})\s+(?=(\d)?)", re.IGNORECASE)


@cache
def _alone() -> tuple[re.Pattern, re.Pattern]:
    from .datafile import read_words_file

    raw = read_words_file(FILE)

    def alternation(key) -> str:
        words = raw.get(key) or []
        return "|".join(r"\s+".join(map(re.escape, str(w).lower().split())) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    # "The ninth, regrettably.": the word with the comma that sets it off; "bueno, I know": the same at the start
    words = alternation('alone_in_clause')
    whole = re.compile(rf"(?:(?:(?<=^)|(?<=[.;!?]))\s*(?:{words})\s*,\s*(?=\S)|,\s*(?:{words})\s*(?=[.;!?]|$))", re.IGNORECASE)  # between two commas: heard.without_comma_asides
    tail = re.compile(rf"(?<=\w)\s+(?:{alternation('clause_end_phrases')})(?=\s*(?:[,.;!?]|$))", re.IGNORECASE)
    return whole, tail


def without_particles(line: str) -> str | None:
    """The line with its particles left out, or None when it has none."""
    anywhere, clause_end = _patterns()
    out = _determiners().sub(lambda m: "" if m.group(1) else "the ", line)  # "yung 2 and 4", "yung family one"
    out = clause_end.sub("", anywhere.sub("", out))
    whole, tail = _alone()
    out = whole.sub("", tail.sub("", out)).lstrip(" ,")  # "The ninth, regrettably.", "the last one gracias a Dios"
    out = re.sub(r"\s+([,.;!?])", r"\1", out).strip()
    return out if out != line.strip() and out else None
