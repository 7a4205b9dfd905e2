"""The weakest questions across every round (helper u15b): mechanisms tried with wording of our own, not the corpus lines.

The emergency turn's "a doctor has checked, and things are stable now" told in parts (urgent_checked.py).
"""

from __future__ import annotations

import pytest

from .reading_support import pick


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
