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
