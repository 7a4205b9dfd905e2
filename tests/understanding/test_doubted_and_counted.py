"""Two shapes from the lead's walk of 2026-12-07 (a daughter weighing TAVR or open-heart surgery for her father, 81):
an item of the SURE test named only as what the person is unsure about is no pick (doubted_sure.py), and a
pick-several answer whose last part asks "does that count" keeps its plain picks (counted_part.py). Wordings of our
own, with the look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import FLOW, picks, reading
from assistant.understanding import LIKELY, UNCLEAR


# --- The SURE test: an item only doubted ----------------------------------------------------------

@pytest.mark.parametrize("state", ["decision_sure", "summary_sure"])
@pytest.mark.parametrize("line, kept", [
    ("i know the pros and cons i guess but not sure what matters more, his independence or living longer", "understand"),
    ("i know the pros and cons, unclear what matters most", "understand"),
    ("i understand the options but im torn on what matters most", "understand"),
    ("unclear what matters most, but I have support", "support"),
    ("no idea about my priorities but I feel sure", "sure"),
])
def test_the_doubted_item_is_not_picked_and_the_plain_one_is(state, line, kept):
    got = reading(state, line)
    assert "values" not in (got.value or [])
    assert kept in (got.value or [])


def test_a_doubted_item_beside_a_part_still_asked_is_not_kept():
    # (the final SURE test, on the walk: "torn on what matters most" had been kept beside a part asked about)
    got = reading("summary_sure", "i get the options better now, still torn on what matters most, my brother and i are in this together")
    assert set(got.value) == {"understand", "support"}


@pytest.mark.parametrize("state", ["decision_sure", "summary_sure"])
@pytest.mark.parametrize("line", ["my brother and i are in this together", "my wife and i are deciding together"])
def test_sharing_the_choice_with_someone_is_support(state, line):
    got = reading(state, line)
    assert got.value == ["support"]


@pytest.mark.parametrize("line", [
    "unclear what matters most",
    "confused about what matters most",
    "im unclear on my priorities",
    "torn between what matters to me and what the doctor wants",
])
def test_a_doubted_item_alone_is_asked_never_stored(line):
    engine = prepare("decision_sure", "caregiver")
    turn = engine.respond(line)
    assert engine.state == "decision_sure" and not engine.slots.get("decision_sure")
    assert "not true for you yet" in turn.text


@pytest.mark.parametrize("line, want", [
    ("I am clear which points matter most", {"values"}),
    ("i have support and i know the options", {"support", "understand"}),
    ("I know what matters most and I understand the options", {"values", "understand"}),
])
def test_items_said_plainly_keep_their_reading(line, want):
    assert picks("decision_sure", line) == want


def test_the_doubt_words_are_only_read_at_the_sure_tests():
    # "no idea about the scans" at records is left to the readers of a doubted part; the file names two states
    from assistant.understanding.doubted_sure import WORDS

    assert WORDS.words("states") == {"decision_sure", "summary_sure"}
    assert all(a[0].isalpha() for a in WORDS.phrases("about"))  # no YAML boolean ("on" read as True) among the words


# --- "does that count" beside plain picks ---------------------------------------------------------

def test_the_plain_pick_is_kept_and_only_the_doubted_part_asked():
    engine = prepare("signs_more", "caregiver")
    line = "he has diabetes and kidney issues too, and the first doc is a cardiologist not a surgeon so idk if that counts"
    turn = engine.respond(line)
    assert "I got 1." in turn.text
    assert '"the first doc is a cardiologist not a surgeon so idk if that counts"' in turn.text
    assert "added it to your questions" not in turn.text
    assert not engine.slots.get("own_questions")
    turn = engine.respond("3")
    assert set(engine.slots["signs_more"]) == {"comorbidities", "not_specialist"}


@pytest.mark.parametrize("line", [
    "he has diabetes and kidney issues too, not sure if that counts",
    "he has diabetes and kidney issues so idk if that counts",
])
def test_a_doubt_only_about_the_pick_offers_it_back(line):
    got = reading("signs_more", line)
    assert got.certainty == LIKELY and got.value == ["comorbidities"]


def test_in_a_list_of_parts_the_doubt_is_about_the_last_part_named():
    got = reading("records", "X-rays for sure, visit notes from ortho, and the brace fitting notes? not sure if that counts")
    assert got.certainty == UNCLEAR and set(got.value) == {"imaging", "clinic_notes"}
    assert got.unclear.startswith("the brace fitting notes")


def test_one_thing_told_with_and_is_one_part():
    got = reading("signs_more", "I have a touch of arthritis and a heart rhythm problem, if that counts.")
    assert got.certainty == LIKELY and got.value == ["comorbidities"]


@pytest.mark.parametrize("line", ["does that count", "idk if that counts", "and does that count"])
def test_a_counts_question_alone_stores_nothing(line):
    got = reading("signs_more", line)
    assert got.certainty == UNCLEAR and got.value is None and (got.asked or got.dont_know)


def test_only_pick_several_questions_are_split():
    from assistant.understanding.counted_part import counted_part
    from assistant.understanding.text import clean, tokens

    toks = tokens(clean("surgery was offered, not sure if that counts"))
    assert counted_part(toks, FLOW.state("decision_situation"), lambda rest: reading("decision_situation", rest)) is None
    assert counted_part(toks, FLOW.state("signs"), lambda rest: reading("signs", rest)) is not None


@pytest.mark.parametrize("line", ["no longer unclear what matters most", "i am not torn on what matters most now"])
def test_a_doubt_said_to_be_over_leaves_the_item(line):
    # (the review rv27: "no longer unclear what matters most" was told "So that one is not true for you yet")
    from assistant.understanding.doubted_sure import doubted_sure
    from assistant.understanding.reading import SURE, Reading

    from .reading_support import LEX

    said = Reading(SURE, ["values"])
    assert doubted_sure(said, line, FLOW.state("decision_sure"), LEX) is said
