"""Two answers to the welcome said at once: "we already have 2 opinions and they dont agree, its for
my partner", "I have two opinions already, it's for me". The welcome's choices mix the path (compare
two opinions) with who the decision is for, and such a line says both (only when it says the two are
to be compared, or disagree: "my mom, and I got a 2nd opinion already" is asked about): the compare path is taken,
who it is for is kept (the compare path's own question about it is not asked again), and the number
of opinions said is offered there for a Yes, never asked afresh.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import Lexicon
from .reading import SURE, Reading
from .text import clean, tokens

COMPARE = "compare"
ROLES = ("patient", "caregiver")


def both_paths(reading: Reading, spec, line: str, lex: Lexicon) -> Reading:
    """The reading of a welcome line that names the compare path and who it is for; else `reading`."""
    if spec.name != "welcome":
        return reading
    from .counting import count_doctors
    from .people import who_in

    toks = tokens(clean(line))
    if not _to_compare(toks):
        if reading.sure and reading.value == COMPARE and not reading.role and _for_me(toks) and not who_in(toks, lex, line)[0]:
            # "i already saw 2 doctors about my back": the compare path, already read; for the person typing (11b13)
            return replace(reading, role="patient")
        return reading  # "my mom, and I got a 2nd opinion already": to compare them, or to plan? asked
    options = set(reading.options)
    if reading.sure and reading.value == COMPARE and not reading.role:
        named, who, _ = who_in(toks, lex, line)  # "we have two opinions already, for my mom"
        role = "caregiver" if named else "patient" if _for_me(toks) else ""
        if not role:
            return reading
    elif COMPARE in options and len(options) == 2 and next(iter(options - {COMPARE})) in ROLES:
        role = next(iter(options - {COMPARE}))
        named, who, _ = who_in(toks, lex, line)
    elif reading.value in ROLES and (count_doctors(toks, lex) or (0,))[0] >= 2:
        # "this is about my son Leo, he's 4. we already saw two heart doctors and they don't agree" (user trial 8, F5.3):
        # read as "helping someone else" only; two doctors who disagree are the compare path, for him
        role = reading.value
        named, who, _ = who_in(toks, lex, line)
        who = who or reading.who
        named = named or bool(reading.who)
    else:
        return reading
    if role == "caregiver" and not named:
        return reading
    counted = count_doctors(toks, lex)
    sides = two_sides(line)  # "one says open heart surgery and one says TAVI": kept, offered back as the choice (lo8)
    return Reading(SURE, COMPARE, who=who if role == "caregiver" else "", role=role,
                   doctors=counted[0] if counted else reading.doctors, note=clean(line) if sides else reading.note)


@cache
def _side() -> re.Pattern:
    says = "|".join(sorted(_SAYS))
    return re.compile(rf"\bone (?:\w+ )?(?:{says}) (?:to )?(?:have |do |go for |get )?(?P<a>[^,.;]+?),? (?:and|but|while|whereas) "
                      rf"(?:the other|other|one|another|the second)(?: one)? (?:\w+ )?(?:{says}) (?:to )?(?:have |do |go for |get )?(?P<b>[^,.;]+)",
                      re.IGNORECASE)


def two_sides(line: str | None) -> tuple[str, str] | None:
    """What each of two opinions told side by side says, in the person's words ("one says open heart surgery
    and one says TAVI through the groin": "open heart surgery", "TAVI through the groin"); None otherwise."""
    found = _side().search(line or "")
    if found is None:
        return None
    a, b = (found.group(g).strip(" .,!?") for g in ("a", "b"))
    return (a, b) if a and b and len(a.split()) <= 8 and len(b.split()) <= 8 else None


_FOR_ME = (("for", "me"), ("its", "me"), ("its", "for", "me"), ("myself",), ("im", "the", "patient"), ("i", "am", "the", "patient"),
           ("my", "own"), ("about", "me"))


def _for_me(toks: list[str]) -> bool:
    """ "for me", "I'm the patient", or a part of one's own body ("about my back", "my knee": helper 11b13)."""
    return any(tuple(toks[i : i + len(p)]) == p for p in _FOR_ME for i in range(len(toks))) or _own_body(toks)


