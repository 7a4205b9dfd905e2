"""A careful listener's doubts: the last look before a reading is stored (round 12).

The rules before this one ask "which choice do these words name?". A careful listener also asks
"is the person sure of it, and is it an answer at all?". Each check below is one general
condition under which a listener would not simply write the answer down:

  a limit on what the person knows     "not that I know of", "as far as I know, yes"   offered back
  a degree on the deciding word        "partly covered", "no insurance as such"        offered back
  a question tag at the end            "medicare covers it right?"                     a question
  an answer that depends on something  "depends on the test results"                   offered back
  the same said on both sides of when  "I'll know when I know"                         asked
  a statement said as a question       "I think so?", "covered??"                      offered back

None adds a pick; each makes a sure reading an offer (a Yes/No turn) or a question back. The
words are data: dialogues/listener.yaml.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..flow import StateSpec
from ..paths import dialogues_dir
from .asking import has_phrase
from .lexicon import Lexicon
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "listener.yaml"
_URGENT = ("red_flags", "urgent")
_HEDGED = ("fairly", "not_sure", "unsure", "not_said")  # choices that are themselves a doubt  # the safety turns: the red-flag screen and their own checks decide there


@cache
def words() -> dict:
    from .. import yaml_cache

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    return {k: tuple(sorted((tuple(tokens(clean(str(p)))) for p in v), key=len, reverse=True)) for k, v in data.items() if isinstance(v, list)}


def find(toks: list[str], key: str) -> list[tuple[int, int]]:
    """(start, end) of every phrase of `key` in the line, longest phrases first."""
    spans = []
    for p in words()[key]:
        if not p or p[0] not in toks:
            continue
        spans += [(i, i + len(p)) for i in range(len(toks) - len(p) + 1) if tuple(toks[i : i + len(p)]) == p]
    return spans


def _core(toks: list[str]) -> list[str]:
    return [t for t in toks if t not in (",", ".", "!", "?", "-", "...")]


def _offer(reading: Reading) -> Reading:
    return replace(reading, certainty=LIKELY)


def knowledge_limit(reading: Reading, toks, line, spec, lex):
    """ "not that I know of", "none as far as I know": the answer as far as the person knows;
    offered back. A line that only says so is offered for a Yes, never stored."""
    if not find(toks, "knowledge_limits"):
        return None
    return _offer(reading)


def part_degree(reading: Reading, toks, line, spec, lex):
    """ "partly covered", "no insurance as such", "covered, more or less": a degree on the word
    that decides the answer; offered back."""
    from .matching import find_hits

    if spec.multi or reading.value in _HEDGED:
        return None  # "kinda hedged": already the hedged choice
    hits = [h for h in find_hits(toks, spec, lex) if h.strength == 3 and not h.negated
            and h.choice in (reading.value if isinstance(reading.value, list) else [reading.value])]
    if not hits:
        return None
    before = {end for _, end in find(toks, "part_degrees_before")}
    after = {start for start, _ in find(toks, "part_degrees_after")}
    for h in hits:
        if h.start in before or h.end in after or (h.end < len(toks) and toks[h.end] == "," and h.end + 1 in after):
            return _offer(reading)
    return None


def question_tag(reading: Reading, toks, line, spec, lex):
    """ "medicare covers it right?", "it's covered, isn't it?": a statement the person asks me to
    confirm: a question, never an answer."""
    if not toks or toks[-1] != "?":
        return None
    for start, end in find(toks, "question_tags"):
        before = toks[:start]
        if before[-1:] == [","]:
            before = before[:-1]
        # one statement and its tag ("it's covered, isn't it?"); not an answer then a question
        # ("stick with it for now, I can always ask later right?")
        if end == len(toks) - 1 and len(_core(before)) >= 2 and not any(t in (",", ".", ";", "!", "?") for t in before):
            from .asking import answer_question

            return answer_question(clean(line), toks, spec, lex)
    return None


def depends(reading: Reading, toks, line, spec, lex):
    """ "depends on the test results he said": the answer waits on something still open; offered back."""
    if reading.value in ("not_sure", "unsure", "not_said", lex.state(spec.name).dont_know):
        return None
    if not find(toks, "depends"):
        return None
    return _offer(reading)


def says_it_twice(reading: Reading, toks, line, spec, lex):
    """ "I'll know when I know", "we'll decide when we decide": the same word on both sides of
    "when" says nothing about the answer; asked."""
    from .overlap import root, words as overlap_words

    stop = overlap_words().stop
    for start, end in find(toks, "frame_openers"):
        said = {root(t) for t in toks[:start] if t.isalpha() and len(t) >= 3 and t not in stop}
        again = {root(t) for t in toks[end:] if t.isalpha() and len(t) >= 3 and t not in stop}
        if said & again and len(_core(toks)) <= 10:
            return Reading(UNCLEAR, None, unclear=clean(line))
    return None


def said_as_question(reading: Reading, toks, line, spec, lex):
    """ "I think so?", "they said partly covered??": a short answer said with a question mark is a
    guess; offered back (a pick said with the mark, "the first one?", is taken as people mean it)."""
    if not toks or toks[-1] != "?" or len(_core(toks)) > 8 or spec.ask != "choice":
        return None
    if reading.value in ("not_sure", "unsure", "not_said", lex.state(spec.name).dont_know):
        return None  # "maybe after Christmas?": already the doubt
    if any(t[:1].isdigit() or t in lex.ordinals or t in lex.numbers for t in toks):
        return None  # "3?", "uh the 2nd?": a place in the list, as shown
    return _offer(reading)




def yes_then_words(reading: Reading, toks, line, spec, lex):
    """ "Yes, we informed his oncologist last week": a bare yes or no first, then another choice in
    its own words; the words say which yes (or no) is meant, as "no, I don't have insurance" does."""
    from .matching import find_hits

    bare = {w[0] for w in lex.yes + lex.no if len(w) == 1}
    if spec.multi or len(toks) < 4 or toks[0] not in bare or toks[1] not in (",", ".", "!", "-"):
        return None
    others = {h.choice for h in find_hits(toks, spec, lex) if h.start >= 2 and h.strength == 3 and not h.negated
              and not (h.end - h.start == 1 and toks[h.start] in bare)}
    paired = {c for ids in lex.state(spec.name).yes_no.values() for c in ids} | {"yes", "no", "not_sure"}  # the question's own yes, no and not sure
    if len(others) != 1 or reading.value in others or others & paired:
        return None
    return Reading(SURE, next(iter(others)), note=reading.note)


@cache
def _having_states() -> dict:
    from .. import yaml_cache

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml).get("having_states") or {}


def having_not_checking(reading: Reading, toks, line, spec, lex):
    """ "we have good insurance" at "Have you checked your insurance?": having a plan is not having
    checked it; the choice that needs the check is asked about, never offered."""
    needs = _having_states().get(spec.name)
    if not needs or reading.value != needs or not find(toks, "having_words") or find(toks, "checking_words"):
        return None
    if any(t in ("not", "no", "dont", "havent", "didnt", "never") for t in toks):
        return None  # "we have Medicaid, I did not call yet": said, and read by the rules before
    return Reading(UNCLEAR, None, unclear=clean(line), message="Good that you have insurance. Have you checked that it covers a second opinion?")


def or_another_place(reading: Reading, toks, line, spec, lex):
    """ "the last one? or the first", "2, or maybe 3": a second place in the list after "or", at a
    pick-one question: asked between the two."""
    if spec.multi or "or" not in toks:
        return None
    ids = [c.id for c in spec.choices]
    for k, t in enumerate(toks):
        if t != "or":
            continue
        rest = [w for w in toks[k + 1 : k + 4] if w not in ("the", "maybe", "perhaps", "possibly", "even", "just", "number", "option", "choice")]
        place = rest[0] if rest else ""
        n = lex.ordinals.get(place) or (int(place) if place.isdecimal() else 0) or (len(ids) if place in lex.last_words else 0)
        if rest[1:2] and rest[1] not in ("one", "option", "choice", "?", ",", ".", "!"):
            continue  # "or the first doctor": not a place in the list
        if 1 <= n <= len(ids) and ids[n - 1] != reading.value:
            return Reading(UNCLEAR, None, unclear=clean(line), options=(reading.value, ids[n - 1]))
    return None


def count_against(reading: Reading, toks, line, spec, lex):
    """ "3 different doctors including the first one" read as "only the first": at a question that
    counts doctors, a count said in the line that names another choice; asked between the two."""
    table = lex.state(spec.name).count
    if spec.multi or not table:
        return None
    from .counting import count_doctors

    counted = count_doctors(toks, lex)
    if counted is None or counted[0] < 1:
        return None
    cid = table.get(min(counted[0], max(table)))
    if cid is None or cid == reading.value:
        return None
    return Reading(UNCLEAR, None, unclear=clean(line), options=(reading.value, cid))


def not_knowing_first(reading: Reading, toks, line, spec, lex):
    """ "don't remember, there were so many doctors": not knowing said first, then a reason that
    names a choice; the choice is offered back, never stored (the person said they do not know)."""
    if spec.multi or reading.value in _HEDGED or reading.value == lex.state(spec.name).dont_know:
        return None  # (at the how-sure lists "not sure" is a no to "I feel sure")
    cut = next((k for k, t in enumerate(toks) if t in (",", ".", ";", "-", "!")), None)
    if not cut or cut > 6:
        return None
    head = _contracted(toks[:cut])  # "I do not know, ...": "i dont know"
    if {"exactly", "precisely"} & set(head):
        return None  # "dont remember exactly, 3 or 4": the band is known, only not the number (rounds 4 and 5)
    said = [p for p in lex.not_sure if len(p) >= 2 and has_phrase(list(head), p)]  # "I do not know exactly": a word or two around it
    if not any(head == p or len(head) - len(p) <= 2 and (head[-len(p):] == p or head[: len(p)] == p or head[1 : len(p) + 1] == p) for p in said):
        return None  # (one-word doubts, "maybe", "possibly", lean rather than not know)
    return _offer(reading)


_CONTRACTED = {("do", "not"): "dont", ("does", "not"): "doesnt", ("did", "not"): "didnt", ("can", "not"): "cant", ("cannot",): "cant",
               ("am", "not"): "not", ("have", "no"): "no"}


def _contracted(words: list[str]) -> tuple[str, ...]:
    out, k = [], 0
    while k < len(words):
        pair = next((p for p in _CONTRACTED if tuple(words[k : k + len(p)]) == p), None)
        out.append(_CONTRACTED[pair] if pair else words[k])
        k += len(pair) if pair else 1
    return tuple(out)


_ALL = ("all", "everything", "every", "each")
_EXCEPT = ("but", "except", "apart", "besides", "minus", "without", "not")


def all_but_an_end(reading: Reading, toks, line, spec, lex):
    """ "everything but the last one" where the list ends with "None" or "Not sure": the last real
    choice, or the "Not sure" line itself? asked."""
    if not spec.multi or not any(t in _ALL for t in toks) or not any(t in _EXCEPT for t in toks):
        return None
    if not any(t in lex.last_words for t in toks):
        return None
    ids = [c.id for c in spec.choices]
    real = [c for c in ids if c not in (spec.none_choice, "not_sure", "unsure", "not_said")]
    at = next(k for k, t in enumerate(toks) if t in lex.last_words)
    n = next((lex.numbers.get(t) or int(t) for t in toks[at + 1 : at + 2] if t in lex.numbers or t.isdecimal()), 1)
    if not 1 <= n < len(ids) or all(c in real for c in ids[:-n]):
        return None  # "all but the last" where the last is "None of these": every real choice, as rounds 7-12 mark it
    label = lambda cid: next(c.label for c in spec.choices if c.id == cid)  # noqa: E731
    return Reading(UNCLEAR, None, unclear=clean(line),
                   message=f'By "the last", did you mean "{label(real[-1])}", or "{label(ids[-1])}"?')


def _sentence(toks: list[str], at: int) -> tuple[int, int]:
    start = max([k + 1 for k in range(at) if toks[k] in (".", ";", "!", "?")] + [0])
    end = min([k for k in range(at, len(toks)) if toks[k] in (".", ";", "!", "?")] + [len(toks)])
    return start, end


def not_mentioned(reading: Reading, toks, line, spec, lex):
    """ "the plan. and one said it was early stage, the other didnt mention it": a pick said only in
    a sentence where one doctor did not mention it is asked about; the other picks kept."""
    if not spec.multi:
        return None
    found = find(toks, "not_mentioned")
    if not found:
        return None
    from .matching import find_hits

    start, end = _sentence(toks, found[0][0])
    hits = [h for h in find_hits(toks, spec, lex) if not h.negated]
    inside = {h.choice for h in hits if start <= h.start < end} - {h.choice for h in hits if not start <= h.start < end}
    doubted = [c for c in reading.value if c in inside]
    if not doubted:
        return None
    kept = [c for c in reading.value if c not in doubted]
    part = " ".join(toks[start:end]).removeprefix("and ").strip().replace(" ,", ",")
    return Reading(UNCLEAR, kept or None, unclear=part)


def doubted_yes(reading: Reading, toks, line, spec, lex):
    """ "I think so? he went to the clinic but I wasn't there": a yes said as a guess, with a
    question mark, then doubted after "but": "Not sure" offered."""
    unsure = next((c.id for c in spec.choices if c.id in ("not_sure", "unsure")), None)
    if spec.multi or not unsure or reading.value == unsure or "?" not in toks or "but" not in toks:
        return None
    mark = toks.index("?")
    if not any(tuple(toks[:mark]) == p or tuple(toks[:mark])[-len(p):] == p for p in words()["soft_yes"]):
        return None
    after = toks[toks.index("but") + 1 :]
    if not any(t in ("not", "wasnt", "werent", "dont", "didnt", "never", "cant", "no", "isnt", "havent") or t.endswith("nt") for t in after):
        return None
    return Reading(LIKELY, unsure, note=reading.note)


def none_beside_knowing(reading: Reading, toks, line, spec, lex):
    """ "I know I want what's best for her but I don't know what I'm doing": "None" read from the
    doubt, and a plain "I know ..." on the other side of "but"; asked."""
    if not spec.multi or reading.value != [spec.none_choice] or "but" not in toks:
        return None
    cut = toks.index("but")
    said = [start for start, _ in find(toks, "knowing") if start < cut and (start == 0 or toks[start - 1] not in ("dont", "not", "didnt"))]
    if not said:
        return None
    return Reading(UNCLEAR, None, unclear=clean(line))


def positive_of_a_negative(reading: Reading, toks, line, spec, lex):
    """ "I'm insured through work" read as "I do not have insurance" (a name of it is "not insured"):
    the words said are the positive of a negative name, with no "not" in the line; asked."""
    from .matching import find_hits

    if spec.multi or any(t in _NOT or t.endswith("nt") for t in toks):
        return None
    choice = next((c for c in spec.choices if c.id == reading.value), None)
    if choice is None:
        return None
    names = {" ".join(tokens(n)) for n in (choice.label, *choice.synonyms)} | {" ".join(p) for p in lex.state(spec.name).choices.get(choice.id, ())}
    for h in find_hits(toks, spec, lex):
        said = " ".join(toks[h.start : h.end])
        if h.choice == choice.id and said not in names and any(f"{n} {said}" in names or f"{n}{said}" in names for n in ("not", "no", "un", "non")):
            return Reading(UNCLEAR, None, unclear=clean(line))
    return None


_NOT = frozenset({"no", "not", "never", "none", "without", "nothing", "nobody", "lost", "lack", "lacking", "cant", "cannot"})


ORDER = (having_not_checking, positive_of_a_negative, not_mentioned, doubted_yes, none_beside_knowing, all_but_an_end, not_knowing_first, count_against, count_against, or_another_place, question_tag, says_it_twice, knowledge_limit, part_degree, depends, said_as_question)


def unsure_about_a_pick(reading: Reading, toks, line, spec, lex):
    """ "the biopsy report and maybe notes? not sure about notes": "not sure about" a choice named
    doubts that choice; it is not the "Not sure" line. The other picks kept, the doubt asked."""
    unsure = next((c.id for c in spec.choices if c.id in ("not_sure", "unsure")), None)
    if not spec.multi or not unsure or unsure not in (reading.value or []):
        return None
    from .matching import find_hits

    for k in range(len(toks) - 2):
        if toks[k : k + 2] == ["not", "sure"] and toks[k + 2] in ("about", "of", "on", "re", "regarding", "with"):
            named = {h.choice for h in find_hits(toks, spec, lex) if h.start > k + 2} - {unsure}  # (negated by the "not sure" itself)
            if named:
                kept = [c for c in reading.value if c != unsure and c not in named]
                doubted = {h.choice for h in find_hits(toks, spec, lex) if h.start < k} & named
                kept = [c for c in kept if c not in doubted]
                part = clean(line)
                if kept:  # "scans and labs. not sure about the biopsy": only the doubted clause quoted (helper u19b)
                    from .doubted_part import doubted_part

                    part = doubted_part(line, toks, [(k, k + 3)] + [(h.start, h.end) for h in find_hits(toks, spec, lex)
                                                                    if h.choice in named | doubted])
                return Reading(UNCLEAR, kept or None, unclear=part)
    return None


def doubts(reading: Reading, line: str, spec: StateSpec, lex: Lexicon) -> Reading:
    """The reading, or a less sure one where a careful listener would doubt it."""
    if reading.certainty == UNCLEAR and spec.multi and isinstance(reading.value, list):
        return unsure_about_a_pick(reading, tokens(clean(line)), line, spec, lex) or reading
    if reading.certainty == LIKELY and spec.ask == "choice" and not spec.name.startswith(_URGENT) and not spec.urgent:
        reading = yes_then_words(reading, tokens(clean(line)), line, spec, lex) or reading
        if reading.certainty == LIKELY:  # an offer, too, is only made of what was said
            toks = tokens(clean(line))
            return having_not_checking(reading, toks, line, spec, lex) or doubted_yes(reading, toks, line, spec, lex) or reading
    if spec.ask not in ("choice", "multi") or reading.certainty != SURE or reading.value is None or reading.asked:
        return reading
    if spec.name.startswith(_URGENT) or spec.urgent:
        return reading
    toks = tokens(clean(line))
    if not toks or _core(toks) and all(t.isdigit() for t in _core(toks)):
        return reading  # "2", "1 3": the choices as shown
    for check in ORDER:
        found = check(reading, toks, line, spec, lex)
        if found is not None:
            return found
    return reading
