"""capital_first (assistant/understanding/text.py): the one way a note, a question or a label is started with a
capital letter; the rest of the person's words unchanged (review c25: some 25 inline copies folded into it)."""

from __future__ import annotations

import pytest

from assistant.understanding.text import capital_first


@pytest.mark.parametrize(("said", "shown"), [
    ("tubes, its a quick one", "Tubes, its a quick one"),
    ("iPhone notes: MRI in March", "IPhone notes: MRI in March"),
    ("already Capital", "Already Capital"),
    ("x", "X"),
    ("2 weeks ago", "2 weeks ago"),
    ("", ""),
    (None, ""),
])
def test_only_the_first_letter_changes(said, shown):
    assert capital_first(said) == shown


def test_a_caregiver_label_opens_with_a_capital():
    from assistant.wording import fill

    assert fill("{Their} doctor is not ready", {"their": "my mother's"}) == "My mother's doctor is not ready"
    assert fill("ask {their} doctor", {"their": "my mother's"}) == "ask my mother's doctor"
