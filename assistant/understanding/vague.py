"""A time word that says only "soon" ("the surgeon said 'soon'", "soon as the Lord allows"): at a
question about how soon, it fits more than one time choice, so the choices the lexicon lists for
that word alone (decision_when.ambiguous: soon -> days or weeks) are offered, never one guessed.
A time said beside it ("soon, within the week") is the answer; "very soon", "asap" are not vague."""

from __future__ import annotations


def vague_soon(times, toks: list[str], ambiguous: dict) -> tuple[str, ...] | None:
    """The choices a line's only time fits, when that time is a word the lexicon lists as
    fitting several on its own; None when a clearer time is said too, or none is vague."""
    timed = [w for w in times if not w.no_rush]
    if not timed or any(w.date is not None for w in timed):
        return None
    spans = {" ".join(toks[w.start : w.end]) for w in timed}
    if any(span not in ambiguous for span in spans):
        return None  # "soon, maybe this week": the clearer time is the answer
    found = {ambiguous[span] for span in spans}
    return found.pop() if len(found) == 1 else None


def said_beside(vague: tuple[str, ...], toks: list[str], words) -> tuple[str, ...]:
    """The choices to offer for a vague "soon": a choice named in words beside it comes first.
    "theres no date he gave me. ... he wants to book the surgery soon" (user trial 8, F1.2) offered
    only "Within days" or "Within a few weeks": the "no set date" the person said was never offered.
    (The don't-know choice is left out: "not sure, he said soon" is the vague time asked about.)"""
    from .asking import has_phrase

    said = [cid for cid, phrases in words.choices.items()
            if cid not in vague and cid != words.dont_know and any(has_phrase(toks, p) for p in phrases)]
    return (*said, *vague)
