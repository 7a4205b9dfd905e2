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


_DENIALS = {"dont", "doesnt", "didnt", "not", "no", "never", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "without", "none",
            "wouldnt", "couldnt", "cant", "cannot", "wont", "hardly"}
_ECHOES = (["no"], ["nope"], ["no", "no"], ["nah"], ["not", "at", "all"], ["no", "not", "at", "all"], ["not", "really"], ["no", "not", "really"])


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
    if [t for t in part if t not in ("oh", "well", "so")] in _ECHOES and start > 1:
        # "I don't think there's a biopsy, no, ...", "I wouldn't say we feel sure, no, not at all":
        # the "no" says the part before again (an echo after an echo too).
        end_before = start - 1
        while True:  # the part before, past any other echo ("no, not at all")
            begin = end_before
            while begin > 0 and toks[begin - 1] not in SEPARATORS - {"and"}:
                begin -= 1
            if begin > 1 and [t for t in toks[begin:end_before] if t not in ("oh", "well", "so")] in _ECHOES:
                end_before = begin - 1
                continue
            break
        if any(begin <= h.start < end_before and not h.negated for h in positive):
            return False  # "the labs, I don't think there were any biopsies, no": the biopsy was read as a pick; asked
        return bool(_DENIALS & set(toks[begin:end_before]))
    if "sure" not in part and "unsure" not in part and "undecided" not in part and "torn" not in part:
        return False
    if any(h.start >= start and h.end <= end and h.choice != none and not h.negated for h in positive):
        return False
    return all(t in _AROUND for t in part)


def left_out(toks: list[str], hits: list, lex) -> set[str]:
    """ "all of them except operation notes, because no operation yet": the choices left out by
    "all ... except", which the reason then says again with "no"; said twice the same way, not
    in doubt."""
    from .doubts import all_except
    from .reports import report_not_thing  # "only the MRI report, not the images": the report is had

    cut = all_except(toks, lex)
    if cut is None:
        return report_not_thing(toks, hits)
    return {h.choice for h in hits if h.start > cut and not h.negated} | report_not_thing(toks, hits)


_DOUBT_WORDS = ("what", "which", "how")  # "not sure if it is X" may mean X: asked (doubts.py)
_CLAUSE_END = {",", ".", ";", "!", "?", "but", "and"}


def doubted_dropped(toks: list[str], hits: list) -> list:
    """ "I understand the options; I'm not yet sure what I value more": a choice named inside "not
    sure what ..." after other picks is the doubt itself, not a pick (the clause is left as a
    remark). A line that is only the doubt is read elsewhere (doubts.py)."""
    ordered = sorted(hits, key=lambda h: h.start)
    out = []
    for hit in ordered:
        if any(o.end <= hit.start and not o.negated for o in out) and _in_doubt(toks, hit.start):
            continue
        out.append(hit)
    return out



def _in_doubt(toks: list[str], at: int) -> bool:
    j = at - 1
    while j >= 1 and toks[j] not in _CLAUSE_END:
        if toks[j] in _DOUBT_WORDS and toks[j - 1] == "sure" and j >= 2 and toks[j - 2] in ("not", "yet", "unsure"):
            return True
        if toks[j] in _DOUBT_WORDS and toks[j - 1] in ("unsure", "undecided", "uncertain"):
            return True
        j -= 1
    return False



_INVERTED = (("i", "am", "not"), ("im", "not"), ("we", "are", "not"), ("were", "not"), ("i", "am", "still", "not"), ("im", "still", "not"),
             ("she", "is", "not"), ("he", "is", "not"), ("shes", "not"), ("hes", "not"), ("it", "is", "not"), ("its", "not"),
             ("they", "are", "not"), ("theyre", "not"), ("i", "do", "not"), ("i", "dont"), ("we", "dont"))


def inverted_negation(toks: list[str], hits: list) -> list:
    """ "Sure I am not yet", "covered it is not": the choice said first and denied after, as in
    other languages' order; the choice is said with "not"."""
    from dataclasses import replace

    out = []
    for hit in hits:
        for phrase in _INVERTED:
            after = hit.end + len(phrase)
            if not hit.negated and tuple(toks[hit.end : after]) == phrase and (after >= len(toks) or toks[after] in (".", ",", ";", "!", "yet", "really")):
                hit = replace(hit, negated=True)
                break
        out.append(hit)
    return out
