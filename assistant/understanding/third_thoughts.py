"""More of the second look before storing (caution.py): kinds first seen in rounds 10 and 11.
The checks of parts of a pick-any line are here; those of pick-one lines in third_thoughts_one.py.

  "x-rays for sure, maybe the other thing", "Labs, probably, somewhere", "2 maybe 3"
                                        a part said with a doubt beside firm picks: asked about
  "kinda urgent I guess", "kinda know the list"  a softener on the pick: offered, or asked
  "I have support for sure"             "for sure" says how firm, not the choice "I feel sure"
  "discharge papers and the surgeon's notes"  words that fit two choices: asked about
  "based on his EEG and his MRI"        a test no choice names: asked about
  "did not receive the CT, so they want to repeat it"  "it" is the thing named last
  "the endoscopy biopsy report"         one record, not two

Each check takes (reading, tokens, line, question, lexicon) and returns a less sure reading or
None; none adds a pick, except redo_it (the line names it). The words are data:
dialogues/third_thoughts.yaml.
"""

from __future__ import annotations

from .asides import doubt_about_more
from .doubt_words import doubt_words

import re
from dataclasses import replace
from functools import cache

from ..paths import dialogues_dir
from .asking import any_phrase, has_phrase, whole
from .matching import find_hits
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "third_thoughts.yaml"
_CUTS = {",", ".", ";", "?", "!", "-", "/", "and", "but", "also", "plus", "or", "though", "although", "(", ")"}


@cache
def words() -> dict:
    from .. import yaml_cache

    data = dict(yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml))
    # The one-word doubts are doubt_words.yaml's one list; part_hedges adds only this reader's own (helper u21b)
    data["part_hedges"] = sorted(doubt_words()) + [p for p in data["part_hedges"] if str(p) not in doubt_words()]
    return {k: frozenset(v) if k.endswith(("_states", "_keeps", "_choices")) else
            tuple(tuple(tokens(clean(str(p)))) or (str(p),) for p in v) for k, v in data.items() if isinstance(v, list)}


def _has(toks, key: str) -> bool:
    return any_phrase(list(toks), words()[key])  # looked up by first word (p15)


_OPENERS = doubt_words()  # "2 maybe 3": a doubt starts a part (the one list, doubt_words.yaml)


def _parts(toks: list[str]) -> list[tuple[int, int, bool]]:
    """(start, end, said with a question mark) of each part of the line."""
    out, start = [], 0
    for i, t in enumerate(toks + ["."]):
        if t in _OPENERS and i > start and (toks[i - 1].isdigit() or toks[i - 1] in ("too", "also")):
            out.append((start, i, False))
            start = i
        elif t in _CUTS:
            if i > start:
                out.append((start, i, t == "?"))
            start = i + 1
    return out


def _picks_in(toks, start, end, hits, spec, lex) -> set[str]:
    got = {h.choice for h in hits if start <= h.start < end and not h.negated and h.strength == 3}
    for t in toks[start:end]:  # "2 maybe 3": a choice number
        if re.fullmatch(r"[0-9]{1,2}", t) and 1 <= int(t) <= len(spec.choices) and not (start > 0 and toks[start - 1] in ("in", "for")):
            got.add(spec.choices[int(t) - 1].id)
    return got - {spec.none_choice}


_WH = {"what", "whats", "how", "why", "when", "who", "which", "where", "if", "whether"}


def _doubted(part: tuple, asked: bool) -> bool:
    if _has(part, "firm"):
        return False
    if asked and len(part) <= 2:
        return True  # "'Support'? Don't make me laugh.": a word said back with a question mark
    for key in ("part_hedges",) + (("question_hedges",) if asked else ()):
        for p in words()[key]:
            at = next((i for i in range(len(part) - len(p) + 1) if part[i : i + len(p)] == p), None)
            if at is not None and not _WH & set(part[:at]):
                return True  # not "whats it probably", "ask what else it might be": a doubt inside a question asked
    return False


_NOT_PICKS = frozenset({"not_sure", "none", "dont_know", "unsure"})


