"""text.joined: words back into the phrase shown to the user, marks closed up on the word before (the wrongly-sure checks
each kept a copy)."""

from __future__ import annotations

from assistant.understanding.text import joined, tokens


def test_marks_close_up_on_the_word_before_and_the_ends_are_trimmed():
    assert joined(tokens("the MRI , maybe the biopsy ; not sure !")) == "the mri, maybe the biopsy; not sure!"
    assert joined([",", "and", "the", "scan", ","]) == "and the scan"
    assert joined(["?", "what"]) == "? what"
    assert joined([]) == ""
