"""At "Is this happening now?", a plain no with when the sign does come: "no not right now, only when she walks far".
The "only when" makes most picks conditional ("the strong one, only if it works": asked, hedging.py); after a no to
"now" it says when, not whether: the no stands and the when is a note (helper ut16). Words: dialogues/urgent_checked.yaml.
The line has been screened for red flags before any of this; a line that says the sign is here now is never read so."""

from __future__ import annotations

from .urgent_checked import _norm, _words, here_again


def when_not_now(line: str, toks: list[str], state: str, choice: str) -> bool:
    """True when `line` is a plain no to "now" at one of the listed states, followed by when the sign comes."""
    words = _words()
    if state not in words.get("when_not_now_states", ()) or choice != "no" or not toks or toks[0] not in ("no", "nope", "nah", "not"):
        return False
    text = _norm(line)
    if here_again(line) or "?" in line:
        return False
    return any(f" {lead} " in text for lead in map(str, words.get("when_not_now_leads", ())))
