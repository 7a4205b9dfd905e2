"""Last checks on a sure reading, for words it did not account for: a choice named only on a
condition ("none really, unless you count her asthma"), an answer said of someone else with the
speaker saying otherwise ("my wife feels sure, I don't"), a hedge said after "all" ("all of them
kinda"), and two places given as alternatives at a pick-one question ("either 1 or 2 honestly").
Each makes the reading less sure; none adds a pick. Never at the red-flag and urgent questions."""

from __future__ import annotations

from dataclasses import replace

from .asking import has_phrase
from .lexicon import Lexicon
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

_TAIL_HEDGES = frozenset({"kinda", "sorta", "maybe", "probably", "possibly", "perhaps", "ish", "mostly", "partly", "somewhat"})


def loose_ends(reading: Reading, line: str, spec, lex: Lexicon) -> Reading:
    if reading.certainty != SURE or spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")):
        return reading
    toks = tokens(clean(line))
    if (at := _only_if(toks, spec, lex)) is not None:  # "none really, unless you count her asthma": a pick only on a condition; asked
        from .conditioned_part import conditioned_part  # "1 and 2, and 6 if you count ...": 1 and 2 kept (helper u23b)

        if (part := conditioned_part(toks, at, spec, lex, reading.value)) is not None:
            return part
        return Reading(UNCLEAR, unclear=clean(line), message=f'"{clean(line)}" depends on whether it counts. Which did you mean?')
    if _not_the_speaker(toks, lex):  # "my wife feels sure, I don't": two people, two answers; asked
        return Reading(UNCLEAR, unclear=clean(line), message="That sounds like two people with different answers. Which answer should I keep?")
    if spec.multi and isinstance(reading.value, list):
        softened = _softened_picks(toks, spec, lex, reading.value)
        if softened:  # "2 and kinda the support one": the pick said with "kinda" is asked about, the rest kept
            kept = [c for c in reading.value if c not in softened]
            return Reading(UNCLEAR, kept or None, unclear="; ".join(softened.values()))
        ordinary = [c.id for c in spec.choices if c.id not in (spec.none_choice, "not_sure")]
        if len(ordinary) >= 3 and set(reading.value) >= set(ordinary) and _hedged(toks, lex):
            return replace(reading, certainty=LIKELY)  # "all of them kinda": offered back, as "all of them i guess" is
    if not spec.multi:
        pair = None if any(t in lex.time_units or t.rstrip("s") in lex.time_units for t in toks) else _either(toks, len(spec.choices), lex)
        if pair is not None:
            ids = [c.id for c in spec.choices]
            return Reading(UNCLEAR, options=(ids[pair[0] - 1], ids[pair[1] - 1]), unclear=clean(line))
    return reading


_CONDITION = (("unless",), ("if", "you", "count"), ("if", "that", "counts"), ("if", "it", "counts"), ("if", "those", "count"),
              ("if", "you", "include"), ("if", "that", "is", "one"), ("if", "thats", "one"))


def _only_if(toks: list[str], spec, lex: Lexicon) -> int | None:
    """Where a choice is named inside "unless ..." / "if you count ..." ("unless you count her asthma"); not
    "nothing planned, unless they change their mind", where the condition names no choice. None when nowhere."""
    from .matching import find_hits

    for k in range(len(toks)):
        c = next((c for c in _CONDITION if tuple(toks[k : k + len(c)]) == c), None)
        if c is None:
            continue
        end = next((j for j in range(k, len(toks)) if toks[j] in (".", ";", "!", "?", "but")), len(toks))
        if any(not h.negated for h in find_hits(toks[k + len(c) : end], spec, lex)):
            return k
        # "her diabetes, if you count that": the thing said right before the condition
        if k > 1 and toks[k - 1] == "," and any(t in ("that", "it", "those", "this") for t in toks[k + len(c) : end]):
            return k
    return None


_ME_NOT = (("i", "dont"), ("i", "do", "not"), ("i", "dont", "though"), ("not", "me"), ("im", "not"), ("i", "am", "not"), ("but", "i", "dont"),
           ("i", "dont", "lol"), ("i", "dont", "really"), ("me", "not"), ("i", "not"))
