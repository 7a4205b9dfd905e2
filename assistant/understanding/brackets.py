"""What a pick is, said in brackets right after it: "1 (diabetes, CKD3)", "three options (surgery,
radiation, surveillance)", "the scans (CT and MRI)". The words in the brackets say what the pick
before them is made of or is like; they are no picks of their own ("surgery" in the options listed
is no vote for the surgery choice), so the line is read without them (the note keeps the line as typed).

Only brackets that hold a choice's words (the others cannot mislead) in a short phrase of their own;
never when they add or take away ("(and 3)", "(also the MRI)", "(except the biopsy)", "(not all)",
"(maybe)"), hold a number, a quote or a clause with its own subject ("(she said ...)"), open the
line, or stand at the safety questions.
"""

from __future__ import annotations

import re

_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
# Words that make the brackets one more answer, a take-back or a doubt: read as typed.
_TURNS = frozenset("""and also plus too as well except but besides apart excluding not no none nor maybe perhaps probably possibly
unsure idk or either only just all every everything nothing""".split())


# A clause of its own in the brackets ("(I've read everything)", "(she said 'I'd bet on it')"): read as typed.
_SUBJECTS = frozenset("i ive im we weve he hes she shes they theyve theyre you said says told".split())


def _names_a_choice(inside: str, spec) -> bool:
    """Only brackets with a choice's words in them can mislead; the others are left as they are."""
    from .lexicon import default_lexicon
    from .matching import find_hits
    from .text import clean, tokens

    return bool(find_hits(tokens(clean(inside)), spec, default_lexicon()))


# Words for several things of a kind: the list after them says what they are ("many options (chemo, radiation, surgery)").
_KINDS = frozenset("options option choices alternatives treatments ways things kinds types paths plans possibilities approaches routes".split())


def _list_of_picks(inside: str, before: str, spec) -> bool:
    """Every item in the brackets names a choice, and one names another choice than the pick before: more picks,
    not examples ("the MRI: biopsy report, bloodwork" is scans, pathology and labs; the review of the session's
    change found it stored as the scans alone). "the scans (CT and MRI)" names the scans again: examples."""
    from .lexicon import default_lexicon
    from .matching import find_hits
    from .text import clean, tokens

    items = [item for item in re.split(r",|\bor\b|\band\b|/", inside) if item.strip()]
    if len(items) < 2 or set(tokens(clean(before))[-3:]) & _KINDS:
        return False  # "many options: chemo, radiation, surgery": a word for several things, then what they are
    lex = default_lexicon()
    named_before = {hit.choice for hit in find_hits(tokens(clean(before))[-6:], spec, lex)}
    named = [{hit.choice for hit in find_hits(tokens(clean(item)), spec, lex)} for item in items]
    return all(named) and any(ids - named_before for ids in named)


def _pick_before(before: str, spec) -> bool:
    """A choice named, or a number typed, in the few words right before the brackets ("1 (", "option 2 first (", "three options (")."""
    from .lexicon import default_lexicon
    from .matching import find_hits
    from .text import clean, tokens

    toks = tokens(clean(before))[-6:]
    return bool(toks) and (any(t.isdigit() for t in toks[-2:]) or bool(find_hits(toks, spec, default_lexicon())))


# Words that make brackets after a number a doubt or one more answer, beside _TURNS ("3 (pretty sure)", "2 (5 too)").
_DOUBTS = frozenset("too again instead wait actually sure guess think kinda sorta unless if whether".split())


def _said_of_number(before: str, inside: str, words: list[str], spec) -> bool:
    """Brackets right after a typed number, saying why or what ("3 (MRE had motion artifact, basically useless)",
    "7 (leak rates, expected EWL at 12 mo)", "6 (failed two already)"): a remark on the numbers picked, never a pick
    or a doubt of its own (helper 11b13). Not when the brackets doubt, add or take away, ask, or name a choice that
    none of the numbers typed so far picks."""
    from .lexicon import default_lexicon
    from .matching import find_hits
    from .text import clean, tokens

    if not re.search(r"(?:^|[\s,;+&(])\d{1,2}\s*$", before) or len(words) > 14 or "?" in inside or (_TURNS | _DOUBTS) & set(words):
        return False
    ids = [c.id for c in spec.choices]
    typed = {ids[int(n) - 1] for n in re.findall(r"(?<![\d.])\d{1,2}(?![\d.%])", before) if 1 <= int(n) <= len(ids)}
    if not typed or ids.index(next(iter(typed))) < 0:
        return False
    named = {hit.choice for hit in find_hits(tokens(clean(inside)), spec, default_lexicon()) if not hit.negated}
    return named <= typed


def without_examples(line: str, spec) -> str | None:
    """The line with the brackets that only describe the pick before them left out, or None."""
    if "(" not in line or spec.name.startswith(("red_flags", "urgent")):
        return None
    out, last, changed = [], 0, False
    for found in _BRACKET.finditer(line):
        before = line[: found.start()].strip()
        inside = found.group(1)
        words = re.findall(r"[a-z0-9']+", inside.lower())
        if not before or not words or len(words) > 8 or _TURNS & set(words) or _SUBJECTS & set(words) or any(w.isdigit() for w in words) \
                or "?" in inside or "'" in inside.replace("'s ", " ") or '"' in inside or not _names_a_choice(inside, spec) \
                or not _pick_before(before, spec) or _list_of_picks(inside, before, spec):
            if not _said_of_number(before, inside, words, spec):
                continue
        out.append(line[last : found.start()])
        last = found.end()
        changed = True
    if not changed:
        return None
    out.append(line[last:])
    return "".join(out)
