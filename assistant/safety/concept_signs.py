"""Weak categories recognised from their concepts, not their phrases (helper cs15, issue 12).

An overdose, a poisoning, fever on chemotherapy, cauda equina and sepsis came back weak round after
round: each round's misses were added as phrases and the next round's people used other words. This
module recognises each of them as a combination of concepts (dialogues/concept_signs.yaml): word
families such as a medicine, an act of taking, an amount or a mistake, and a state now ("took" x
"pills" x "too many" x "can't wake her"). A rule holds when every family it names is found in one
sentence and the next (a window); a family named twice needs two different signs of it (sepsis: an
infection with two of fever, racing heart, fast breathing, confusion, mottled skin...). A rule may name
families under none: found anywhere in the window, they keep that rule quiet (helper cs16: a period for
bleeding, an old stroke for a droop, a dentist's numbing for a numb face); with quiet: 'own' the rule
keeps only to those and the guards, not the shared quiet list ("he was fine at lunch" is a stroke's onset).
Not when a guard list of the red-flag screen (history, a risk question, family history, resolved,
seen by a doctor; finders.py) matches in the window, nor for a state word with a negation word just
before it in its clause ("no fever", "hasnt been sick").
It runs after the red-flag screen and only ever raises a line: a quiet line to the check question or
the urgent turn, a check question to the urgent turn; it never lowers anything.
"""

from __future__ import annotations

import re
from functools import cache

from ..regex_store import kept, table_regex
from .doubt_net import _sentence_spans  # the same sentences the doubt net reads
from .first_letters import grouped

FILE = "concept_signs.yaml"
# (cs18, s20a, s21, s22, s25) the weakest emergency categories' own concepts, merged into FILE's; first the three parts of
# FILE split out by concern (review c25: after an operation, a young child, the other kinds of cs16), so that the
# rules stand in the order they stood in FILE
MORE = ("concepts_after_surgery.yaml", "concepts_young_child.yaml", "concepts_more_kinds.yaml",
        "emergency_concepts.yaml", "weak_kinds.yaml", "warned_kinds.yaml", "urgent_kinds.yaml", "told_kinds_s25.yaml",
        "concepts_fracture.yaml",  # a broken bone or a cast: the blood flow cut off, an open break (a lead's walk)
        "concepts_s27.yaml")  # (s27) a risky medicine twice, fumes, new confusion, sight or legs lost all at once
LEVELS = ("none", "ask", "emergency")
# (s27) a childhood told as a frame of its own: "when he was little", "as a kid", "de niño"
_CHILDHOOD = re.compile(r"(?<!\w)(?:as (?:a )?(?:kid|child|toddler|baby|little \w+)|when (?:i|he|she|they|we) (?:was|were) (?:little|small|a (?:kid|child|baby|toddler)|younger|tiny|\d+)|(?:de|cuando era) (?:ni[nñ][oa]|chiquit[oa]|peque[nñ][oa]|beb[eé]))(?!\w)")


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _tables() -> dict:
    """The YAML compiled once: each family as one regex with a group per entry, the rules, the guards."""
    from .family_data import read_with_families
    from .finders import FINDERS
    from .signs import CATEGORIES

    data = read_with_families(FILE)
    for more in MORE:  # (cs18) families and rules of another file, read with FILE's window, guards and quiet list
        extra = read_with_families(more)
        twice = sorted(set(extra["families"]) & set(data["families"]))
        if twice:
            raise ValueError(f"dialogues/{more}: families already in {FILE}: {twice}")
        data = {**data, "families": {**data["families"], **extra["families"]}, "rules": [*data["rules"], *extra["rules"]],
                "state_families": [*data["state_families"], *extra.get("state_families", ())],
                "not_asked": [*data["not_asked"], *extra.get("not_asked", ())]}
    compiled = {name: table_regex("(?<!\\w)(?:" + "|".join(f"(?P<e{i}>{item})(?!\\w)" for i, item in enumerate(items)) + ")")
                for name, items in data["families"].items()}
    rules = []
    for rule in data["rules"]:
        if rule["category"] not in CATEGORIES or rule["level"] not in LEVELS[1:]:
            raise ValueError(f"dialogues/{FILE}: a rule needs a red-flag category and a level ask or emergency: {rule}")
        missing = [name for name in (*rule["all"], *rule.get("none", ())) if name not in compiled]
        if missing:
            raise ValueError(f"dialogues/{FILE}: no family named {missing}")
        rules.append((rule["category"], LEVELS.index(rule["level"]), tuple(rule["all"]), tuple(rule.get("advice", ())),
                      rule.get("past") == "told", tuple(rule.get("none", ())), rule.get("quiet") == "own",
                      int(rule.get("sentences", data["sentences"]))))  # (s20a) a rule may read more short sentences
    unknown = [name for name in data["guards"] if name not in FINDERS]
    if unknown:
        raise ValueError(f"dialogues/{FILE}: no red-flag list named {unknown}")
    every = [item for items in data["families"].values() for item in items]
    return {
        "families": compiled,
        "rules": rules,
        "state": frozenset(data["state_families"]),
        "guards": [FINDERS[name] for name in data["guards"]],
        "past_guards": frozenset(data["past_guards"]),
        "not_asked": table_regex("(?<!\\w)(?:" + "|".join(f"(?:{item})(?!\\w)" for item in data["not_asked"]) + ")"),
        "present_guards": [FINDERS[name] for name in data["guards"] if name not in data["past_guards"]],
        "negation": frozenset(data["negation"]),
        "window": int(data["negation_window"]),
        "sentences": int(data["sentences"]),
        "breakers": frozenset(data["breakers"]),
        "quiet": table_regex("(?<!\\w)(?:" + "|".join(f"(?:{item})(?!\\w)" for item in data["quiet"]) + ")"),
        # (?<!\w) as each family has it: an entry starts a word, so a long token is tried once, not at each letter
        # and its entries grouped by their first letter, so a quiet word is passed over at one comparison per letter (p19)
        "prefilter": table_regex("(?<!\\w)(?:" + grouped(every) + ")"),
    }


