"""Context told later in the line: "it passed and I'm calm now", "the GP rang back and said carry on",
"ain't been none since" (round 14, issue 12, helper 12b).

A context group's `later` cues are looked for in the whole line (their regex may look ahead to its
end: "nothing told as going on after this"). One counts for a sign when it comes after the sign
and no other sign starts after it: what is told after the all-clear is news ("..., the ER said she
was fine, but she fainted again" keeps the second faint)."""

from __future__ import annotations

from bisect import bisect_right


def later_cue(cues, sign_words: list[int], last: int) -> bool:
    """Is there a cue (a word position) after the sign ending at word `last`, with no sign starting
    after it? `sign_words`: the first word of every sign in the line, sorted."""
    after_last_sign = sign_words[-1] if sign_words else -1
    return any(cue > last and cue >= after_last_sign for cue in cues[bisect_right(cues, last):]) if cues else False
