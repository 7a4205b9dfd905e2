"""A kind of doctor that may or may not operate, said with what this doctor does: "Another urologist,
also surgeon", "a urologist who operates", "Another eye doctor, but this one doesn't operate". The
specialty alone fits both "A surgeon" and "A doctor who does not do surgery" (the lexicon's
`either`) and is asked about; said beside a plain statement that names one of them alone, the line
is that one.

Only a statement: a wish, a plan or a maybe ("he wants to operate", "he might operate", "would
operate if", "maybe a surgeon", a "?", an "or") is still asked (round 8 labels "her ENT, he's the
one who wants to operate" as asked), and only when every word of the other choice is the shared
specialty.
"""

from __future__ import annotations

from .matching import find_hits
from .reading import SURE, Reading
from .text import clean, tokens

# Words that make what the doctor does a wish, a plan or a maybe, not what he is.
_NOT_A_STATEMENT = frozenset({"want", "wants", "wanted", "wanting", "might", "may", "maybe", "perhaps", "probably", "possibly", "would",
                              "could", "should", "will", "if", "or", "think", "guess", "suppose", "unsure", "sure", "idk", "dunno",
                              "plan", "plans", "planning", "offered", "suggested", "suggests", "thinks", "mentioned", "talked",
                              # one thing put in place of another ("stents instead of the bypass"): the statement is not about it
                              "instead", "rather", "than", "versus", "vs", "over", "except", "without",
                              # a granted clause or another doctor ("though he does operate himself", round 16; "he referred us
                              # to a surgeon", round 17): not a plain statement of what this doctor is
                              "though", "although", "even", "referred", "refer", "refers", "referring", "sent", "send", "sends", "to"})

# A title, not a statement of what the doctor does: "an ENT specialist" is still asked (round 18).
_TITLES = frozenset({"a", "an", "the", "specialist", "specialists", "doctor", "doctors", "consultant", "expert", "physician"})


# Short names of a kind of doctor that the shared doctor words do not hold ("an ENT", "her OB-GYN").
_KINDS = frozenset({"ent", "obgyn", "gyn", "throat"})


def _person(phrase: tuple[str, ...], lex) -> bool:
    """The shared words name a kind of doctor ("urologist", "eye doctor"), not a thing ("a stent", "the
    drip": "a surgery to put in a stent" is still asked, round 5; "a stronger one through the drip", round 18)."""
    last = phrase[-1]
    return last in lex.doctors or last in _KINDS or last.endswith(("ologist", "ologists", "iatrist", "ician"))


def settled_by_statement(line: str, reading: Reading, spec, lex) -> Reading | None:
    """The one choice a plain statement beside a shared specialty names; or None."""
    if spec.multi or len(reading.options) != 2 or "?" in line:
        return None
    words = lex.state(spec.name)
    either = {tuple(p): set(v) for p, v in words.either.items()}
    if not either:
        return None
    toks = tokens(clean(line))
    if _NOT_A_STATEMENT & set(toks):
        return None
    shared = [(k, k + len(p)) for p in either for k in range(len(toks) - len(p) + 1)
              if tuple(toks[k : k + len(p)]) == p and either[p] == set(reading.options) and _person(p, lex)]
    if not shared:
        return None
    inside = {k for a, b in shared for k in range(a, b)}
    hits = find_hits(toks, spec, lex)
    if any(h.negated for h in hits):
        return None  # "a stent, not a pacemaker": what it is not says nothing of which it is
    own = {h.choice for h in hits if h.strength == 3 and not set(range(h.start, h.end)) & inside and not set(toks[h.start : h.end]) <= _TITLES}
    if len(own) != 1 or not own <= set(reading.options):
        return None
    return Reading(SURE, own.pop(), note=clean(line))


__all__ = ["settled_by_statement"]