def _negated(tables, doc, match: re.Match) -> bool:
    """A negation word among the few words before the match in its clause, with no breaker ("but", "now") between
    ("no fever", "hasnt had any fever or chills", "no numbness or bladder problems")."""
    first = doc.word_at(match.start())
    clause = doc.clause_of[first]
    for i in range(first - 1, max(first - tables["window"], 0) - 1, -1):
        if doc.clause_of[i] != clause:
            return False
        word = doc.joined[doc.starts[i]:].split(None, 1)[0]
        if word in tables["breakers"]:
            return False
        if word in tables["negation"]:
            return True
    return False


def _found_in(tables, doc, text: str, start: int, end: int, family: str) -> dict[int, str]:
    """Which entries of a family are found in the window (an entry's number: the words), each not negated if a state."""
    entries: dict[int, str] = {}
    for match in tables["families"][family].finditer(text, start, end):
        if family in tables["state"] and _negated(tables, doc, match):
            continue
        entries.setdefault(int(match.lastgroup[1:]), match.group())
    return entries


def _guarded(tables, text: str, start: int, end: int, past_told: bool, names: tuple[str, ...] = ()) -> bool:
    """A guard list of the red-flag screen matches in the window, once its "cant tell if" is blanked; (s27) a childhood
    told in a clause of its own after every word of the rule ("..., he did that when he was little") guards only itself."""
    window = tables["not_asked"].sub(lambda m: " " * len(m.group()), text[start:end])
    finders = tables["present_guards" if past_told else "guards"]
    if not any(finder.regex.search(window) for finder in finders):
        return False
    last = max((m.end() - start for name in names for m in tables["families"][name].finditer(text, start, end)), default=None)
    if last is None:
        return True
    for finder in finders:
        for match in finder.regex.finditer(window):
            clause = window.rfind("|", 0, match.start()) + 1
            if clause < last or not _CHILDHOOD.search(window, clause, max(window.find("|", match.end()), 0) or len(window)):
                return True
    return False


def found(text: str) -> tuple[int, str, str, tuple[str, ...]] | None:
    """(level, category, the words found, advice keys) for the highest rule that holds in the line, or None."""
    tables = _tables()
    if not text.strip() or not tables["prefilter"].search(text.lower()):
        return None
    from .screening import without_idioms
    from .text import doc_of

    doc = doc_of(text)
    joined = without_idioms(doc)
    spans = _sentence_spans(doc)
    best = None
    for i in range(len(spans)):
        start = spans[i][0]
        caches: dict[int, dict[str, dict[int, str]]] = {}
        for category, level, names, advice, past_told, none, own_quiet, sentences in tables["rules"]:
            if best is not None and best[0] >= level:
                continue
            end = spans[min(i + sentences, len(spans)) - 1][1]
            cache = caches.setdefault(end, {})
            ok = True
            for name in set(names):
                if name not in cache:
                    cache[name] = _found_in(tables, doc, joined, start, end, name)
                if len(cache[name]) < names.count(name):
                    ok = False
                    break
            if ok and any(tables["families"][name].search(joined, start, end) for name in none):
                ok = False  # (cs16) a family the rule names under none: in the window ("my period", "since his stroke")
            if ok and (own_quiet or not tables["quiet"].search(joined, start, end)) and not _guarded(tables, joined, start, end, past_told, names):
                best = (level, category, " ".join(dict.fromkeys(w for name in names for w in cache[name].values())), advice)
    return best


def with_concepts(text: str, screening):
    """The screen's result, raised when a concept rule holds at a higher level than the screen found."""
    if screening.is_emergency:
        return screening
    hit = found(text)
    if hit is None or hit[0] <= LEVELS.index(screening.level):
        return screening
    from .screening import Screening
    from .language import is_spanish
    from .signs import CATEGORIES

    level, category, words, advice = hit
    advice = tuple(dict.fromkeys((*advice, *screening.advice, *(("spanish",) if is_spanish(text) else ()))))
    # (s27) the rule set the level: its category names what was noticed, not a lower sign's label ("his fingers are
    # blue in the cast" is a limb in danger, not "serious trouble breathing"); a crisis found is always said too
    label = CATEGORIES[category]["label"]
    recognised = tuple(dict.fromkeys((label, *screening.recognised))) if screening.recognised else ()  # (rv34) the screen's own labels kept after it
    return Screening(LEVELS[level], (category, *(c for c in screening.categories if c != category)),
                     (*screening.matched, words), recognised, advice, screening.told_now)
