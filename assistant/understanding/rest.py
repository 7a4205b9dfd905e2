"""At a pick-any question, a part that only says "not sure" beside real picks is about the rest,
not the choice "None of these": "I understand the options and I have support. Still not sure.",
"I know the pros and cons, just not sure which to pick", "Sure I am not yet"."""

from __future__ import annotations

SEPARATORS = {",", ".", ";", "!", "?", "but", "though", "although", "and"}
# Words that may stand beside "not sure" in such a part.
_AROUND = {"still", "just", "yet", "i", "im", "am", "we", "were", "are", "really", "not", "sure", "which", "to", "pick", "choose", "one",
           "about", "the", "decision", "though", "ya", "yeah", "totally", "quite", "fully", "entirely", "completely", "100", "percent",
           "what", "do", "decide", "go", "with", "for", "now", "but", "so", "feel", "dont", "know", "certain", "100%", "yet.", "of", "it",
           "unsure", "undecided", "torn", "on", "fence", "between", "them", "option", "options", "way", "a", "hundred", "all", "that"}


def about_the_rest(toks: list[str], hit, positive: list, none: str | None) -> bool:
    """The "none" read from `hit` stands in its own part, which says only "not sure" (and words
    like "still", "which to pick"), and other choices are picked elsewhere in the line."""
    if hit.choice != none or not any(h.choice != none and not h.negated for h in positive):
        return False
    start = hit.start
    while start > 0 and toks[start - 1] not in SEPARATORS:
        start -= 1
    end = hit.end
    while end < len(toks) and toks[end] not in SEPARATORS:
        end += 1
    part = toks[start:end]
    if "sure" not in part and "unsure" not in part and "undecided" not in part and "torn" not in part:
        return False
    if any(h.start >= start and h.end <= end and h.choice != none and not h.negated for h in positive):
        return False
    return all(t in _AROUND for t in part)
