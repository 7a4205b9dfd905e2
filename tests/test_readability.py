"""Plain language: no template above Flesch-Kincaid grade 6 or SMOG 8, alone or all together.

The AMA asks for grade 6 or lower; IPDAS for grade 8 or lower (REFERENCE.md, section 3). The
text scored is what a person sees: every turn that the scripted dialogues in
dialogues/scripts/ produce (they cover every template, a test in tests/scripts checks that),
each turn's words plus its choices, with each line or choice read as a sentence of its own.

Very short templates. Both formulas need a sample: on a text of a few words one long word
moves the grade by 2 or more, and SMOG is only defined for 3 sentences or more. So:
- a rendering with fewer than MIN_WORDS_TO_SCORE words is not given an FK grade of its own,
  and one with fewer than 3 sentences gets no SMOG of its own;
- every rendering, short or long, counts in the whole-flow score, which must meet both limits;
- and every short rendering must keep its sentences short (at most SHORT_SENTENCE_MAX words),
  which is what the FK grade would mostly measure on it.

The titles of the sources, quoted in the `sources` turn, are names, not our words: they are
left out of the scores (tests/renderings.py). The publishers and everything else are scored.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import readability
from renderings import renderings as _renderings

FK_GRADE_MAX = 6.0
SMOG_MAX = 8.0
MIN_WORDS_TO_SCORE = 20
SHORT_SENTENCE_MAX = 15


def _all_templates() -> list[str]:
    return sorted(_renderings())


def test_the_renderings_cover_every_template_a_turn_can_use():
    from assistant.scripts.coverage import all_templates

    assert set(all_templates()) - set(_renderings()) == set()


@pytest.mark.parametrize("template", _all_templates())
def test_each_template_reads_at_fk_grade_6_or_lower_and_smog_8_or_lower(template):
    too_hard = []
    for text in _renderings()[template]:
        grade = readability.flesch_kincaid_grade(text)
        smog = readability.smog_index(text)
        if readability.word_count(text) >= MIN_WORDS_TO_SCORE and grade > FK_GRADE_MAX:
            too_hard.append(f"FK {grade}: {text}")
        if smog is not None and smog > SMOG_MAX:
            too_hard.append(f"SMOG {smog}: {text}")
    assert too_hard == []


@pytest.mark.parametrize("template", _all_templates())
def test_a_short_template_keeps_its_sentences_short(template):
    long_sentences = [
        sentence
        for text in _renderings()[template]
        if readability.word_count(text) < MIN_WORDS_TO_SCORE
        for sentence in re.split(r"(?<=[.!?])\s+", text)
        if readability.word_count(sentence) > SHORT_SENTENCE_MAX
    ]
    assert long_sentences == []


def test_the_whole_flow_reads_at_fk_grade_6_or_lower_and_smog_8_or_lower():
    whole = "\n\n".join(text for texts in _renderings().values() for text in texts)
    grade = readability.flesch_kincaid_grade(whole)
    smog = readability.smog_index(whole)
    print(f"\nwhole flow: FK grade {grade}, SMOG {smog}, {len(_renderings())} templates")
    assert grade <= FK_GRADE_MAX
    assert smog <= SMOG_MAX


# --- the scorer itself, against counts done by hand ------------------------------------------
def test_syllables_words_and_sentences_are_counted_as_textstat_0_7_4_did():
    assert [readability.syllables(w) for w in ("cat", "doctor", "emergency")] == [1, 2, 3]
    assert readability.words("Don't wait: call 911, now!") == ["Dont", "wait", "call", "911", "now"]
    # "Good." has 2 words or fewer, so it is not counted as a sentence.
    assert readability.sentence_count("Good. The plan is clear. Ask your doctor.") == 2


def test_fk_grade_of_a_hand_counted_text():
    # 2 sentences, 9 words, 12 syllables: "doctor" and "second" 2 each, and "opinion" 2 too
    # (hyphenation points undercount some words; textstat 0.7.4 counted the same way).
    text = "Ask the doctor now. A second opinion can help."
    assert readability.word_count(text) == 9
    assert readability.syllables("opinion") == 2
    expected = round(0.39 * 9 / 2 + 11.8 * 12 / 9 - 15.59, 1)
    assert readability.flesch_kincaid_grade(text) == expected


def test_smog_needs_three_sentences_and_counts_long_words():
    assert readability.smog_index("One short line. Another short line.") is None
    text = "Emergency care comes first. Call for help now. Get help today."  # 1 word of 3+ syllables
    assert readability.smog_index(text) == round(1.043 * (30 * 1 / 3) ** 0.5 + 3.1291, 1)


def test_hard_text_scores_above_the_limits():
    hard = (
        "Multidisciplinary consultation facilitates individualized therapeutic decision-making. "
        "Histopathological reinterpretation occasionally necessitates supplementary immunohistochemistry. "
        "Radiological overreading substantially influences oncological management."
    )
    assert readability.flesch_kincaid_grade(hard) > FK_GRADE_MAX
    assert readability.smog_index(hard) > SMOG_MAX