def _hedge_is_the_pick(toks: list[str], start: int, end: int, hits) -> bool:
    """Every doubt word of the part stands inside the words of a pick: "idk how to pick", "not sure which is best" name
    the many-options sign, they doubt nothing (helper u20b)."""
    inside = {k for h in hits if h.strength == 3 and not h.negated and start <= h.start and h.end <= end
              and h.choice not in _NOT_PICKS for k in range(h.start, h.end)}  # not "idk" as the not-sure choice's own word
    found = [(s, s + len(p)) for p in words()["part_hedges"] for s in range(start, end - len(p) + 1) if tuple(toks[s : s + len(p)]) == p]
    return bool(inside) and bool(found) and all(k in inside for s, e in found for k in range(s, e))


def _answered(toks: list[str], lex) -> bool:
    """The part is only a yes or a no ("not yet", "nope", "yes")."""
    return whole(toks, lex.yes, lex) or whole(toks, lex.no, lex)


def _unread(part: tuple, spec, lex) -> bool:
    """A part that says something this question's choices do not name ("the letters"), not a closer ("thats it")."""
    from .read import read

    got = read(" ".join(part), spec, lexicon=lex)
    return got.certainty != SURE and not got.dont_know and not got.asked and tuple(part) not in words()["list_closers"]


def hedged_part(reading, toks, line, spec, lex):
    """ "x-rays for sure. idk about the rest", "the deadline is the 20th, and I think they mentioned a
    form?", "2 maybe 3": the firm picks kept, the part said with a doubt asked about."""
    if not spec.multi or reading.asked or reading.dont_know or reading.options:
        return None
    value = reading.value if isinstance(reading.value, list) else []
    if spec.none_choice in value:
        return None
    hits = find_hits(toks, spec, lex)
    parts = _parts(toks)
    firm: list[str] = []
    doubt: list[tuple[int, int]] = []
    last_picked = None
    doubted_picks: set[str] = set()
    for n, (start, end, asked) in enumerate(parts):
        part = tuple(toks[start:end])
        picks = _picks_in(toks, start, end, hits, spec, lex)
        if any(start <= h.start < end and h.negated for h in hits) or any(h.start < end and h.end > start and h.start < start for h in hits):
            continue  # "still not sure tho": a no to what it names, not a doubt
        if doubt_about_more(list(part)):
            continue  # "..., idk what else": no more can be named; the picks stand
        if asked and n + 1 < len(parts) and _answered(toks[parts[n + 1][0] : parts[n + 1][1]], lex):
            pass  # "Sure? Not yet.": a question put to oneself and answered at once, no doubt
        elif _doubted(part, asked) and not _hedge_is_the_pick(toks, start, end, hits):
            if n == 0:
                return None  # "probably labs and visit notes": a doubt over the whole line
            bare = all(any(t in p for p in words()["part_hedges"] + words()["question_hedges"]) for t in part)
            if not picks and last_picked is not None and bare:
                doubt.append((last_picked[0], end))  # "Labs, probably": the doubt is about the part before, quoted with it
                gone = _picks_in(toks, last_picked[0], last_picked[1], hits, spec, lex)
                firm = [c for c in firm if c not in gone]
                doubted_picks |= gone
            elif picks or _has(part, "vague_more"):
                doubt.append((start, end))  # "maybe 3", "maybe the other thing"; not "no idea which"
                doubted_picks |= picks
            last_picked = None
            continue
        if picks:
            firm += [c.id for c in spec.choices if c.id in picks]
            last_picked = (start, end)
        elif doubt and doubt[-1][1] == start - 1 and toks[start - 1] in ("and", "plus") and _unread(part, spec, lex):
            doubt[-1] = (doubt[-1][0], end)  # "the scans, maybe the labs and the letters": the letters asked with the labs (u22a)
    firm = list(dict.fromkeys(firm))
    if not firm or not doubt or (doubted_picks and doubted_picks <= set(firm) and len(doubt) == 1 and not _has(toks, "vague_more")):
        return None  # "its lupus or maybe some other autoimmune thing": the doubt is about a pick said firmly too
    if value and not set(firm) <= set(value):
        return None  # never a pick added
    text = "; ".join(re.sub(r" ([,;:])", r"\1", " ".join(toks[s:e])) for s, e in sorted(set(doubt)))  # "7 probably", "labs, probably"
    if reading.certainty == UNCLEAR and value:  # already asked about a part: only a pick said with a doubt is taken out
        if not doubted_picks & set(value):
            return None
        return replace(reading, value=[c for c in value if c not in doubted_picks], unclear=f"{reading.unclear}; {text}".strip("; "))
    return Reading(UNCLEAR, [c.id for c in spec.choices if c.id in firm], unclear=text)


