"""Leftovers a person met (helper t11, item 1): a pill organiser filled for someone in one's care, and a
voice gone funny from a cold, got the urgent turn. Both are ordinary; the same words told as a crisis or a
stroke stay urgent (contexts sh_t11_organiser and voice_cold_t11, escalator speech_stroke_t11, in
dialogues/red_flags.yaml)."""

from __future__ import annotations

import pytest
from safety.safety_support import level

from assistant.engine import Engine

QUIET = [
    "pills counted out in the weekly box for mum",
    "I've got dad's pills counted out in his dosette box for the week",
    "tablets sorted into the 7 day pill organiser for my wife",
    "my voice sounds funny from a cold",
    "her voice is croaky from a sore throat",
    "my voice sounds weird because of the flu",
    "his voice went funny after all the shouting at the match",
]

STILL_URGENT = [
    "i have the pills counted out for tonight",
    "pills counted out in the weekly box for mum and tonight i end it",
    "im sorting pills for my dad, then i want to die",
    "my pills are counted out for my husband to find tonight",
    "my voice is slurred and my face is drooping",
    "my voice sounds funny and my face is drooping",
    "my voice is slurred from a cold",
    "my voice sounds funny from a cold and my face is drooping",
    "my voice suddenly sounds funny from a cold",
    "my voice sounds funny",
]


@pytest.mark.parametrize("line", QUIET)
def test_ordinary_look_alikes_stay_quiet(line):
    assert level(line) == "none", line


@pytest.mark.parametrize("line", STILL_URGENT)
def test_the_same_words_told_as_an_emergency_stay_urgent(line):
    assert level(line) == "emergency", line


@pytest.mark.parametrize("line", ["", "   ", "box", "for mum", "from a cold", "weekly box " * 400])
def test_bad_input_near_the_cues_is_quiet(line):
    assert level(line) == "none"


def test_the_carer_line_is_read_as_an_answer_not_an_urgent_turn():
    engine = Engine()
    engine.start()
    turn = engine.respond("pills counted out in the weekly box for mum")
    assert not turn.urgent and turn.state != "urgent_care"


# Item 2: a whole-line cue (an escalator such as "right now", a later all-clear) counts from the sign's own
# sentence or the one next to it, never from a sentence further off about something else; its match never
# reaches past the next sentence (finders.py).
FAR_OFF = [
    "he has mild chest pain sometimes. we talked about the knee. the consultant wants an answer right now",
]
NEAR = [
    ("he has chest pain. started 10 min ago", "emergency"),
    ("i want die. today i finish", "emergency"),
    ("had a reaction to the contrast, hives. they gave benadryl. it cleared up", "none"),
    ("my dad has crushing chest pain right now", "emergency"),
]


@pytest.mark.parametrize("line", FAR_OFF)
def test_a_cue_two_sentences_off_about_something_else_does_not_raise_a_sign(line):
    assert level(line) == "none"


@pytest.mark.parametrize("line, expected", NEAR)
def test_a_cue_in_the_signs_sentence_or_the_next_still_counts(line, expected):
    assert level(line) == expected


def test_no_whole_line_match_reaches_past_the_next_sentence():
    from safety.safety_support import safety

    doc = safety._Doc("grandma fainted last week. we booked the trip. the doctor said fine")
    for group in safety._GROUPS:
        for kind, finder in group.finders.items():
            if kind in ("line", "later", "answer"):
                for match in finder.in_sentences(doc, doc.joined):
                    assert doc.sentence_at(match.end() - 1) - doc.sentence_at(match.start()) <= 1


@pytest.mark.parametrize("line", ["...", ". . . now", "now. now. now.", "chest pain" + ". right now" * 50])
def test_bad_input_around_sentence_ends_is_screened_without_error(line):
    assert level(line) in ("none", "ask", "emergency")
