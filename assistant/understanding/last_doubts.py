"""General signs of doubt looked for last, over a reading about to be stored (issue 11: never a
silent misread). Each is about how the line is said, not which words it names:

- a pick said on a condition ("7 if it turns out to be X", "covered if they approve it"): the
  condition is asked about; the picks said plainly are kept;
- "none" read from a negation or a doubt while the line also names a choice ("kind of the fourth
  one but not really", "maybe the list? not sure"): which is meant is asked;
- a pick taken back at the end ("the first, but not really", "2 though not quite"): asked;
- a choice number with something said of it ("4 is still partial"): that part asked;
- an answer heard from someone, the teller then doubted ("grandpa says ... but he doesn't understand
  English well"): asked;
- at "Do you know when you will decide?", a point that is someone's say-so or a feeling ("when the
  wife says so", "when we feel ready"): asked;
- at a pick-any question, a choice only talked about ("they mentioned a clinical trial drug"): asked;
- a question about the thing just named ("the notes, how do I get them?"): a reply, never a pick.

Each makes the reading less sure; none adds a pick. Never at the red-flag and urgent questions,
which the safety screen reads. Words are data: dialogues/last_doubts.yaml.
"""

from __future__ import annotations


from .asking import has_phrase
from .lexicon import Lexicon
from .phrase_files import phrases
from .reading import SURE, UNCLEAR, Reading
from .text import clean, parts_between, tokens

FILE = "last_doubts.yaml"


def words() -> dict:
    return phrases(FILE)


_BREAKS = frozenset({".", ";", "!", "?", ",", "-", ":", "but", "and", "though", "although", "&"})
_STOPS = frozenset({".", ";", "!", "?"})


def last_doubts(reading: Reading, line: str, spec, lex: Lexicon, read_part) -> Reading:
    """The reading, or a less sure one. `read_part(text)` reads a part of the line alone."""
    if reading.certainty != SURE or spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")):
        return reading
    if reading.value is None or reading.asked or reading.dont_know:
        return reading
    toks = tokens(clean(line))
    for check in (_asked_about_a_pick, _on_condition, _none_beside_a_choice, _taken_back, _number_said_of, _report_doubted, _point_not_set,
                  _only_mentioned):
        found = check(reading, toks, spec, lex, read_part, clean(line))
        if found is not None:
            return found
    return reading


