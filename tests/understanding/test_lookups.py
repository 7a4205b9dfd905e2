"""The phrase lookups that replaced scans of the lexicon's lists give the scans' answers.

Reading an answer looks phrases up by their first word (asking.heads) instead of trying every
phrase of a list; each check below is the plain scan it replaced, run on lines made of the
lexicon's own words (where the lookups could go wrong), and the two must agree on every line.
"""

from __future__ import annotations

import random

import pytest

from assistant.understanding import default_lexicon
from assistant.understanding.asking import any_phrase, has_phrase, starts_with, whole
from assistant.understanding.doubts import _ASKED_SUBJECTS, _ASKING_VERBS, leads_unsure, unsure_lead, unsure_whether

_LISTS = ("not_sure", "yes", "no", "all", "finish", "hedges", "between", "asking_starts")
_MARKS = (",", ".", "?", "!", "if", "whether", "what", "how")


def _whole_scan(toks, phrases, lex):
    core = [t for t in toks if t not in ("?", "!", ".", ",")]
    if tuple(core) in phrases:
        return True
    return any(has_phrase(core, p) and all(t in lex.fillers or t in p for t in core) for p in phrases)


def _lead_scan(toks, lex):
    return max((len(p) for p in lex.not_sure if len(p) > 1 and tuple(toks[: len(p)]) == p), default=0)


def _whether_scan(toks, lex):
    for p in lex.not_sure:
        for at in range(0, 3):
            end = at + len(p)
            if tuple(toks[at:end]) == p and end < len(toks):
                if toks[end] in ("if", "whether"):
                    return "if"
                if toks[end] in _ASKING_VERBS and toks[end + 1 : end + 2] and toks[end + 1] in _ASKED_SUBJECTS:
                    return "if"  # "I wouldn't know would it be covered": the question turned round
                if toks[end] in ("what", "how", "which", "who", "when", "where", "why"):
                    return "wh"
    return ""


def _leads_scan(toks, lex):
    skip = (("maybe",), ("possibly",), ("perhaps",), ("could", "be"), ("might", "be"))
    return any(tuple(toks[: len(p)]) == p and len(toks) > len(p) and toks[len(p)] in (",", ".", ";", "-", "!")
               for p in lex.not_sure if p not in skip)


def _lines(lex, count=3000, seed=17):
    """Lines glued from whole phrases of the lists, loose words and marks, in random orders."""
    rng = random.Random(seed)
    phrases = [p for name in _LISTS for p in getattr(lex, name)]
    words = sorted({w for p in phrases for w in p} | set(lex.fillers))
    lines = []
    for _ in range(count):
        toks: list[str] = []
        for _ in range(rng.randint(0, 4)):
            pick = rng.random()
            if pick < 0.5:
                toks += list(rng.choice(phrases))
            elif pick < 0.8:
                toks.append(rng.choice(words))
            else:
                toks.append(rng.choice(_MARKS))
        lines.append(toks)
    return lines


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


@pytest.fixture(scope="module")
def lines(lex):
    return _lines(lex)


@pytest.mark.parametrize("name", _LISTS)
def test_whole_and_any_phrase_agree_with_a_scan_of_the_list(lex, lines, name):
    phrases = getattr(lex, name)
    found = {"whole": 0, "any": 0, "starts": 0}
    for toks in lines:
        assert whole(toks, phrases, lex) == _whole_scan(toks, phrases, lex), (name, toks)
        assert any_phrase(toks, phrases) == any(has_phrase(toks, p) for p in phrases), (name, toks)
        assert starts_with(toks, phrases) == any(tuple(toks[: len(p)]) == p for p in phrases), (name, toks)
        found["whole"] += whole(toks, phrases, lex)
        found["any"] += any_phrase(toks, phrases)
        found["starts"] += starts_with(toks, phrases)
    assert all(0 < n < len(lines) for n in found.values()), found  # both answers are reached


def test_not_sure_openings_agree_with_a_scan_of_the_list(lex, lines):
    seen = {"lead": 0, "if": 0, "wh": 0, "leads": 0}
    for toks in lines:
        lead = unsure_lead(toks, lex)
        assert lead == _lead_scan(toks, lex), toks
        whether = unsure_whether(toks, lex)
        assert whether == _whether_scan(toks, lex), toks
        leads = leads_unsure(toks, lex)
        assert leads == _leads_scan(toks, lex), toks
        seen["lead"] += bool(lead)
        seen["leads"] += leads
        if whether:
            seen[whether] += 1
    assert all(seen.values()), seen  # the lines reach every answer, not only "no"