def _own_body(toks: list[str]) -> bool:
    """ "2 doctors about my back", "my left knee": "my" and a body part (unsure_grounds.yaml body_parts), a word
    between at most ("my lower back"); never "my mom's heart" (someone else's)."""
    from .unsure_grounds import words

    parts = frozenset(words()["body_parts"]) | _matters()
    for i, tok in enumerate(toks):
        if tok != "my":
            continue
        for k in (1, 2):
            if (toks[i + k],) in parts if i + k < len(toks) else False:
                if toks[i + k + 1 : i + k + 3] in _IDIOM_AFTER or toks[i + k + 1 : i + k + 2] in (["is"], ["are"]) \
                        and toks[i + k + 2 : i + k + 3] in (["tied"], ["against"], ["killing"], ["breaking"], ["in"], ["out"]):
                    continue  # "my hands are tied", "my back is against the wall", "my heart is breaking": a figure of speech (rv13)
                if k == 2 and (toks[i + k],) in _matters() and (toks[i + 1],) not in parts | _between():
                    continue  # "my MIL surgery", "my bf cancer": someone's, said short (review rv28); "my prostate cancer" is mine
                return k == 1 or toks[i + 1].isalpha() and not toks[i + 1].endswith("s")
    return False


@cache
def _between() -> frozenset[tuple[str, ...]]:
    """The words that may stand between "my" and the matter ("my prostate cancer", "my upcoming surgery")."""
    from ..paths import dialogues_dir
    from .. import yaml_cache

    return frozenset((str(w).lower(),) for w in yaml_cache.load(dialogues_dir() / "own_matters.yaml", yaml_cache.parse_yaml)["between"])


@cache
def _matters() -> frozenset[tuple[str, ...]]:
    """What a decision is about, said as one's own ("my prostate cancer", "my diagnosis": dialogues/own_matters.yaml,
    and each one-word condition of condition_doctors.yaml)."""
    from ..paths import dialogues_dir
    from .. import yaml_cache

    own = yaml_cache.load(dialogues_dir() / "own_matters.yaml", yaml_cache.parse_yaml)["matters"]
    conditions = [w for entry in yaml_cache.load(dialogues_dir() / "condition_doctors.yaml", yaml_cache.parse_yaml) for w in entry["words"]]
    return frozenset((str(w).lower(),) for w in [*own, *conditions] if " " not in str(w) and "'" not in str(w))


_IDIOM_AFTER = (["are", "tied"], ["is", "against"], ["goes", "out"], ["go", "out"], ["is", "breaking"], ["is", "in"], ["in", "my"])


# Words that say the two opinions are to be compared, not only that they exist.
_COMPARING = frozenset({"compare", "comparing", "comparar", "disagree", "disagreeing", "differ", "differs", "conflict", "conflicting", "contradict",
                        "contradicting", "opposite"})


# "one says open heart surgery and one says TAVI", "one wants to operate, the other says wait" (user trial 7): two
# opinions told side by side, each with what it says, differ (lo8).
_SAYS = frozenset({"says", "said", "wants", "wanted", "recommends", "recommended", "suggests", "suggested", "thinks", "thought",
                   "advises", "advised", "offers", "offered", "prefers", "favours", "favors"})
_OTHER = (("one",), ("the", "other"), ("other",), ("another",), ("the", "second"), ("the", "other", "one"), ("the", "second", "one"))


def _side_by_side(toks: list[str]) -> bool:
    """ "one (doctor) says X and one/the other says Y": within a few words of each other."""
    firsts = [i for i in range(len(toks) - 1) if toks[i] == "one" and _SAYS & set(toks[i + 1:i + 4])]
    for i in firsts:
        rest = toks[i + 2:]
        for k in range(len(rest)):
            for other in _OTHER:
                if tuple(rest[k:k + len(other)]) == other and _SAYS & set(rest[k + len(other):k + len(other) + 3]):
                    return True
    return False


# "they said totally different things", "two different opinions" (a daughter, a lead's walk 2026-12-07): a difference told
_DIFFERENT_WHAT = frozenset({"opinions", "opinion", "advice", "plans", "plan", "answers", "things", "recommendations", "views", "stories"})


def _to_compare(toks: list[str]) -> bool:
    if _COMPARING & set(toks) or _side_by_side(toks):
        return True
    told = [i for i, t in enumerate(toks) if t == "different" and (i == 0 or toks[i - 1] not in ("a", "an", "another"))
            and toks[i + 1 : i + 2] != ["from"]]  # "we want a different opinion": sought, not had (rv31)
    if told and (_SAYS | _DIFFERENT_WHAT) & set(toks):
        return True
    return any(toks[i] in ("dont", "didnt", "not", "doesnt", "arent", "no") and toks[i + 1] in ("agree", "match") for i in range(len(toks) - 1))
