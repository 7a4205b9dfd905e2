"""Lines said the way they are spoken, put back into the words the reader knows:

  "I am not, however, sure"   an aside inside "not ... sure": still a no to "sure"

(Numbers typed by ear, "number to and number ten", are read by homophones.py, with the other
words voice typing writes for the word said.) The words are data: dialogues/listener.yaml
(`negation_asides`).
"""

from __future__ import annotations


def without_negation_asides(toks: list[str]) -> list[str]:
    """ "not , however , sure" -> "not sure": an aside between commas (or dashes) right after "not"."""
    if "not" not in toks:
        return toks
    from .listener import words

    asides = words()["negation_asides"]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        out.append(t)
        if t == "not" and i + 1 < len(toks) and toks[i + 1] in (",", "-"):
            mark = toks[i + 1]
            for p in asides:
                end = i + 2 + len(p)
                if tuple(toks[i + 2 : end]) == p and end < len(toks) and toks[end] == mark:
                    i = end  # the closing mark is skipped with the aside
                    break
        i += 1
    return out


# An aside between two commas that only says how the speaker says it ("I am not certain, however, of
# what matters"): it cuts a sentence in two for the reader, and says nothing itself. Hedges ("I
# think") are no such aside: they stay.
_BETWEEN_COMMAS = None


def without_comma_asides(line: str) -> str | None:
    """The line with its ", however," asides taken out; None when there are none."""
    global _BETWEEN_COMMAS
    if line.count(",") < 2:
        return None
    if _BETWEEN_COMMAS is None:
        import re

        from .listener import words

        said = sorted((" ".join(p) for p in words()["negation_asides"] if p not in _HEDGES), key=len, reverse=True)
        _BETWEEN_COMMAS = re.compile(r",\s*(?:" + "|".join(re.escape(w) for w in said) + r")\s*,\s*", re.IGNORECASE)
    new = _BETWEEN_COMMAS.sub(" ", line)
    return new if new != line else None


_HEDGES = {("i", "think"), ("i", "fear"), ("yet",), ("still",), ("really",)}
