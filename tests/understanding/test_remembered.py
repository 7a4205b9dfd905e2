"""What a turn now works out once and remembers (helper p15) gives what working it out again gives.

find_hits is remembered per line, question, lexicon and skipped words, and tokens per line: the same
answer read again gets equal results, each caller its own list (a caller that changes its list must not
change what the next caller gets), and the first-word checks added to two scans give the scans' answers.
"""

from __future__ import annotations

import random

from assistant.flow import default_flow
from assistant.understanding import default_lexicon
from assistant.understanding.matching import find_hits
from assistant.understanding.second_thoughts_words import _find, words
from assistant.understanding.text import tokens
from assistant.understanding.vague_refs import _ENDS, _HEADS, vague_spans

_LINES = ("my surgeon and an oncologist, not the gp", "no", "the second one i think", "not sure, maybe 2 or 3",
          "something about the scan from last week, but the biopsy was fine")


def test_find_hits_remembered_equals_worked_out_and_is_each_callers_own():
    flow, lex = default_flow(), default_lexicon()
    for spec in flow.states.values():
        for line in _LINES:
            toks = tokens(line)
            first = find_hits(toks, spec, lex)
            assert first == find_hits.__wrapped__(toks, spec, lex)
            first.append("changed by a caller")
            assert find_hits(toks, spec, lex) == find_hits.__wrapped__(toks, spec, lex)
            skip = {0}
            assert find_hits(toks, spec, lex, skip) == find_hits.__wrapped__(toks, spec, lex, skip)


def test_tokens_remembered_is_each_callers_own_list():
    toks = tokens("No sé, mamá said 2nd opinion")
    toks.append("x")
    assert tokens("No sé, mamá said 2nd opinion") == ["no", "se", ",", "mama", "said", "2nd", "opinion"]
    long = "word " * 2000  # longer than remembered: still split in full
    assert len(tokens(long)) == len(tokens(long + " "))


def _find_scan(toks, phrases):
    out = []
    for p in phrases:
        out += [(i, i + len(p)) for i in range(len(toks) - len(p) + 1) if tuple(toks[i : i + len(p)]) == p]
    return sorted(out)


def _vague_scan(toks):
    out = set()
    for k in range(len(toks)):
        if any(tuple(toks[k : k + len(h)]) == h for h in _HEADS):
            j = k
            while j < len(toks) and toks[j] not in _ENDS:
                out.add(j)
                j += 1
    return out


def test_first_word_checks_agree_with_the_scans():
    rng = random.Random(15)
    phrases = words()["not_knowing"]
    pool = sorted({w for p in phrases for w in p} | {w for h in _HEADS for w in h} | {",", "but", "the", "scan", "if"})
    for _ in range(400):
        toks = [rng.choice(pool) for _ in range(rng.randint(0, 12))]
        assert _find(toks, phrases) == _find_scan(toks, phrases)
        assert vague_spans(toks) == _vague_scan(toks)
    assert _find(["i", "dont", "know"], phrases) == _find_scan(["i", "dont", "know"], phrases) != []
