"""What Ctrl+S writes: the plan from its title on, without the escapes the chat needs only on
screen (a user trial, 2026-12-04: the file began with "I took that as ..." and showed "\\.")."""

from __future__ import annotations

from assistant.tui.save import plan_file_text

TURN = ('I took that as "None of these". If that is not right, type back\\.\n\n'
        "**Your second-opinion plan**\n\n**When:** Seek the second opinion now\\.\n"
        "- A surgery \\(not an emergency\\)\n- Can she still \\*garden\\*\\? \\[see\\] \\<b\\>\n")


def test_the_file_starts_at_the_plans_title():
    text = plan_file_text(TURN)
    assert text.startswith("**Your second-opinion plan**") and "I took that as" not in text


def test_needless_escapes_go_and_the_persons_words_stay_inert():
    text = plan_file_text(TURN)
    assert "Seek the second opinion now." in text and "A surgery (not an emergency)" in text
    assert "\\*garden\\*" in text and "\\[see\\]" in text and "\\<b>" in text  # still not emphasis, link or HTML


def test_a_plan_with_no_lead_line_is_kept_whole():
    assert plan_file_text("**Your second-opinion plan**\n\nx") == "**Your second-opinion plan**\n\nx"


def test_a_less_than_sign_that_cannot_open_a_tag_is_written_as_typed():
    # A fifth user trial, 2026-12-04: "IOP above target (\\<18 mmHg)" in the saved file.
    text = plan_file_text("**Your second-opinion plan**\n\n- Second: IOP above target \\(\\<18 mmHg\\), a \\> b\n\\> not a quote")
    assert "IOP above target (<18 mmHg), a > b" in text
    assert text.splitlines()[-1] == "\\> not a quote"  # a line's first > would start a quote: kept inert