def softened(toks: list[str]) -> bool:
    """A softener said right before a word of urgency ("kinda urgent", "sort of soon", "semi urgent")."""
    urgent = {p[0] for p in words()["urgency_words"]}
    return any(tuple(toks[max(0, i - len(p)) : i]) == p for i, t in enumerate(toks) if t in urgent for p in words()["softeners"])


def softened_pick(reading, toks, line, spec, lex):
    """ "kinda urgent I guess", "kinda know the list": a softener on the words of the pick."""
    if reading.certainty != SURE or reading.value is None or reading.asked:
        return None
    chosen = reading.value if isinstance(reading.value, list) else [reading.value]
    if any(c in words()["softener_keeps"] for c in chosen):
        return None
    between = {p[0] for p in words()["softener_between"]}
    soft = []
    for h in find_hits(toks, spec, lex):
        if h.choice not in chosen or h.negated or h.strength != 3:
            continue
        k = h.start
        while k > 0 and toks[k - 1] in between and h.start - k < 3:
            k -= 1
        if any(tuple(toks[max(0, k - len(p)) : k]) == p for p in words()["softeners"]):
            soft.append(h)
    if not soft:
        return None
    if not spec.multi:  # "kinda urgent I guess": a softener and a guess; "a little bit yes", "only partly covered" stay
        return replace(reading, certainty=LIKELY) if _has(toks, "guesses") else None
    if {h.choice for h in soft} != set(chosen):
        return None  # "a family doc and he kinda brushes me off": the other picks are firm, the softened one said as a fact
    if spec.name in words()["softener_offer_states"]:
        return replace(reading, certainty=LIKELY)  # "kinda timing" where the opinions differ: offered back (u24b)
    return Reading(UNCLEAR, None, unclear=clean(line))  # "kinda know the list": asked


def intensifier(reading, toks, line, spec, lex):
    """ "I have support for sure": "for sure" is how firm the part is, not the choice "I feel sure"."""
    if not spec.multi or reading.value is None or not isinstance(reading.value, list):
        return None
    gone = [c for c in reading.value if c in words()["intensifier_choices"]]
    if not gone or not _has(toks, "intensifiers"):
        return None
    hits = [h for h in find_hits(toks, spec, lex) if h.choice in gone and not h.negated]
    spans = [(i, i + len(p)) for p in words()["intensifiers"] for i in range(len(toks)) if tuple(toks[i : i + len(p)]) == p]
    if any(not any(s <= h.start and h.end <= e for s, e in spans) for h in hits):
        return None  # "sure" said as the choice somewhere else too
    left = [c for c in reading.value if c not in gone]
    if not left:
        return Reading(UNCLEAR, None, unclear=clean(line))
    return replace(reading, value=left)


def either_in_list(reading, toks, line, spec, lex):
    """ "discharge papers and the surgeon's notes": at a pick-any question, words that fit two
    choices (the lexicon's `either`) beside clear picks: the clear picks kept, those words asked."""
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    from .lexicon import fold

    folded = [fold(t) for t in toks]
    for raw, ids in lex.state(spec.name).either.items():
        phrase = tuple(fold(w) for w in raw)
        at = next((i for i in range(len(folded) - len(phrase) + 1) if tuple(folded[i : i + len(phrase)]) == phrase), None)
        if at is None:
            continue
        both = set(ids)
        named = [h for h in find_hits(toks, spec, lex) if h.choice in both and (h.end <= at or h.start >= at + len(phrase)) and not h.negated]
        if named:
            continue  # another part of the line names one of them
        keep = [c for c in reading.value if c not in both]
        start = max(0, at - 1) if at and toks[at - 1] in ("the", "my", "his", "her", "a") else at
        return Reading(UNCLEAR, keep or None, unclear=" ".join(toks[start : at + len(phrase)]))
    return None


