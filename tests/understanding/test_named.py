"""The fast path for a line that is exactly a choice's label or listed name ("understand", "will
ask") gives the very reading the full path gives: at every question of the flow, for every label
and listed name in several casings and spacings, and for every answer of the rounds in tests/data
at its question. And it steps aside for marks, urgent questions, names the lexicon gives a meaning
of their own, and anything kept from an earlier answer."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from assistant.flow import default_flow
from assistant.understanding import named
from assistant.understanding.lexicon import default_lexicon
from assistant.understanding.read import read

TODAY = datetime.date(2026, 12, 2)
FLOW = default_flow()
CHOICE_STATES = [s for s in FLOW.states.values() if s.ask in ("choice", "multi")]
DATA = Path(__file__).resolve().parents[1] / "data"


def _full(line, spec, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(named, "exact_name", lambda *args: None)
        return read(line, spec, lexicon=default_lexicon(), today=TODAY)


def _variants(name: str) -> list[str]:
    return [name, name.lower(), name.upper(), name.capitalize(), name.title(), f"  {name} ", name.replace(" ", "  "),
            f"{name}.", f"{name}?", f"{name}!", f"{name} please", f"not {name}", f"{name} 2"]


@pytest.mark.parametrize("spec", CHOICE_STATES, ids=lambda s: s.name)
def test_every_name_reads_as_the_full_path_reads_it(spec, monkeypatch):
    lex = default_lexicon()
    for choice in spec.choices:
        for name in (choice.label, *choice.synonyms):
            for line in _variants(name):
                fast = named.exact_name(line, spec, lex)
                if fast is not None:
                    assert fast == _full(line, spec, monkeypatch), (spec.name, line)
                    assert read(line, spec, lexicon=lex, today=TODAY) == fast  # and read() takes it


def test_every_round_answer_reads_as_the_full_path_reads_it(monkeypatch):
    lex, taken = default_lexicon(), 0
    for path in sorted(DATA.glob("understanding_round*.jsonl")):
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            spec = FLOW.states.get(row.get("state"))
            if spec is None:
                continue
            fast = named.exact_name(row["answer"], spec, lex)
            if fast is not None:
                taken += 1
                assert fast == _full(row["answer"], spec, monkeypatch), (path.name, row["id"])
    assert taken >= 20  # the rounds hold such answers: the comparison above is not empty


def test_the_commonest_names_take_it():
    lex = default_lexicon()
    for state, line, value in (("decision_sure", "understand", ["understand"]), ("timing_tests", "no", "no"),
                               ("logistics_ask", "Will ask", "will_ask"), ("logistics_ask", "I will ask my doctor", "will_ask")):
        assert named.exact_name(line, FLOW.state(state), lex).value == value, (state, line)


def test_it_steps_aside_for_marks_urgent_questions_and_meant_words():
    lex = default_lexicon()
    sure = FLOW.state("decision_sure")
    for line in ("understand?", "understand.", "understand 2", "understand!", "ünderstand", "", "  ", "1"):
        assert named.exact_name(line, sure, lex) is None, line
    for spec in FLOW.states.values():
        if spec.urgent or spec.ask not in ("choice", "multi"):
            assert all(named.exact_name(n, spec, lex) is None for c in spec.choices for n in (c.label, *c.synonyms)), spec.name
    words = lex.state("welcome")  # "my mom": the person is kept as well (people.py)
    assert words.people and named.exact_name("my mom", FLOW.state("welcome"), lex) is None


def test_a_name_after_a_partly_understood_answer_is_read_in_full(monkeypatch):
    spec = next(s for s in CHOICE_STATES if s.multi and s.none_choice)
    calls = []
    monkeypatch.setattr(named, "exact_name", lambda *args: calls.append(args))
    read(spec.choices[1].synonyms[0] if spec.choices[1].synonyms else spec.choices[1].label, spec,
         lexicon=default_lexicon(), today=TODAY, keep=(spec.choices[0].id,))
    assert calls == []
