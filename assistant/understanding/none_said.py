"""A "no" or a "none" that is not the none choice at a pick-any question.

A user trial (2026-12-04, fourth) looped on "You typed 'none', and also words that fit choice 2":
"2 and 3. wait no, not 3, just 2", then "i didnt say none. only 2", then "NO. just the ... one".
Two shapes, read from the words around the hit, not from one answer:

- a "no" that corrects, followed by what is meant: "no, only 2", "NO. just the support one",
  "no not that, the 2nd one", "nope, i mean 4" (a "no" then "just", "only", "not", "i mean",
  "actually", "wait", "i said" and a pick after it);
- a "none" that is quoted or denied: "i didnt say none", "not none", "i never said none";
- a "not really" inside the line that runs on into its clause ("..., and his not really a memory specialist"), with a
  pick after it: a "not" of that clause, no "none".
"""

from __future__ import annotations

_NO = frozenset({"no", "nope", "nah", "noo", "nooo"})
_MARKS = frozenset({",", ".", "!", ";", "-", ":"})
_LEADS = (("just",), ("only",), ("not",), ("i", "mean"), ("i", "meant"), ("actually",), ("wait",), ("i", "said"), ("i", "want"),
          ("i", "picked"), ("i", "typed"), ("the",), ("its",), ("it", "is"), ("thats",))
_MEANT = (("just",), ("only",), ("i", "mean"), ("i", "meant"))
_SAYING = frozenset({"say", "said", "mean", "meant", "type", "typed", "write", "wrote"})
_RUNS_ON = frozenset({"a", "an", "the", "that", "any", "very", "too", "so", "much", "his", "her", "their", "my", "our"})
_SAID = frozenset({"say", "said", "mean", "meant", "type", "typed", "pick", "picked", "choose", "chose", "want", "wanted", "not"})


def not_the_none_choice(toks: list[str], hit, positive, none: str) -> bool:
    words = toks[hit.start : hit.end]
    others = [h for h in positive if h.choice != none and h.start >= hit.end]
    if words and words[0] in _NO and len(words) == 1:
        k = hit.end
        while k < len(toks) and toks[k] in _MARKS:
            k += 1
        lead = next((lead for lead in _LEADS if tuple(toks[k : k + len(lead)]) == lead), None)
        if lead is None:
            return False
        # "NO. just the ... one": what is meant follows, even when it names no choice plainly (then asked)
        # ("nope, just the usual cramps": no sign, said with what is usual; the none choice stands)
        rest = toks[k + len(lead) :]
        return bool(others) or (lead in _MEANT and any(t in ("one", "ones", "number", "option", "choice") or t.isdigit() for t in rest))
    if toks[hit.end : hit.end + 1] and toks[hit.end] in _SAYING:
        return True  # "i didnt say none", "no i meant": about what was said, not what is so
    if words[:1] == ["not"] and hit.start > 0 and toks[hit.end : hit.end + 1] and toks[hit.end] in _RUNS_ON and others:
        return True  # "and his not really a memory specialist": the "not" runs on into its clause, no "none" (a son's journey)
    if words[:1] == ["none"] and hit.start > 0:
        before = toks[max(0, hit.start - 2) : hit.start]
        return bool(_SAID & set(before))
    return False


def without_said_none(toks: list[str], positive: list, none: str | None) -> list:
    """`positive` without the none-hits that are not the none choice."""
    if not none or not any(h.choice == none for h in positive):
        return positive
    return [h for h in positive if not (h.choice == none and not_the_none_choice(toks, h, positive, none))]
