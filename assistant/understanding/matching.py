"""Finding choices in a line: their names and lay words, numbers and positions, negations."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from ..flow import StateSpec
from .lexicon import Lexicon, Phrase, fold
from .tables import prepared
from .text import SEPARATORS, tokens


@dataclass(frozen=True)
class Hit:
    choice: str
    start: int
    end: int
    strength: int  # 3 a name or lay word, 2 a number or position, 1 a yes/no word
    negated: bool = False


def label_forms(choice) -> list[str]:
    """Every label a choice offers: `label`, and any other label form (e.g. for a caregiver)."""
    forms = [choice.label]
    if getattr(choice, "caregiver", None):  # the caregiver's form, with a neutral person filled in
        forms.append(choice.label_for("caregiver"))
    for f in dataclasses.fields(choice):
        value = getattr(choice, f.name)
        if f.name != "label" and "label" in f.name:
            if isinstance(value, str):
                forms.append(value)
            elif isinstance(value, dict):
                forms += [v for v in value.values() if isinstance(v, str)]
            elif isinstance(value, (list, tuple)):
                forms += [v for v in value if isinstance(v, str)]
    return forms




@lru_cache(maxsize=256)
def phrase_index(spec: StateSpec, lex: Lexicon) -> tuple[tuple[Phrase, str, int], ...]:
    """(phrase, choice id, strength) for every way of naming each choice here, longest first."""
    words = lex.state(spec.name)
    found: dict[Phrase, set[str]] = {}
    weak: dict[Phrase, set[str]] = {}
    for choice in spec.choices:
        names = [choice.id.replace("_", " "), *label_forms(choice), *choice.synonyms]
        for name in names:
            phrase = tuple(tokens(name))
            if phrase and " ".join(phrase) not in words.whole_only:
                found.setdefault(phrase, set()).add(choice.id)
        for phrase in words.choices.get(choice.id, ()):
            if " ".join(phrase) not in words.whole_only:
                found.setdefault(phrase, set()).add(choice.id)
    for key, ids in words.yes_no.items():
        pool = {"yes": lex.yes, "no": lex.no, "not_sure": lex.not_sure}[key]
        for phrase in pool:
            for cid in ids:
                weak.setdefault(phrase, set()).add(cid)
    out = []
    for phrase, ids in found.items():
        if len(ids) == 1:  # a name two choices share says nothing on its own
            out.append((phrase, next(iter(ids)), 3))
    for phrase, ids in weak.items():
        if phrase not in found:
            out += [(phrase, cid, 1) for cid in sorted(ids)]
    out.sort(key=lambda item: -len(item[0]))
    return tuple((_folded(phrase), cid, strength) for phrase, cid, strength in out)


_FOLDED: dict[Phrase, Phrase] = {}


def _folded(phrase: Phrase) -> Phrase:
    """The phrase with each word folded; remembered, as every question shares the yes/no words."""
    found = _FOLDED.get(phrase)
    if found is None:
        if len(_FOLDED) > 100_000:
            _FOLDED.clear()
        found = _FOLDED[phrase] = tuple(fold(t) for t in phrase)
    return found


_LEADERS = {"oh", "um", "uh", "well", "hmm", "erm", "ah", "so", "and", "but", "ok", "okay"}


def _fuzzy_hits(toks, folded, spec, lex, taken) -> list[Hit]:
    """A word misspelt ("docter", "biospy"): the one lay word it is close to, never two."""
    candidates = [i for i, t in enumerate(toks) if i not in taken and len(t) >= 5 and t.isalpha() and t not in lex.fillers]
    if not candidates:
        return []
    from rapidfuzz import fuzz, process  # only an answer with an unknown word pays for this

    singles = prepared(spec, lex).singles
    hits = []
    for i in candidates:
        near = process.extract(folded[i], list(singles), scorer=fuzz.ratio, score_cutoff=86, limit=None)
        close = {cid for word, _, _ in near for cid in singles[word]}
        if len(close) == 1:
            hits.append(Hit(close.pop(), i, i + 1, 3))
    return hits


def _negation_before(toks: list[str], start: int, lex: Lexicon, taken: set[int], heads: dict | None = None) -> int | None:
    """Where a negation that reaches `start` begins ("no scans", "not the diagnosis"), or None.
    `heads`: the negations by first word (found alike; only those that can start here are tried)."""
    j = start - 1
    steps = 0
    while j >= 0 and steps < 4:
        tok = toks[j]
        if tok in SEPARATORS - {"and", "or"} or tok in lex.negation_ends:
            return None
        for neg in (lex.negations if heads is None else [*heads.get(tok, ()), *heads.get("", ())]):
            if tuple(toks[j : j + len(neg)]) == neg and j + len(neg) <= start:
                return j
        if j in taken:
            return None
        j -= 1
        steps += 1
    return None


def find_hits(toks: list[str], spec: StateSpec, lex: Lexicon, skip: set[int] = frozenset()) -> list[Hit]:
    """Names and lay words of choices, longest first, never overlapping; negated ones marked."""
    taken: set[int] = set(skip)
    hits: list[Hit] = []
    table = prepared(spec, lex)
    folded = [fold(t) for t in toks]
    lead = 0
    while lead < len(toks) and (toks[lead] in _LEADERS or toks[lead] in (",", ".")):
        lead += 1
    where: dict[int, dict[tuple, list[int]]] = {}  # phrase length -> words there -> where (a lookup, not a scan per phrase)
    # Only phrases whose first word is in the line can match: looked up by that word, then
    # tried in the index's order (longest first), as a scan of the whole index would.
    candidates = list(table.always)
    for word in set(folded):
        candidates += table.by_head.get(word, ())
    candidates.sort()
    for _, phrase, cid, strength in candidates:
        size = len(phrase)
        if size not in where:
            where[size] = {}
            for at in range(len(toks) - size + 1):
                where[size].setdefault(tuple(folded[at : at + size]), []).append(at)
        for at in where[size].get(phrase, ()):
            if strength == 1 and at > lead:
                continue  # "yes"/"no" words answer only at the start: "it's not covered" is not a "no"
            span = set(range(at, at + size))
            if span & taken:
                continue
            taken |= span
            hits.append(Hit(cid, at, at + size, strength))
    hits += _fuzzy_hits(toks, folded, spec, lex, taken)
    hits = [h for h in hits if not _place(toks, folded, h, lex)]
    hits.sort(key=lambda h: h.start)
    # A bare "no"/"none" right before another choice is a negation of it, not a pick.
    out: list[Hit] = []
    for hit in hits:
        neg = _negation_before(toks, hit.start, lex, {i for h in hits if h is not hit for i in range(h.start, h.end)},
                               table.negations)
        if neg is not None and not any(h.start <= neg < h.end for h in hits):
            hit = dataclasses.replace(hit, negated=True)
        out.append(hit)
    # Negation after the words (NegEx): "an operation was not needed", "the scan was fine".
    for k, hit in enumerate(out):
        after = toks[hit.end : hit.end + 5]
        clause = []
        for t in after:
            if t in SEPARATORS - {"and"} or t in ("but",):
                break
            clause.append(t)
        if any(tuple(clause[i : i + len(p)]) == p for p in _AFTER_NEGATIONS for i in range(len(clause))):
            out[k] = dataclasses.replace(hit, negated=True)
    # A phrase that itself says "not" ("never saw the", "didn't have the") covers what follows:
    # "the first doctor never saw the biopsy report" is about the records, not the biopsy.
    for k in range(len(out) - 1):
        head, nxt = out[k], out[k + 1]
        if (toks[head.start],) in lex.negations and head.end - head.start > 1 and nxt.start - head.end <= 2 \
                and nxt.choice != head.choice and not any(t in SEPARATORS for t in toks[head.end : nxt.start]):
            out[k + 1] = dataclasses.replace(nxt, negated=True)
    if lex.state(spec.name).current:
        out = [dataclasses.replace(h, negated=True) if _in_history(toks, h, lex) else h for h in out]
    if lex.state(spec.name).done_before:
        out = [dataclasses.replace(h, negated=True) if _done_before(toks, h) else h for h in out]
    final = []
    for k, hit in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        words = toks[hit.start : hit.end]
        only_neg = tuple(words) in lex.negations or all(t in ("no", "not", "none", "nothing", "nope", "nah") for t in words)
        if only_neg and nxt is not None and nxt.start - hit.end <= 2 and not any(t in SEPARATORS for t in toks[hit.end : nxt.start]) and hit.choice != nxt.choice:
            out[k + 1] = nxt = dataclasses.replace(nxt, negated=True)
            continue
        final.append(hit)
    return final


_DETERMINERS = ("the", "a", "an", "my", "her", "his", "their", "our", "your")


def _place(toks: list[str], folded: list[str], hit: Hit, lex: Lexicon) -> bool:
    """ "scans and blood tests at the hospital": a place word after "at" says where, it is no pick."""
    if hit.end - hit.start != 1 or folded[hit.start] not in lex.places:
        return False
    j = hit.start - 1
    if j >= 0 and toks[j] in _DETERMINERS:
        j -= 1
    return j >= 0 and toks[j] == "at"


_AFTER_NEGATIONS = (("not", "needed"), ("not", "necessary"), ("isnt", "needed"), ("wasnt", "needed"), ("ruled", "out"),
                    ("not", "required"), ("is", "not", "needed"), ("not", "needed", "yet"))


_DONE = (("already", "had"), ("already", "done"), ("already", "did"), ("already", "went", "through"), ("had", "it", "done"))


def _done_before(toks: list[str], hit: Hit) -> bool:
    """ "he already had the operation": said as done, at most three words before the choice."""
    before = toks[max(0, hit.start - 5) : hit.start]
    for cue in _DONE:
        for i in range(len(before) - len(cue) + 1):
            if tuple(before[i : i + len(cue)]) == cue and len(before) - (i + len(cue)) <= 3 \
                    and not any(t in SEPARATORS for t in before[i + len(cue):]):
                return True
    return False


def _in_history(toks: list[str], hit: Hit, lex: Lexicon) -> bool:
    """The sign is said with a past cue in the same clause: "she had a fever last week"."""
    start, end = hit.start, hit.end
    while start > 0 and toks[start - 1] not in (",", ".", ";", "but", "however", "!"):
        start -= 1
    while end < len(toks) and toks[end] not in (",", ".", ";", "but", "however", "!"):
        end += 1
    clause = toks[start:end]

    def cue(words: list[str]) -> bool:
        present = set(words)
        return any(tuple(words[i : i + len(p)]) == p for p in lex.history if not p or p[0] in present
                   for i in range(len(words) - len(p) + 1))

    return cue(clause) or (cue(toks[hit.end : hit.end + 8]) and "now" not in clause)


def _number(tok: str, lex: Lexicon) -> int | None:
    if re.fullmatch(r"[0-9]{1,3}", tok):
        return int(tok)
    if re.fullmatch(r"q[0-9]{1,2}", tok):
        return int(tok[1:])
    return lex.numbers.get(tok)


def find_positions(toks: list[str], count: int, ordinary: int, lex: Lexicon, taken: set[int], multi: bool) -> tuple[list[tuple[int, int]], set[int], list[int]]:
    """Choice numbers typed as digits, words or positions: "2", "two", "the first one", "1-5",
    "the last two", "all but the last", "second and fourth". Returns (numbers 1-based, tokens
    used, numbers out of range)."""
    picked: list[tuple[int, int]] = []  # (token index, number)
    used: set[int] = set()
    bad: list[int] = []
    n = len(toks)
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        tok = toks[i]
        prev = toks[i - 1] if i > 0 else ""
        nxt = toks[i + 1] if i + 1 < n else ""
        # "all but the last", "all except 3"
        if tok in ("all", "everything", "every"):
            # "all but the last", "all except 6 and 7", "everything except the first", "all of them but 2"
            k = i + 1
            while k < n and toks[k] in ("of", "them", "these", "those", "the", "one", "ones", "above"):
                k += 1
            if k < n and toks[k] in ("but", "except", "apart", "besides", "bar", "excluding", "minus"):
                j = k + 1
                drop: list[int] = []
                while j < n:
                    while j < n and toks[j] in ("the", "from", "for", "number", "numbers", "one", "ones", "and", ",", "&", "n"):
                        j += 1
                    if j < n and toks[j] in lex.last_words:
                        size = _number(toks[j + 1], lex) if j + 1 < n else None
                        drop += list(range(count - (size or 1) + 1, count + 1))  # the last as shown
                        j += 2 if size else 1
                    elif j < n and toks[j] in lex.ordinals and toks[j] not in ("top",):
                        drop.append(int(lex.ordinals[toks[j]]))
                        j += 1
                    elif j < n and _number(toks[j], lex):
                        drop.append(_number(toks[j], lex))
                        j += 1
                    else:
                        break
                if drop:
                    picked += [(i, m) for m in range(1, ordinary + 1) if m not in drop]
                    used |= set(range(i, j))
                    i = j
                    continue
        # Ranges: "1-5", "1 to 5", "1 through 5"
        first = _number(tok, lex)
        if first is not None and i + 2 < n and toks[i + 1] in ("-", "to", "through", "thru", "till", "until"):
            last = _number(toks[i + 2], lex)
            if last is not None and first < last <= count and first >= 1:
                picked += [(i, k) for k in range(first, last + 1)]
                used |= {i, i + 1, i + 2}
                i += 3
                continue
        # "all 4", "all 10 of them"
        if tok == "all" and first is None and _number(nxt, lex) is not None and _number(nxt, lex) >= ordinary and nxt not in ("one",):
            picked += [(i, k) for k in range(1, ordinary + 1)]
            used |= {i, i + 1}
            i += 2
            continue
        # "the middle one": the one in the middle of an odd-length list; with an even one, asked.
        if tok == "middle" and toks[i + 1 : i + 2] in (["one"], ["option"], ["choice"], ["answer"]) and _position(toks, i, lex):
            if count % 2:
                picked.append((i, (count + 1) // 2))
                used.add(i)
            i += 1
            continue
        # Positions: "the first three", "the last two", "the last one", "second", "top 3"
        if (tok in lex.ordinals or tok in lex.last_words) and not _position(toks, i, lex):
            i += 1
            continue
        if tok in lex.ordinals or tok in lex.last_words:
            size = _number(nxt, lex) if nxt and nxt not in ("one",) else None
            if size is not None and 1 < size <= count and (nxt not in lex.ordinals):
                if tok in lex.last_words:
                    picked += [(i, k) for k in range(ordinary - size + 1, ordinary + 1)]
                else:
                    start = int(lex.ordinals[tok])
                    picked += [(i, k) for k in (range(start, start + size) if start == 1 else [start])]
                used |= {i, i + 1}
                i += 2
                continue
            if tok in lex.last_words:
                picked.append((i, count))
            else:
                value = int(lex.ordinals[tok])
                if value > count:
                    bad.append(value)
                else:
                    picked.append((i, value))
            used.add(i)
            i += 1
            continue
        if first is not None and prev == "-" and (i < 2 or toks[i - 2] in SEPARATORS):
            bad.append(-first)  # "-1"
            used.add(i)
            i += 1
            continue
        if first is not None and not _standalone(toks, i, lex):
            i += 1
            continue
        if first is not None:
            is_word = not tok[0].isdigit() and not tok.startswith("q")
            if is_word:
                # "one" is a number only when it stands as one: "one and three", "just one",
                # never "the family one" or "one of them".
                if nxt in ("of", "more", "other", "else", "thing", "day", "week", "month"):
                    i += 1
                    continue
                if tok == "one" and prev in ("the", "that", "this", "which", "each", "every", "any", "no", "another", "other"):
                    i += 1
                    continue
                if tok == "one" and prev and prev not in SEPARATORS and prev not in lex.pointers:
                    i += 1
                    continue
            if 1 <= first <= count:
                picked.append((i, first))
            else:
                bad.append(first)
            used.add(i)
        i += 1
    return picked, used, bad


# Words after a number that make it a count or an amount, not a choice: "2 other doctors", "6 month".
_COUNTED = {"other", "others", "doctor", "doctors", "doc", "docs", "opinion", "opinions", "year", "years", "yr", "yrs", "old",
            "hour", "hours", "hrs", "time", "times", "kid", "kids", "children", "percent", "%", "am", "pm", "more", "of", "out",
            "day", "days", "week", "weeks", "month", "months", "mg", "pill", "pills", "test", "tests", "scan", "scans", "cm", "mm",
            "kg", "lb", "lbs", "am", "oclock", "x", "th", "surgeon", "surgeons", "specialist", "specialists", "visit", "visits",
            "about", "regarding"}  # "the two about waiting and family": a count of questions named after it


def _standalone(toks: list[str], i: int, lex: Lexicon) -> bool:
    """A number that picks a choice: at the start, or after a list mark or a pointing word
    ("just 4", "option 2"), and not followed by what it counts ("6 weeks", "2 other doctors")."""
    prev = toks[i - 1] if i > 0 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if nxt in _COUNTED or nxt in lex.time_units:
        return False
    if prev in ("-", "to", "through") and i >= 2 and _number(toks[i - 2], lex) is not None:
        return True
    if not prev or prev in SEPARATORS or prev in lex.pointers or prev in ("n", "?", "&") or _number(prev, lex) is not None:
        return True
    return False


_POSITION_NEXT = {"one", "ones", "option", "options", "choice", "choices", "answer", "item", "question", "questions", "thing", "box", "line"}


def _position(toks: list[str], i: int, lex: Lexicon) -> bool:
    """"first", "second", "last" as a place in the list ("the first one", "second and fourth"),
    not as a word of the sentence ("the first doctor", "try something simpler first")."""
    prev = toks[i - 1] if i > 0 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    after = toks[i + 2] if i + 2 < len(toks) else ""
    if nxt in ("one", "ones") and after and after not in SEPARATORS and after not in ("?", "!", "-", "pls", "please", "tbh", "lol", "too", "only", "so"):
        return False  # "the second one wants new scans": a person, not a place in the list
    if i >= 2 and toks[i - 2] in ("as", "than", "like", "from", "with", "to", "of", "about"):
        return False  # "not as sure as the first one": a comparison, not a pick
    prev_ok = not prev or prev in SEPARATORS or prev in ("the", "n", "&", "just", "only", "and", "my", "probably", "maybe", "definitely", "pick", "choose", "take")
    next_ok = not nxt or nxt in SEPARATORS or nxt in _POSITION_NEXT or _number(nxt, lex) is not None or nxt in lex.ordinals or nxt in ("?", "!", "-", "pls", "please", "tbh", "lol")
    return prev_ok and next_ok


def leftover_parts(toks: list[str], used: set[int], lex: Lexicon) -> list[str]:
    """Parts of the list (between commas and "and") nothing was read from that still carry
    words of their own. Words next to a pick are read as about that pick ("the oncologist
    notes", "the colonoscopy report"), not as a part of their own."""
    parts, current, read_here, added = [], [], False, False
    for i, tok in enumerate(toks + [","]):
        if tok in SEPARATORS or tok in ("-", "?"):
            if current and not read_here:
                parts.append((["+"] if added else []) + current)
            current, read_here = [], False
            added = tok in ("also", "plus")  # "also ...": meant as one more answer, never just context
            continue
        if i in used:
            read_here = True
            continue
        current.append(tok)
    return [" ".join(p) for p in parts if any(t not in lex.fillers for t in p)]
