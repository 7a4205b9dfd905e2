"""At the question of what differs, "one said X, the other Y": the second half is the other side of the
same difference, not a new part to ask about.

"one called it 'likely benign', the other 'possibly cancer'" and "one said its stage 2 and the other said
maybe 3" name one difference (the diagnosis, the stage) from both sides. The first half names it; the
second half ("the other possibly cancer", "the other said maybe 3") was asked about as a part not
understood. When the second half names no choice the first half did not, and is short (or names the same choice), it is left out of the reading
(the note keeps the line as typed). When it names another choice ("the other said to wait a year"), the
line is read as typed. Only at the questions in STATES. (helper 11b10)
"""

from __future__ import annotations

import re

STATES = ("compare_differs",)
_NOT = re.compile(r"\b(?:not|no|never|didnt|didn't|doesnt|doesn't|dont|don't|wont|won't|isnt|isn't|nothing|neither|agrees?|same)\b", re.IGNORECASE)
_MOST = 3  # words the other side may have when it names no choice ("the other 'possibly cancer'", "the other said maybe 3")
_SAYING = r"(?:said|says|say|thinks|thought|called it|calls it|call it|reckons|went with|wants|wanted|suggested|suggests)"
_FIRST = re.compile(rf"\bone(?:\s+(?:doctor|doc|dr|of them|specialist|surgeon))?\s+{_SAYING}\b", re.IGNORECASE)
_OTHER = re.compile(rf"(?:,|;|\band\b|\bbut\b|\bwhile\b|\bwhereas\b)\s*(?:and\s+|but\s+|while\s+)?(?:the\s+)?other(?:\s+(?:one|doctor|doc|dr|specialist|surgeon))?"
                    rf"(?:\s+{_SAYING})?\b[^.;!?]*", re.IGNORECASE)


def _named(text: str, state_words) -> set[str]:
    from .text import clean, tokens

    said = " " + " ".join(tokens(clean(text))) + " "
    return {cid for cid, phrases in state_words.choices.items() for p in phrases if f" {' '.join(p)} " in said}


def without_other_side(line: str, spec, lex) -> str | None:
    """The line without the "the other ..." half of a difference its first half already named, or None."""
    if spec.name not in STATES:
        return None
    first = _FIRST.search(line)
    if not first:
        return None
    other = _OTHER.search(line, first.end())
    if not other:
        return None
    words = lex.state(spec.name)
    before = _named(line[first.start():other.start()], words)
    if not before:
        return _both_sides_told(line, first, other, words)
    named = _named(other.group(0), words)
    rest = re.sub(rf"^.*?\bother(?:\s+(?:one|doctor|doc|dr|specialist|surgeon))?(?:\s+{_SAYING})?", "", other.group(0), flags=re.IGNORECASE)
    if named - before or (not named and len(re.findall(r"[\w']+", rest)) > _MOST) or _NOT.search(rest):
        return None  # another difference, more said than its other side, or a "not" ("the other didnt mention it"): as typed
    out = (line[:other.start()] + line[other.end():]).strip()
    return out if out and out != line else None


_SIDE_MOST = 6  # words each side may have when neither names a choice ("one says 'active disease', the other says 'stable-ish'")


def _both_sides_told(line: str, first, other, words) -> str | None:
    """ "the plan, and how bad it is. one says 'active disease', the other says 'stable-ish'": both sides of a
    difference the line named before them, neither naming a choice: what each said, left out (helper 11b13).
    Only when the line names a choice before the two sides, each side is short, and neither says "not"."""
    head = line[: first.start()]
    if not _named(head, words) or not re.search(r"[.;,:]\s*$", head):
        return None
    one = line[first.end(): other.start()]
    rest = re.sub(rf"^.*?\bother(?:\s+(?:one|doctor|doc|dr|specialist|surgeon))?(?:\s+{_SAYING})?", "", other.group(0), flags=re.IGNORECASE)
    if _named(one, words) or _named(rest, words) or _NOT.search(one) or _NOT.search(rest) or re.search(r"\d", one + rest):
        return None
    if not 0 < len(re.findall(r"[\w']+", one)) <= _SIDE_MOST or not 0 < len(re.findall(r"[\w']+", rest)) <= _SIDE_MOST:
        return None
    out = (head.rstrip(" ,;:.") + ". " + line[other.end():].lstrip(" ,;:.")).strip(" .")
    return out or None
