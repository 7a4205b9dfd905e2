"""A list that a negation opens: "denies CP, SOB, fever", "negative for chest pain, syncope" (round 14, issue 12,
helper 12b). The words are in dialogues/red_flags.yaml (context negated_list_r14 and its `bare_items`).

A sign in a clause of its own that is only the sign (and fillers such as "or", "any") is negated when the
clauses before it in its sentence are short list items back to a clause that opens with a list head and
names a sign itself ("denies chest pain"; with `any_head`, any head: "the possibility of stroke, bleeding and
infection", round 18); a clause may hold several signs of the list ("melena or hematochezia"); any other word in the sign's clause ("now", "crushing", "10 minutes"),
a longer clause between, or a head that names no sign ("negative for covid, chest pain") keeps it."""

from __future__ import annotations


def bare_run(doc, hit, signs_in: dict[int, list[tuple[int, int]]], heads: set[int], spec: dict) -> bool:
    """Is the sign `hit` a bare item of a list opened by a head clause in `heads` (clauses holding the head
    cue)? `signs_in`: clause -> the (start, end) of every sign found in it. The sign's clause must be only this
    sign and fillers, and no word of any clause from the head on may say it is going on ("now", "for", "wont")."""
    fillers, item_words, not_items = frozenset(spec["fillers"]), spec.get("item_words", 2), frozenset(spec.get("not_items", ()))
    clause = hit.clause
    sentence, most = doc.sentence_of[clause], spec.get("most_items", 6)
    # the sign's clause may hold other signs of the list ("melena or hematochezia"): only signs and fillers
    if clause in heads or _rest(doc, clause, signs_in.get(clause, [(hit.start, hit.end)])) - fillers or doc.clause_words(clause) & not_items:
        return False
    for before in range(clause - 1, max(clause - 1 - most, -1), -1):
        if doc.sentence_of[before] != sentence:
            return False
        if before in heads:  # a head that names a risk ("the possibility of stroke") needs no sign of its own
            if spec.get("any_head"):
                return _joined(doc, before, signs_in, fillers)
            return bool(signs_in.get(before))
        if len(_rest(doc, before, signs_in.get(before, ())) - fillers) > item_words or doc.clause_words(before) & not_items:
            return False
    return False


def _rest(doc, clause: int, spans) -> set[str]:
    """The words of a clause outside the given sign spans."""
    start, end = doc.clause_bounds[clause]
    text = list(doc.joined[start:end])
    for a, b in spans:
        a, b = min(max(a - start, 0), len(text)), min(max(b - start, 0), len(text))
        text[a:b] = " " * (b - a)
    return set("".join(text).split())


def _joined(doc, head: int, signs_in: dict[int, list[tuple[int, int]]], fillers: frozenset[str]) -> bool:
    """Does the list opened at clause `head` close as a list does, with an item clause joined by "and" or "or"
    ("..., bleeding and infection") before its sentence ends? A sign told after a risk ("risk of bleeding, vomiting
    blood") is no such list."""
    sentence = doc.sentence_of[head]
    for clause in range(head + 1, len(doc.sentence_of)):
        if doc.sentence_of[clause] != sentence:
            return False
        if {"and", "or"} & doc.clause_words(clause) and signs_in.get(clause) and not _rest(doc, clause, signs_in[clause]) - fillers:
            return True
    return False
