"""The weakest questions across every round (helper u15b): mechanisms tried with wording of our own, not the corpus lines.

The SURE question read item by item (sure_items.py): each clause names an item and says yes or no to it.
The emergency turn's "a doctor has checked, and things are stable now" told in parts (urgent_checked.py).
"""

from __future__ import annotations

import pytest

from assistant.understanding.reading import UNCLEAR

from .reading_support import pick, picks, reading, stored


# --- SURE, item by item ------------------------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("know the pros and cons, got my wife, not sure tho", {"understand", "support"}),
    ("benefits: yes. certain: no. what matters: yes. support: nope", {"understand", "values"}),
    ("I get the upsides and downsides, my brother is helping me, but I don't feel certain", {"understand", "support"}),
    ("my husband and kids are behind me. the options I don't really understand", {"support"}),
    ("I'm clear on what matters to us, though I couldn't tell you the risks, and I'm not sure", {"values"}),
    ("1 and 3. not 2, and support tbd", {"sure", "values"}),
    ("understood the options. sure? nah. priorities? yes", {"understand", "values"}),
    # (lead) a no said in Portuguese after the item, a scare-quoted item judged a joke, one risk said in the singular
    ("sei, I know the upsides and downsides and my sister helps me. but certain, não", {"understand", "support"}),
    ("1 and 3. the 'help' we get is a joke", {"sure", "values"}),
    ("decided. want the op. know the risk.", {"sure", "understand"}),
])
def test_sure_items_said_in_clauses_are_stored(line, want):
    assert picks("decision_sure", line) == want


def test_every_item_said_no_is_none():
    assert picks("decision_sure", "I don't know the risks, I'm not certain and I'm on my own, nobody to help") == {"none"}


@pytest.mark.parametrize("line", [
    "I know the risks and benefits, and perhaps what matters to me",  # a hedged yes
    "my daughter helps, and I sort of get the options",
    "I'm sure. Kind of. I think.",  # a doubt said after the item
    "I know what I want, the facts not so much",  # sure, or clear about what matters?
    "my husband is there for me and kinda get the benefits",  # (lead) a hedge before the item
    "I guess I'm sure, my mum helps",
])
def test_a_hedged_item_is_asked_never_stored(line):
    result = reading("decision_sure", line)
    assert not stored(result)


def test_a_hedged_item_keeps_the_rest():
    result = reading("decision_sure", "I know the risks and benefits, and perhaps what matters to me")
    assert result.certainty == UNCLEAR and result.value == ["understand"]


@pytest.mark.parametrize("line", [
    "what does the support one mean?",  # a question, not an answer
    "1 and 4... wait, just 4",  # a correction: the general reader's
    "all of them except being sure",  # "all"/"except": the general reader's
    "I'm sure I want to walk again",  # "sure" framing something else
    "know the pros and cons, not really",  # a "no" pointing at nothing named
])
def test_lines_outside_the_shape_are_left_to_the_general_reader(line):
    from assistant.flow import default_flow
    from assistant.understanding.sure_items import read_items

    assert read_items(line, default_flow().state("decision_sure")) is None


def test_other_questions_are_not_read_item_by_item():
    from assistant.flow import default_flow
    from assistant.understanding.sure_items import read_items

    assert read_items("know the pros and cons, got my wife, not sure tho", default_flow().state("summary_sure")) is None


# --- The emergency turn: checked and fine now -------------------------------------------------

@pytest.mark.parametrize("line", [
    "the nurse at the clinic examined her, she's okay now",
    "we went to urgent care yesterday, all good now",
    "surgeon looked at him this morning, he's stable",
    "paramedic checked me over, fine now",
])
def test_checked_by_care_and_fine_now_is_seen(line):
    assert pick("urgent_care", line) == "seen"


@pytest.mark.parametrize("line", [
    "the doctor checked her yesterday but it came back right now",  # here now
    "ER saw him this morning, it comes and goes",  # coming back
    "doctor checked me, is it ok now?",  # a question
    "the doctor checked me last week but now it hurts again",
    "my kids checked on me, I'm ok now",  # no one who gives care
])
def test_checked_is_never_read_with_the_sign_here_now(line):
    assert pick("urgent_care", line) != "seen"
