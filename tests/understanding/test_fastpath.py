"""The fast path for choice numbers ("2", "1, 3") and a bare "all"/"none" gives the very reading the full path gives, at
every question of the flow, for every number and pair of numbers; and it steps aside for
anything else (words, an age, something kept from an earlier answer)."""

from __future__ import annotations

import datetime
import itertools

import pytest

from assistant.flow import default_flow
from assistant.understanding import fastpath
from assistant.understanding.lexicon import default_lexicon
from assistant.understanding.read import read

TODAY = datetime.date(2026, 12, 2)
CHOICE_STATES = [s for s in default_flow().states.values() if s.ask in ("choice", "multi")]


def _lines(count: int) -> list[str]:
    lines = [str(n) for n in range(0, count + 2)] + [f" {count} ", "01", "1 ", ""]
    for a, b in itertools.product(range(1, count + 1), repeat=2):
        lines += [f"{a}, {b}", f"{a},{b}"]
    lines += [", ".join(str(n) for n in range(1, count + 1)), "1, 2, 3", "1,,2", "1 2", ",1", "1,"]
    lines += ["all", "none", "All", " NONE ", "all.", "none of it", "all 3", "al"]
    return lines


def _full(line, spec, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(fastpath, "numbers_only", lambda *args: None)
        return read(line, spec, lexicon=default_lexicon(), today=TODAY)


@pytest.mark.parametrize("spec", CHOICE_STATES, ids=lambda s: s.name)
def test_every_number_line_reads_as_the_full_path_reads_it(spec, monkeypatch):
    lex, taken = default_lexicon(), 0
    for line in _lines(len(spec.choices)):
        fast = fastpath.numbers_only(line, spec, lex)
        if fast is not None:
            taken += 1
            assert fast == _full(line, spec, monkeypatch), (spec.name, line)
            assert read(line, spec, lexicon=lex, today=TODAY) == fast  # and read() takes it
    if spec.name != fastpath.AGE_STATE and spec.min_picks <= 1:
        assert taken, f"{spec.name}: no number line took the fast path"


def test_it_steps_aside_for_words_ages_and_other_questions():
    flow, lex = default_flow(), default_lexicon()
    welcome = flow.state("welcome")
    assert fastpath.numbers_only("1", welcome, lex) is not None
    for line in ("one", "1 please", "1.", "#1", "1 3", "1, 1", "9", "0", "-1", "1st"):
        assert fastpath.numbers_only(line, welcome, lex) is None, line
    assert fastpath.numbers_only("4", flow.state(fastpath.AGE_STATE), lex) is None  # "4": maybe 4 years old
    assert fastpath.numbers_only("all", welcome, lex) is None  # "all" only at a pick-any question
    free = [s for s in flow.states.values() if s.ask in ("free", "order", "info")]
    assert free and all(fastpath.numbers_only("1", s, lex) is None for s in free)


def test_a_number_after_a_partly_understood_answer_is_read_in_full(monkeypatch):
    spec = next(s for s in CHOICE_STATES if s.multi and s.none_choice)
    calls = []
    monkeypatch.setattr(fastpath, "numbers_only", lambda *args: calls.append(args))
    read("2", spec, lexicon=default_lexicon(), today=TODAY, keep=(spec.choices[0].id,))
    assert calls == []


@pytest.mark.parametrize("spec", list(default_flow().states.values()), ids=lambda s: s.name)
def test_a_blank_line_reads_as_the_full_path_reads_it(spec, monkeypatch):
    """Enter alone is read once (fastpath.blank): the very reading the whole path gives, at every
    question, with an order question's list too."""
    items = ["What are my options?", "What happens if I wait?"] if spec.ask == "order" else None
    for line in ("", " ", "   ", "\t", "\n", " \r\n"):
        taken = read(line, spec, lexicon=default_lexicon(), today=TODAY, items=items, item_ids=[None, None] if items else None)
        with monkeypatch.context() as patch:
            patch.setattr(fastpath, "blank", lambda line: False)
            full = read(line, spec, lexicon=default_lexicon(), today=TODAY, items=items, item_ids=[None, None] if items else None)
        assert taken == full, (spec.name, line)
    assert fastpath.blank("") and fastpath.blank(" \t") and not fastpath.blank(" 1 ") and not fastpath.blank(".")
