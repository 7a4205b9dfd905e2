"""A one-choice answer with a clause that grants something ("It's for me, though my daughter helps",
"surgery, even though the GP mentioned tablets"): the main clause says the answer; what is granted
after "though" is background, kept as the note. Only when the granted clause comes after the answer,
holds every mention of the other choice, is said of someone or something else ("my daughter helps",
not "he does operate too"), and nothing in the line wavers ("maybe", "or", "not sure").
A clause closed by "though"/"tho" after a comma grants the same way ("ill ask her, im nervous tho", "we'll ask him,
dad is worried hell be offended tho": a worry beside a clear act; a caregiver's journey tried in tmux, 2026-12-05),
unless it opens with a "not" of its own ("ill ask, not yet tho": the act itself taken back in part; asked)."""

from __future__ import annotations

_MARKERS = (("even", "though"), ("although",), ("though",), ("albeit",), ("even", "if"), ("despite",), ("in", "spite", "of"))
# The granted clause said of the same one as the answer ("though he does operate too"): two sides of it, asked.
_SAME = frozenset({"he", "she", "it", "they", "hes", "shes", "its", "theyre", "this", "that", "which"})
_ENDS = frozenset({".", ";", "!", "?", "but"})
_FEELINGS = frozenset({"worried", "worry", "worries", "nervous", "scared", "afraid", "anxious", "awkward", "offended", "upset", "uneasy",
                       "uncomfortable", "embarrassed", "hesitant", "weird", "mad", "angry", "annoyed", "shy", "frightened", "terrified"})
_CLOSING = frozenset({"though", "tho", "tho.", "thou"})
_OWN_NOT = frozenset({"not", "no", "nope", "nah", "never", "wont", "dont", "cant", "havent", "isnt", "not yet"})
_WAVERS = frozenset({"maybe", "perhaps", "or", "unsure", "either", "probably", "possibly", "might", "idk", "dunno", "wait", "actually"})


def _marker_at(toks: list[str]) -> tuple[int, int] | None:
    """Where the first granting clause starts and ends (after a comma or a dash, never at the start)."""
    for k in range(1, len(toks)):
        if toks[k - 1] not in (",", "-", ";"):
            continue
        for m in _MARKERS:
            if tuple(toks[k : k + len(m)]) == m:
                end = next((j for j in range(k + len(m), len(toks)) if toks[j] in _ENDS), len(toks))
                return k, end
    for k in range(1, len(toks)):  # "..., im nervous tho": a clause closed by "though"
        if toks[k - 1] not in (",", "-", ";") or toks[k] in _OWN_NOT:
            continue
        end = next((j for j in range(k, len(toks)) if toks[j] in _ENDS), len(toks))
        if end - k >= 2 and toks[end - 1] in _CLOSING and _FEELINGS & set(toks[k:end]):
            return k, end  # (a feeling only: "..., we already saw 2 cardiologists tho" is a fact beside it; asked, round 24)
    return None


def conceded(toks: list[str], positive, picked: list[str]) -> str | None:
    """The choice said in the main clause, when the other is said only in the granted clause; else None."""
    if len(picked) != 2 or _WAVERS & set(toks) or any(toks[k : k + 2] == ["not", "sure"] for k in range(len(toks))):
        return None
    span = _marker_at(toks)
    if span is None:
        return None
    start, end = span
    granted = toks[start:end]
    if _SAME & set(granted[:4]) or "also" in granted or "too" in granted:
        return None  # "..., though he does implant the devices himself": more said of the same one; asked
    inside = {h.choice for h in positive if start <= h.start and h.end <= end}
    outside = {h.choice for h in positive if h.end <= start}
    after = {h.choice for h in positive if h.start >= end}
    if len(inside) == 1 and len(outside) == 1 and inside != outside and not after:
        return outside.pop()
    return None