_OTHERS = frozenset({"he", "she", "they", "wife", "husband", "mom", "mum", "dad", "mother", "father", "son", "daughter", "grandma", "grandpa",
                     "sister", "brother", "family", "partner", "doctor", "doc", "parents", "grandmother", "grandfather", "aunt", "uncle"})


def _not_the_speaker(toks: list[str], lex: Lexicon) -> bool:
    """ "grandpa feels sure, I don't", "she's fine with it, not me": the last part says the speaker
    does not; the first is about someone else."""
    cuts = [k for k, t in enumerate(toks) if t in (",", ".", ";", "but", "!")]
    if not cuts:
        return False
    last = [t for t in toks[cuts[-1] + 1 :] if t not in (",", ".", "!", "lol", "haha", "though", "tho", "really", "personally")]
    return tuple(last) in _ME_NOT and bool(_OTHERS & set(toks[: cuts[-1]]))


_SOFT = (("kinda",), ("sorta",), ("kind", "of"), ("sort", "of"), ("a", "bit"), ("somewhat",), ("partly",), ("semi",),
         # "the thing with the echo": something to do with a choice's word, not the choice itself
         ("thing", "with"), ("thing", "about"), ("stuff", "with"), ("stuff", "about"), ("something", "with"), ("business", "with"))
_NAMING = frozenset({"which", "what", "the", "a", "an", "this", "that", "some", "any", "same", "other", "every", "one"})


def _softened_picks(toks: list[str], spec, lex: Lexicon, value: list) -> dict[str, str]:
    """Picks named with "kinda" / "sort of" before "the ..." ("kinda the support one", "sort of the
    rare one"): half a pick, asked about ("which kind of surgery" names a type, no doubt)."""
    from .matching import find_hits

    out: dict[str, str] = {}
    for hit in find_hits(toks, spec, lex):
        if hit.negated or hit.choice not in value or hit.choice in (spec.none_choice, "not_sure"):
            continue
        for soft in _SOFT:
            for gap in (1,):  # "kinda the support one"; not "he kinda brushes me off", a thing that happens, said softly
                start = hit.start + 1 if toks[hit.start] in ("the", "a", "my") else hit.start  # a hit that takes its "the"
                at = start - gap - len(soft)
                if at < 0 or tuple(toks[at : at + len(soft)]) != soft:
                    continue
                if gap and toks[start - 1] not in ("the", "a", "my", "his", "her", "our", "their", "like"):
                    continue
                if len(soft) == 2 and soft[0] in ("kind", "sort") and at > 0 and toks[at - 1] in _NAMING:
                    continue
                out[hit.choice] = " ".join(toks[at : hit.end])
    return out


def _hedged(toks: list[str], lex: Lexicon) -> bool:
    return bool(_TAIL_HEDGES & set(toks)) or any(has_phrase(toks, h) for h in lex.softeners + lex.hedges if h)


_AFTER = frozenset({"honestly", "maybe", "i", "im", "idk", "lol", "tbh", "probably", "not", "guess", "think", "really", "either",
                    "dont", "doesnt", "whichever", "whatever", "matter", "matters"})  # "either one or two dont matter"


def _either(toks: list[str], count: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "either 1 or 2", "1 or maybe 2", "2 or 3 honestly": two places, one or the other (not
    "in 2 or 3 weeks", "3 or 4 of them": amounts)."""
    for k, t in enumerate(toks):
        if t != "or" or k == 0:
            continue
        a = toks[k - 1]
        rest = [w for w in toks[k + 1 : k + 3] if w not in ("maybe", "perhaps", "possibly", "prob", "probably")]
        b = rest[0] if rest else ""
        at = toks.index(b, k + 1) if b in toks[k + 1 :] else len(toks)
        nxt = toks[at + 1] if at + 1 < len(toks) else ""
        standing = not nxt.isalpha() or nxt in _AFTER or nxt in lex.fillers
        if toks[max(0, k - 2) : k - 1] in ([], ["either"], [","]):  # "either one or two": numbers in words ("the family one or two" is not)
            a, b = str(lex.numbers.get(a, a)), str(lex.numbers.get(b, b))
        if standing and a.isascii() and b.isascii() and a.isdigit() and b.isdigit() and 1 <= int(a) <= count and 1 <= int(b) <= count and a != b:
            return int(a), int(b)
    return None
