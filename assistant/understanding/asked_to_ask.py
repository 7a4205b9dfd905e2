"""Answers a person would want to be asked about, not stored silently (helper u16a, issue 11). Looked for by
wrongly_sure.py over a sure reading about to be stored, after the checks of rounds 21 to 28. Each is a shape of
why a careful listener would ask back, never one line's words (words are data: dialogues/asked_to_ask.yaml):

- a condition said as the answer ("depends on side effects", "depends how long im off the bike"): the choice is
  not made yet, so "Not sure" (or any pick) is not stored silently; the person is asked what they would pick now.
  When the line also says plainly it is not known ("not sure, depends on the biopsy"), "Not sure" stands;
- a bare "all" at a question whose point is to choose a few (what the specialist should focus on): asked which
  matter most;
- at the first question, who it is for and "I already have a second opinion" both said in clauses joined by a
  turn of the line ("I'm the patient, although I've already seen two specialists"): which path is asked;
- a count said with a second, hedged count that is another choice ("two, possibly three", "a couple or three"):
  asked.

Each makes the reading less sure; none adds a pick. Never at the red-flag and urgent questions (the caller checks); the fast path leaves a bare "all" at such a question to the full reading
(fastpath.py).
"""

from __future__ import annotations

from .phrase_files import PhraseFile, spans
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "asked_to_ask.yaml"
_FILE = PhraseFile(FILE)
_phrases = _FILE.phrases
_PUNCT = frozenset(".,;:!?-—'\"()")


def _ask(text: str, message: str) -> Reading:
    return Reading(UNCLEAR, None, unclear=text, message=message)


def _without(part: list[str], words) -> list[str]:
    return [t for t in part if t not in words]


def _alone(read_part, part: list[str], likely: bool = False):
    """The one choice a part of the line names alone, sure (`likely`: or offered back); else None."""
    if not part or not any(t.isalnum() for t in part):
        return None
    got = read_part(" ".join(part))
    if got is None or got.certainty == UNCLEAR or (got.certainty != SURE and not likely) or got.asked or got.dont_know or not isinstance(got.value, str):
        return None
    return got.value


def depends_said(reading, toks, text, spec, lex, read_part, is_answer):
    """ "depends on side effects": a condition, not a choice made; asked unless "not sure" is said plainly."""
    if spec.multi or not spans(toks, _phrases("depends_words")) or spans(toks, _phrases("plainly_unsure")):
        return None
    return _ask(text, f'You said it depends ("{text}"). If you had to choose today, which answer is closest? '
                      'Or pick "Not sure".')


def focus_all(reading, toks, text, spec, lex, read_part, is_answer):
    """A bare "all" where the question asks what to focus on: no focus given."""
    if not asks_for_focus(spec):
        return None
    said = tuple(t for t in toks if t not in _PUNCT)
    if said not in _phrases("all_alone"):
        return None
    return _ask(text, "All of them, or which matter most? Type the numbers of the few that matter most.")


def role_and_path(reading, toks, text, spec, lex, read_part, is_answer):
    """ "I'm the patient, although I've already seen two specialists": who it is for said first, then the compare path
    after a concessive turn ("but", "although"). Said the other way round ("two opinions already, its for me"), it is
    the compare path for that person (both_paths.py)."""
    roles, paths = _FILE.words("role_choices"), _FILE.words("path_choices")
    ids = {c.id for c in spec.choices}
    if spec.multi or not (roles & ids) or not (paths & ids) or reading.value not in roles | paths:
        return None
    cuts = sorted(spans(toks, _phrases("turns")))
    if not cuts or spans(toks, _phrases("path_wanted")) or any(t.isdecimal() for t in toks):
        return None  # "..., we want to compare the two", "1 and 3? ...": the path is chosen plainly, or by number
    parts, starts, start = [], [], 0
    for s, e in cuts:
        if s >= start:
            parts.append(toks[start:s])
            starts.append(start)
            start = e
    parts.append(toks[start:])
    starts.append(start)
    places = _FILE.words("place_words")
    for p in parts:
        if places & set(p) and len(p) <= 5 and _alone(read_part, p, likely=True) not in (None, _alone(read_part, _without(p, places))):
            return None  # a choice named briefly by its place ("so probably the last one", "3, no wait, ... so 2"): picked plainly
    turn = next((s for s, _ in spans(toks, _phrases("concessive"))), None)
    if turn is None:
        return None  # "two opinions already and they conflict, its for me": the compare path, for whom (both_paths.py)
    before = [p for p, at in zip(parts, starts) if at < turn]
    after = [p for p, at in zip(parts, starts) if at > turn]
    said_roles = {v for v in (_alone(read_part, _without(p, places)) for p in before) if v} & roles  # by words, not by a number
    said_paths = {v for v in (_alone(read_part, p) for p in after) if v} & paths
    if not (said_roles and said_paths):
        return None
    return _ask(text, "Is this about getting a second opinion, or comparing the opinions you already have? "
                      "Pick the one that fits best.")


def hedged_count(reading, toks, text, spec, lex, read_part, is_answer):
    """ "two, possibly three", "a couple or three": two counts that are different choices."""
    if spec.multi:
        return None
    counts = _phrases("count_words")
    for s, e in spans(toks, _phrases("count_hedges")):
        before = [t for t in toks[max(0, s - 3):s] if t != ","]
        after = toks[e:e + 2]
        counts = sorted(counts, key=len, reverse=True)
        left = next((p for p in counts if len(p) <= len(before) and tuple(before[-len(p):]) == p), None)
        right = next((p for p in counts if tuple(after[:len(p)]) == p), None)
        if left is None or right is None:
            continue
        follow = toks[e + len(right):e + len(right) + 1]
        if follow and follow[0].isalpha() and follow[0] not in _FILE.words("count_nouns"):
            continue  # "2 or 3 weeks": a time or other measure, not a count of choices
        said_as = _FILE.data().get("count_said_as", {})
        a = _alone(read_part, [said_as.get(" ".join(left), " ".join(left))])
        b = _alone(read_part, [said_as.get(" ".join(right), " ".join(right))])
        if a and b and a != b and is_answer(a, spec, lex) and is_answer(b, spec, lex):
            return _ask(text, f'"{text}": which is it? Pick the one closest, or "Not sure".')
    return None


def asks_for_focus(spec) -> bool:
    """A pick-any question whose point is to choose a few: the fast path leaves a bare "all" there to the full reading."""
    return spec.multi and spec.name in _FILE.words("focus_states")


CHECKS = (depends_said, focus_all, role_and_path, hedged_count)


def asked_to_ask(reading, line, typed, spec, lex, read_part, is_answer):
    """A re-ask for an answer a person would want to be asked about, or None (the reading stands)."""
    if reading.certainty != SURE or reading.value is None or reading.asked:
        return None
    toks = tokens(clean(typed or line))
    text = (typed or line).strip()
    for check in CHECKS:
        found = check(reading, toks, text, spec, lex, read_part, is_answer)
        if found is not None:
            return found
    return None
