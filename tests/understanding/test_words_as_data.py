"""The word lists of echoes.py, contrast.py, coordinated.py and note_repeats.py live in dialogues/ (echoes.yaml,
contrast.yaml, coordinated.yaml, note_repeats.yaml), read once through PhraseFile; each reads as words, none as a YAML
boolean."""

from __future__ import annotations

import pytest

from assistant.understanding import contrast, coordinated, echoes, note_repeats


@pytest.mark.parametrize("module, key, some", [
    (echoes, "common", {"doctor", "because", "agree"}),
    (contrast, "not_a_thing", {"sure", "ok", "sure-ish"}),
    (contrast, "verbs", {"covered", "agreed"}),
    (coordinated, "clause", {"she", "ok", "listened"}),
    (coordinated, "people", {"doctor", "grandma", "parents"}),
    (note_repeats, "pointing", {"no", "yes", "the"}),
])
def test_each_list_is_read_from_its_file_as_words(module, key, some):
    words = module._WORDS.words(key)
    assert some <= words
    assert all(isinstance(w, str) for w in module._WORDS.data()[key])


def test_a_pick_set_against_a_thing_reads_as_before():
    assert contrast.contrast("not hpb")
    assert not contrast.contrast("not sure")  # a doubt
    assert not contrast.contrast("not covered")  # a clause of its own
