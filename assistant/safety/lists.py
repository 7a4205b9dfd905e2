"""A list that a negation opens: "denies CP, SOB, fever", "negative for chest pain, syncope" (round 14, issue 12,
helper 12b). The words are in dialogues/red_flags.yaml (context negated_list_r14 and its `bare_items`).

A sign in a clause of its own that is only the sign (and fillers such as "or", "any") is negated when the
clauses before it in its sentence are short list items back to a clause that opens with a list head and
names a sign itself ("denies chest pain"); any other word in the sign's clause ("now", "crushing", "10 minutes"),
a longer clause between, or a head that names no sign ("negative for covid, chest pain") keeps it."""

from __future__ import annotations


def bare_run(doc, clause: int, signs_in: dict[int, list[tuple[int, int]]], heads: set[int], spec: dict) -> bool:
    """Is the sign's `clause` a bare item of a list opened by a head clause in `heads` (clauses holding the
    head cue)? `signs_in`: clause -> the (start, end) of every sign found in it."""
    fillers, item_words, not_items = frozenset(spec["fillers"]), spec.get("item_words", 2), frozenset(spec.get("not_items", ()))
    sentence, most = doc.sentence_of[clause], spec.get("most_items", 6)
    if clause in heads or _rest(doc, clause, signs_in) - fillers:
        return False
    for before in range(clause - 1, max(clause - 1 - most, -1), -1):
        if doc.sentence_of[before] != sentence:
            return False
        rest = _rest(doc, before, signs_in)
        if before in heads:
            return bool(signs_in.get(before))
        if len(rest - fillers) > item_words or rest & not_items:
            return False
    return False


def _rest(doc, clause: int, signs_in: dict[int, list[tuple[int, int]]]) -> set[str]:
    """The words of a clause outside every sign in it."""
    start, end = doc.clause_bounds[clause]
    text = list(doc.joined[start:end])
    for a, b in signs_in.get(clause, ()):
        text[max(a - start, 0):max(b - start, 0)] = " " * (max(b - start, 0) - max(a - start, 0))
    return set("".join(text).split())
