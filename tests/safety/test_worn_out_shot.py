""""My memory is shot", "my knee is shot": worn out, said of a thing, no wound (helper u25b found "the plan in writing
pls, my memory is shot" sent to the emergency turn for serious bleeding). A person shot stays an emergency."""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line", [
    "the plan in writing pls, my memory is shot",
    "my memory is shot",
    "my knee is shot, thats why the surgery",
    "my back is shot, been shot for years",
])
def test_a_thing_worn_out_is_quiet(line):
    assert screen(line).level == "none"


@pytest.mark.parametrize("line", [
    "he got shot",
    "i was shot in the leg",
    "he is shot in the leg",
    "my son is shot in the chest",
    "hes been shot",
    "she was stabbed",
])
def test_a_person_shot_or_stabbed_is_an_emergency(line):
    assert screen(line).level == "emergency"
