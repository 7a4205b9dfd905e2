"""A note kept beside picks, as the plan prints it (brief u24b).

"4 since he feels fine, 9 cuz nobody explains anything" at the signs was printed in "What you told me" as
"About the signs: 4 since he feels fine, 9 ...": the numbers meant something only on the screen they were typed at.
A number that opens a part of the note and is one of the choices picked at that question is printed as the choice's
words ("The tests and how my mother feels do not match" since he feels fine, ...); any other number is left as typed
("2 weeks", "twice in 3 days"). The note then starts with a capital letter, the person's words otherwise unchanged.
"""

from __future__ import annotations

import re

# A number that opens a part: at the start, or after a mark or a joining word ("2, and 8 because", "also 8 cuz").
_OPENING = re.compile(r"(?:^|(?<=[,.;:!?(&/+-])|(?<=\band\b)|(?<=\balso\b)|(?<=\bplus\b)|(?<=\bthen\b))(\s*)(?<!\d[.,:/-])(\d{1,2})\b"
                      r"(?!\s*(?:%|\.\d|[:/]\d))", re.IGNORECASE)
# A number that counts or measures something is not a pick ("2 weeks", "3 of them", "4 times", "9 am").
_MEASURED = re.compile(r"\s*(?:st|nd|rd|th|x|days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|times?|"
                       r"am|pm|mg|kg|lbs?|of|out|more|or\s+\d|to\s+\d|-\s*\d)\b", re.IGNORECASE)


# Words that only hedge or join picks: "2 i guess and 10.", "9 none." say nothing more than the picks the plan shows.
_ONLY_PICKING = frozenset("i guess think maybe probably prob prolly kinda sort of lol and & also plus then none nothing no yes yeah ya yep "
                          "obviously obvs definitely def just only ok okay sure both all".split())


def _picks_only(sentence: str, picked_numbers: set[int]) -> bool:
    """The sentence is only pick numbers that were picked, with hedges and joins: "2 i guess and 10.", "9 none."."""
    words = re.findall(r"[a-z&]+|\d+", sentence.lower())
    numbers = [int(w) for w in words if w.isdigit()]
    return bool(numbers) and all(n in picked_numbers for n in numbers) and all(w.isdigit() or w in _ONLY_PICKING for w in words)


def without_picks_only(note: str, picked_numbers: set[int]) -> str:
    """`note` without its sentences that only repeat the picks (a lead's walk, 2026-12-07: "9 none. it just hurts alot"
    was printed '"None of these is happening now" none. it just hurts alot'); the note as typed when nothing else is left."""
    parts = [p for p in re.findall(r"[^.!?;]+[.!?;]*", note) if p.strip()]
    kept = [p for p in parts if not _picks_only(p, picked_numbers)]
    return "".join(kept).strip() if kept and len(kept) < len(parts) else note


def named_picks(note: str, state: str, slots: dict, flow=None) -> str:
    """`note` kept at `state`, with each opening pick number printed as the choice's words (in the user's voice)."""
    if not note or not re.search(r"\d", note):
        return note
    picked, labels = _picked(state, slots, flow)
    if not picked:
        return note
    note = without_picks_only(note, {k + 1 for k, (cid, _) in enumerate(labels) if cid in picked})

    def one(match: re.Match) -> str:
        number = int(match.group(2))
        if not 1 <= number <= len(labels) or labels[number - 1][0] not in picked or _MEASURED.match(note, match.end()):
            return match.group(0)
        return f'{match.group(1)}"{labels[number - 1][1]}"'

    return _OPENING.sub(one, note)


def _picked(state: str, slots: dict, flow) -> tuple[set, list[tuple[str, str]]]:
    """The choice ids picked at `state` and its choices as (id, label) in order; empty when it has none."""
    from .flow import default_flow
    from .wording import person_forms, role_of

    flow = flow or default_flow()
    spec = flow.states.get(state)
    if spec is None or not spec.choices or not spec.slot:
        return set(), []
    value = slots.get(spec.slot)
    picked = set(value) if isinstance(value, (list, tuple, set)) else {value} if isinstance(value, str) else set()
    forms = person_forms(role_of(slots), slots.get("who"), "user")
    return picked, [(c.id, c.form(forms)) for c in spec.choices]
