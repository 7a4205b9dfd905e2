"""Plain language: grade 6 or lower for each flow's text, no single message above grade 8.

Formulas are accurate to about 1.5 grades and need longer samples (REFERENCE.md, section 3),
so the whole flow is scored as one text, and each message on its own against the looser cap.
"""

from __future__ import annotations

import textstat

from assistant.engine import Engine
from support import path_to_summary, talk

FLOW_GRADE_MAX = 6.0
MESSAGE_GRADE_MAX = 8.0
# Too short to score meaningfully (a few words give wild grades either way).
MIN_WORDS_TO_SCORE = 12


def _conversations() -> list[list[str]]:
    """Conversations that between them show every main-flow template, commands included."""
    return [
        path_to_summary(situation="1") + ["ok"],
        path_to_summary(situation="3", timing=["no"], role=["2", "my mother"]),
        path_to_summary(situation="6", signs="none", fit="2"),
        ["1", "whether to have surgery", "help", "why", "summary", "sources", "quit"],
        ["1", "I can't breathe and my lips are blue", "1", "3"],
        ["1", "I have chest pain", "2"],
        ["1", "whether to have knee surgery", "skip", "2", "1", "none", "1, 2"],
    ]


def _as_sentences(lines: list[str]) -> str:
    # A list item or a choice is read as a unit of its own, so it ends like a sentence.
    return "\n".join(line if line.rstrip()[-1:] in ".?!:" else line + "." for line in lines if line.strip())


def _messages() -> dict[str, str]:
    texts: dict[str, str] = {}
    for lines in _conversations():
        _, turns = talk(lines)
        for turn in turns:
            body = _as_sentences([*turn.text.splitlines(), *turn.choices])
            texts.setdefault(f"{turn.state}/{turn.kind}", body)
    return texts


def _grade(text: str) -> float:
    return textstat.flesch_kincaid_grade(text)


def test_the_whole_flow_reads_at_grade_6_or_lower():
    messages = _messages()
    whole = "\n\n".join(messages.values())
    grade = _grade(whole)
    print(f"\nflow reading grade (Flesch-Kincaid): {grade:.1f} over {len(messages)} messages")
    assert grade <= FLOW_GRADE_MAX


def test_no_single_message_is_above_grade_8():
    too_hard = {
        key: round(_grade(text), 1)
        for key, text in _messages().items()
        if textstat.lexicon_count(text) >= MIN_WORDS_TO_SCORE and _grade(text) > MESSAGE_GRADE_MAX
    }
    assert too_hard == {}


def test_the_scored_messages_cover_every_template_of_the_main_flow():
    shown = {key.split("/")[0] for key in _messages()}
    main_states = {name for name, spec in Engine().flow.states.items() if spec.source_file == "flow.yaml"}
    assert main_states - shown == set()
