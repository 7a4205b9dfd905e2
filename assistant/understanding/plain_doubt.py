"""'not fully sure', 'not yet sure', 'not sure yet what ...': read as 'not sure' (as the SURE test
scores a doubt), so the doubt's own rules see it. (Moved out of read.py.)"""

from __future__ import annotations

_INSIDE_DOUBT = frozenset("fully so really quite entirely totally completely very yet too that 100".split())


def plain_doubt(toks: list[str]) -> list[str]:
    """ "not fully sure", "not yet sure", "not sure yet what ...": read as "not sure" (as the SURE
    test scores a doubt), so the doubt's own rules see it."""
    if "sure" not in toks and "certain" not in toks:
        return toks
    from .heard import without_negation_asides  # "I am not, however, sure": still "not sure"

    toks = without_negation_asides(toks)
    out = []
    for k, t in enumerate(toks):
        after = toks[k + 1 : k + 2]
        if t in _INSIDE_DOUBT and out[-1:] == ["not"] and after in (["sure"], ["certain"]):
            continue
        if t == "yet" and out[-2:] in (["not", "sure"], ["not", "certain"]) and after and after[0] in ("what", "which", "if", "whether", "how", "when", "who"):
            continue
        out.append(t)
    return out
