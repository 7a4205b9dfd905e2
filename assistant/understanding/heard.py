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