def _parts(toks: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the parts of the line, cut at marks and joining words."""
    return parts_between(toks, _BREAKS)


def _condition_at(part: list[str], inside: set[int], base: int) -> int | None:
    """Where a condition begins in a part ("... if ...", "unless ..."), unless it is one that leaves
    the answer as it is ("if I had to pick", "if that helps", "even if"), "if" said for "whether"
    ("not sure if", "decide if"), or the "if" is a choice's own words ("what happens if we wait")."""
    for k in range(len(part)):
        for c in words()["conditions"]:
            if tuple(part[k : k + len(c)]) != c or base + k in inside:
                continue
            before = part[k - 1] if k else ""
            if before in _NOT_CONDITION_BEFORE or (c == ("if",) and "or" in part[k:]):  # "if operate or not": whether
                continue
            rest = part[k:]
            if any(tuple(rest[: len(p)]) == p for p in words()["not_conditions"]):
                continue
            if any(tuple(rest[-len(p) :]) == p for p in words()["not_condition_ends"]):
                continue  # "an advocate if the hospital has one": wanted, wherever there is one
            return k
    return None


# "not sure if", "I don't know if", "decide if", "as if", "even if": no condition on the answer.
_NOT_CONDITION_BEFORE = frozenset("know knows knew sure unsure certain remember recall tell ask asking asked decide decides deciding see "
                                  "wonder wondering check checking idea clue whether even as what only matter".split())


_WH = frozenset("what whats how hows where wheres why who whos which".split())
_AUX = frozenset("is are s do does did can could should would will".split())
_BACK = frozenset("them it that those this these one ones".split())
_FILLERS = frozenset("uh um umm hmm so ok okay oh well and but sorry wait".split())


def _asked_about_a_pick(reading, toks, spec, lex, read_part, text):
    """ "the doctor's notes, how do I get them?", "patient advocate, what is?": a question about the
    thing just named; "whats the difference between a biopsy and pathology": a question that names
    choices. A question is never an answer."""
    from .asking import answer_question

    core = list(toks)
    while core and core[0] in _FILLERS:
        core = core[1:]
    if "?" in toks:
        end = len(toks) - 1 - toks[::-1].index("?")
        start = max((i for i in range(end) if toks[i] in (",", ".", ";", "!", "-", ":")), default=-1) + 1
        part = [t for t in toks[start:end] if t not in _FILLERS]
        if start > 0 and len(part) >= 2 and part[0] in _WH and (_BACK & set(part[1:]) or len(part) == 2 and part[1] in _AUX):
            return answer_question(text, toks, spec, lex)
        return None
    if len(core) >= 4 and core[0] in _WH and (core[1] in _AUX or core[0].endswith("s")) and has_phrase(core, ("difference", "between")):
        return answer_question(text, toks, spec, lex)  # "whats the difference between X and Y", without its "?"
    return None


def _on_condition(reading, toks, spec, lex, read_part, text):
    """ "1, 3 - and 7 if it turns out to be triple negative": 7 hangs on a result not known yet.
    Only a pick said before the condition in its part, or in the part after a condition the line
    opens with ("if it is cancer, surgery"), and not said plainly elsewhere in the line. A condition
    set off after a comma is left alone: there it is mostly a remark ("nothing planned, unless they
    change their mind", "four, if you count my GP")."""
    if not any(t in ("if", "unless", "once", "only") for t in toks):
        return None
    from .matching import find_hits

    value = reading.value if isinstance(reading.value, list) else [reading.value]
    inside = {i for h in find_hits(toks, spec, lex) for i in range(h.start, h.end)}
    parts = _parts(toks)
    held: dict[str, str] = {}
    conditional: dict[int, tuple[list[str], str]] = {}  # part -> (the words that hold the pick, the words said)
    for n, (s, e) in enumerate(parts):
        k = _condition_at(toks[s:e], inside, s)
        if k is None:
            continue
        if k > 0:
            conditional[n] = (toks[s : s + k], " ".join(toks[s:e]))
        elif (s == 0 or toks[s - 1] in _STOPS) and n + 1 < len(parts) and toks[parts[n + 1][0] - 1] == ",":
            a, b = parts[n + 1]  # "if it is cancer, surgery": the part after the condition
            conditional[n + 1] = (toks[a:b], " ".join(toks[s:b]))
    if not conditional:
        return None
    plain: set[str] = set()
    for n, (s, e) in enumerate(parts):
        if n in conditional:
            region, said = conditional[n]
            for p in _picks(read_part, region, value, spec):
                held.setdefault(p, said)
        elif _condition_at(toks[s:e], inside, s) is None:
            plain |= set(_picks(read_part, toks[s:e], value, spec))
    held = {p: t for p, t in held.items() if p not in plain}
    if not held:
        return None
    kept = [c for c in value if c not in held]
    said = "; ".join(dict.fromkeys(held.values()))
    if spec.multi and kept:
        return Reading(UNCLEAR, kept, unclear=said, note=reading.note, date=reading.date, date_text=reading.date_text, who=reading.who)
    return Reading(UNCLEAR, unclear=text, message=f'"{text}" depends on something not known yet. What is the answer for now?')


def _picks(read_part, region: list[str], value: list, spec) -> list[str]:
    if not [t for t in region if t.isalnum()]:
        return []
    got = read_part(" ".join(region))
    picks = got.value if isinstance(got.value, list) else [got.value] if got.value is not None else []
    return [p for p in picks if p in value and p != spec.none_choice]


def _none_beside_a_choice(reading, toks, spec, lex, read_part, text):
    """ "kind of the fourth one but not really": "none" read from the taking back, and the line
    names a choice; which was meant is asked, never "None" stored."""
    if not spec.multi or reading.value != [spec.none_choice]:
        return None
    if any(has_phrase(toks, p) for p in words()["plain_none"]):
        return None  # "none of these, the insurance is fine": "none" said as an answer
    from .matching import find_hits

    named = [h for h in find_hits(toks, spec, lex) if h.choice != spec.none_choice and not h.negated]
    places = _named_places(toks, lex, len(spec.choices))
    if not named and not places:
        return None
    return Reading(UNCLEAR, unclear=text,
                   message="You named a choice and also said no to it. Which did you mean? Type its number, or 'none'.")


def _taken_back(reading, toks, spec, lex, read_part, text):
    """ "the first, but not really", "2 though not quite": a pick said, then taken back at the end."""
    core = [t for t in toks if t not in (".", "!", "?") and (t,) not in words()["tail_fillers"]]
    cut = max((i for i, t in enumerate(core) if t in ("but", "though", "tho", "although")), default=None)
    if cut is None or cut == 0:
        return None
    tail = tuple(t for t in core[cut + 1 :] if t.isalnum())
    if tail not in words()["taken_back"] or not [t for t in core[:cut] if t.isalnum()]:
        return None
    if read_part(" ".join(tail)).value == reading.value:
        return None  # "fairly sure but not completely", "3, but not sure": the pick is what the end says
    return Reading(UNCLEAR, unclear=text, message=f'"{text}" seems to say it and take it back. Which did you mean?')


def _number_said_of(reading, toks, spec, lex, read_part, text):
    """ "2 and 3. 4 is still partial.": a choice number with something said of it is no plain pick;
    that part is asked about, the plain picks kept ("4 is true", "4 also" are picks)."""
    if not spec.multi or not isinstance(reading.value, list):
        return None
    held: dict[str, str] = {}
    for s, e in _parts_at_stops(toks):
        part = toks[s:e]
        if len(part) < 3 or not part[0].isdecimal() or not 1 <= int(part[0]) <= len(spec.choices) or part[1] not in _SAID_OF:
            continue
        rest = tuple(t for t in part[1:] if t not in ("is", "are", "s", "was"))
        if any(rest[: len(p)] == p for p in words()["said_yes"]):
            continue
        choice = spec.choices[int(part[0]) - 1].id
        if choice in reading.value:
            held.setdefault(choice, " ".join(part))
    if not held:
        return None
    kept = [c for c in reading.value if c not in held]
    return Reading(UNCLEAR, kept or None, unclear="; ".join(held.values()))


_SAID_OF = frozenset("is are s was isnt arent wasnt still not maybe partly partially kinda sorta half somewhat".split())


def _parts_at_stops(toks: list[str]) -> list[tuple[int, int]]:
    return parts_between(toks, _STOPS | {",", ";"})


def _report_doubted(reading, toks, spec, lex, read_part, text):
    """ "grandpa says he seemed confident but grandpa doesnt understand english that well": an answer
    heard from someone, then the one who told it doubted after "but". Offered back, never stored."""
    if spec.multi or "but" not in toks or not isinstance(reading.value, str):
        return None
    from .caution import _has

    b = toks.index("but")
    before, after = toks[:b], toks[b + 1 :]
    if not _has(before, "reported") or toks[:1] in (["i"], ["im"], ["we"]) or len([t for t in after if t.isalnum()]) < 3:
        return None
    if not any(has_phrase(after, p) for p in words()["source_doubted"]):
        return None
    return Reading(UNCLEAR, unclear=text, message=f'"{text}": is that what you were told, or are you unsure of it? Pick the closest.')


def _point_not_set(reading, toks, spec, lex, read_part, text):
    """ "when the wife says so", "when we feel ready", "when God gives us peace": at a question whether
    a point to decide is known, a point that is someone's say-so or a feeling is none yet. Asked."""
    if spec.multi or reading.value != lex.state(spec.name).time_means or "when" not in toks and "once" not in toks:
        return None
    if any(t[:1].isdigit() or t in lex.months or t in lex.weekdays for t in toks):
        return None  # a date said: a point known
    if not any(has_phrase(toks, p) for p in words()["points_not_set"]):
        return None
    return Reading(UNCLEAR, unclear=text, message="Is there a point when you will decide, like a test result or a date?")


def _only_mentioned(reading, toks, spec, lex, read_part, text):
    """ "they mentioned a clinical trial drug": at a pick-any question, a choice only talked about
    ("mentioned", "brought up", "floated") is not yet so; that part is asked, the rest kept."""
    if not spec.multi or not isinstance(reading.value, list):
        return None
    from .matching import find_hits

    cues = [k + len(p) for p in words()["only_mentioned"] for k in range(len(toks)) if tuple(toks[k : k + len(p)]) == p]
    if not cues:
        return None
    held = {}
    for h in find_hits(toks, spec, lex):
        if h.negated or h.choice not in reading.value or h.choice == spec.none_choice:
            continue
        if any(0 <= h.start - c <= 4 and not {",", ".", ";", "and", "but"} & set(toks[c : h.start]) for c in cues):
            held.setdefault(h.choice, " ".join(toks[max(0, min(cues) - 2) : h.end]))
        elif any(_mentioned_after(toks, h, c) for c in cues):  # "something about a list they mentioned": the thing, then who mentioned it
            start = max([k + 1 for k in range(h.start) if toks[k] in (",", ".", ";", "and", "but")] + [0])
            held.setdefault(h.choice, " ".join(toks[start : max(c for c in cues if c > h.end)]))
    plain = {h.choice for h in find_hits(toks, spec, lex) if not h.negated and h.choice not in held} & set(reading.value)
    # "THEY MENTIONED A TRIAL DRUG WITH THE RADIATION. SO 5.": the choice's own number typed too: picked, not only talked about (11b13)
    ids = [c.id for c in spec.choices]
    plain |= {ids[int(t) - 1] for k, t in enumerate(toks) if t.isdigit() and 1 <= int(t) <= len(ids)
              and (k == 0 or toks[k - 1] not in ("the", "a", "in", "at", "for", "of", "over", "about"))} & set(reading.value)
    held = {c: t for c, t in held.items() if c not in plain}
    if not held:
        return None
    kept = [c for c in reading.value if c not in held]
    return Reading(UNCLEAR, kept or None, unclear="; ".join(held.values()),
                   message="" if kept else f'"{text}": is that the plan, or was it only talked about?')


_MENTIONERS = frozenset("they he she doctor doctors surgeon nurse someone somebody".split())


def _mentioned_after(toks: list[str], hit, cue_end: int) -> bool:
    """ "a list they mentioned", "the trial the doctor brought up": the cue right after the thing,
    with who mentioned it between (the cue's end is `cue_end`)."""
    between = toks[hit.end : cue_end]
    return 2 <= len(between) <= 5 and bool(_MENTIONERS & set(between[:3])) and not {",", ".", ";", "and", "but"} & set(between)


def _named_places(toks: list[str], lex: Lexicon, count: int) -> list[int]:
    """ "the fourth one", "kind of the second": a place in the list said in words."""
    out = []
    for i, t in enumerate(toks):
        if t not in lex.ordinals or t == "top" or not 1 <= int(lex.ordinals[t]) <= count:
            continue
        nxt = toks[i + 1 : i + 2]
        if nxt in (["one"], ["choice"], ["option"], ["box"]) or (toks[i - 1 : i] == ["the"] and nxt in ([], [","], ["."], ["but"], ["though"], ["?"])):
            out.append(i)
    return out