def other_test(reading, toks, line, spec, lex):
    """ "based on his EEG and his MRI": a test no choice names, beside the picks: asked about."""
    if spec.name not in words()["other_tests_states"] or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    found = next((p for p in words()["other_tests"] if has_phrase(toks, p)), None)
    if found is None:
        return None
    return Reading(UNCLEAR, [c for c in reading.value if c != spec.none_choice] or None, unclear=_test_clause(toks, found))


_CLAUSE_EDGE = frozenset({",", ".", ";", ":", "!", "?", "and", "but", "so", "or", "plus", "also", "&"})


def _test_clause(toks: list[str], found) -> str:
    """ "the ekg readings mostly, heart block ...": the test asked about in the words around it, up to the clause's
    edge ("What did you mean by "the ekg readings mostly"?", not "ekg": a lead's walk, 2026-12-07)."""
    phrase = list(found)
    at = next((i for i in range(len(toks) - len(phrase) + 1) if toks[i : i + len(phrase)] == phrase), None)
    if at is None:
        return " ".join(found)
    start, end = at, at + len(phrase)
    while start > 0 and at - start < 5 and toks[start - 1] not in _CLAUSE_EDGE and not toks[start - 1].isdigit():
        start -= 1
    while end < len(toks) and end - at < 6 and toks[end] not in _CLAUSE_EDGE and not toks[end].isdigit():
        end += 1
    return " ".join(toks[start:end])


def redo_it(reading, toks, line, spec, lex):
    """ "did not receive the first CT, so they want to repeat it": what is redone is what was named last."""
    if spec.name not in words()["redo_states"] or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    at = next((i for p in words()["redo_words"] for i in range(len(toks) - len(p) + 1) if tuple(toks[i : i + len(p)]) == p), None)
    if at is None:
        return None
    before = [h for h in find_hits(toks, spec, lex) if h.end <= at]
    if not before:
        return None
    last = max(before, key=lambda h: h.end)
    named = last.choice if last.choice in words()["redo_choices"] else None
    if named is None:
        return None
    if named in reading.value:
        return reading  # kept as read: the records choice does not take in what is redone
    return replace(reading, value=[c.id for c in spec.choices if c.id in reading.value or c.id == named])


def _side_by_side(words: list[str], said: str) -> bool:
    """The words stand next to each other in the line, with only spaces between: "the MRI (biopsy report, ...)" and
    "MRI: biopsy report" name two records (the review of the session's change), "the endoscopy biopsy report" one."""
    return re.search(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", said) is not None


@cache
def words_raw() -> dict:
    from .. import yaml_cache

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


def modifier_noun(reading, toks, line, spec, lex):
    """ "the endoscopy biopsy report": the biopsy report from the endoscopy, one record, not two."""
    if spec.name not in words()["modifier_states"] or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    heads = {p[0] for p in words()["document_heads"]}
    hits = sorted((h for h in find_hits(toks, spec, lex) if not h.negated and h.strength == 3), key=lambda h: h.start)
    said = clean(line).lower()

    def heads_it(a, b) -> bool:  # "endoscopy | biopsy report": b names its own kind of report ("the biopsy | results" does not)
        return a.end == b.start and a.choice != b.choice and toks[b.end - 1] in heads and b.end - b.start >= 2 \
            and _side_by_side(toks[a.start : b.end], said)

    out = {a.choice for a, b in zip(hits, hits[1:]) if heads_it(a, b)}
    out -= {h.choice for h in hits if not any(heads_it(h, b) for b in hits)}  # named again on its own
    if not out or not out <= set(reading.value):
        return None
    return replace(reading, value=[c for c in reading.value if c not in out])


FIRST = (redo_it,)  # before the records choice takes in what it names (caution_checks.runs_into)
