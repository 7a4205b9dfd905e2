"""dialogues/lexicon.yaml: loaded and checked like the flow; a broken one fails in one line."""

from __future__ import annotations


import pytest

from assistant.flow import default_flow
from assistant.understanding.lexicon import LexiconError, load_lexicon
from understanding.lexicon_support import broken, folder  # noqa: F401 - folder is a fixture



def test_the_project_lexicon_loads_and_names_only_states_and_choices_of_the_flow(folder):
    lexicon = load_lexicon(folder, flow=default_flow())
    assert "specialist_focus" in lexicon.states and ("mri",) in lexicon.states["specialist_focus"].choices["imaging"]


def test_a_second_load_reads_the_cached_copy_not_the_yaml(folder, monkeypatch):
    load_lexicon(folder)

    def no_yaml(text):
        raise AssertionError("parsed again")

    monkeypatch.setattr("assistant.understanding.lexicon.parse_yaml", no_yaml)
    assert load_lexicon(folder).states


def test_an_unknown_state_is_named(folder):
    assert "state 'no_such_state' is not in the flow" in broken(folder, "\n  decision_when:\n", "\n  no_such_state:\n")


def test_an_unknown_choice_id_is_named(folder):
    assert "choice 'weekz'" in broken(folder, "      weeks: [", "      weekz: [")


def test_a_bare_yes_that_yaml_reads_as_true_is_refused(folder):
    assert "put it in quotes" in broken(folder, '"yes": ["yes", "y",', '"yes": [yes, "y",')


def test_a_phrase_listed_for_two_choices_is_refused(folder):
    assert "listed for both" in broken(folder, "      weeks: [", "      weeks: [within days, ")


def test_broken_yaml_names_the_line(folder):
    assert "not valid YAML at line" in broken(folder, "shared:\n", "shared: [\n")


def test_a_missing_lexicon_is_one_line(tmp_path):
    with pytest.raises(LexiconError, match=r"^lexicon.yaml: not found in "):
        load_lexicon(tmp_path)


def test_a_number_or_boolean_key_is_refused_so_the_cache_keeps_working(folder):
    assert "key 1 is not text" in broken(folder, '    count: {"1": zero,', "    count: {1: zero,")
