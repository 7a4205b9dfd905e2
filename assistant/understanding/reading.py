"""The reading of one answer: what was understood, what was not, and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass, field

SURE, LIKELY, UNCLEAR = "sure", "likely", "unclear"


@dataclass(frozen=True)
class Reading:
    """What one line means for the question it answers.

    sure: store `value` and move on; likely: confirm `value` in one short turn first;
    unclear: keep `value` (what was understood, if anything) and ask only about `unclear`.
    A question the person asked (`asked`) or "I don't know" (`dont_know`) is never an answer.
    """

    certainty: str
    value: object = None  # a choice id, a list of ids, free text, or a list of question texts
    unclear: str = ""  # the part not understood, quoted back in full
    note: str = ""  # the reason the person gave ("I had the MRI in March")
    date: str | None = None  # a stated date, ISO
    date_text: str = ""  # the words that gave the date
    who: str = ""  # the person the decision is for, when named ("my son")
    asked: bool = False  # the line is a question to me
    reply: str = ""  # what to say back to a question
    add_question: str = ""  # a question to put on the list for the doctor
    dont_know: bool = False
    options: tuple = field(default=())  # two readings that both fit: the ids to choose between
    message: str = ""  # why it is unclear, in plain words
    age: str = ""  # the age band of an age said beside the person named ("for my son, 4")
    doctors: int = 0  # doctors counted in the line, offered at the question that asks how many ("I saw two doctors")
    removed: tuple = field(default=())  # questions taken off the list at the order question ("drop 4")
    role: str = ""  # who the compare path is for, said with it at the welcome ("patient" or "caregiver", both_paths.py)

    @property
    def sure(self) -> bool:
        return self.certainty == SURE


# The old names, kept for code that used assistant/understand.py.
@dataclass(frozen=True)
class Understood:
    value: object


@dataclass(frozen=True)
class Misunderstood:
    note: str
