"""Questions people ask in the middle of the conversation get the reply about what they asked.

"Can I bring my daughter?" is about bringing someone, not about a child's care; "do I need a
referral?" and "what should I bring?" have answers in the guides, not "I cannot answer medical
questions". Every reply is plain language (grade 6 at most).
"""

from __future__ import annotations

import pytest

import readability
from assistant.understanding.lexicon import default_lexicon
from benchmarks.understanding import prepare


def reply_at(state: str, line: str) -> str:
    engine = prepare(state, "caregiver")
    turn = engine.respond(line)
    assert turn.kind == "reply" and turn.state == state  # a reply, then the same question
    return turn.text


@pytest.mark.parametrize("state", ["specialist", "records", "logistics"])
@pytest.mark.parametrize("line", ["can I bring my daughter", "can my son come with me to the appointment?",
                                  "is it ok if my husband comes along?"])
def test_bringing_someone_gets_the_reply_about_company_not_about_children(state, line):
    text = reply_at(state, line)
    assert "Someone you trust can come with you" in text
    assert "for a child" not in text


@pytest.mark.parametrize("line", ["do i need a referral", "will my doctor have to refer me?", "how do I get a referral"])
def test_a_referral_question_gets_what_the_guides_say(line):
    text = reply_at("specialist", line)
    assert "referral" in text and "cannot answer medical questions" not in text


@pytest.mark.parametrize("line", ["what should i bring?", "can I bring my scans on a usb?", "which records do they want?"])
def test_what_to_bring_gets_the_records_reply(line):
    text = reply_at("specialist", line)
    assert "Bring copies of your records" in text


def test_a_question_about_a_child_still_gets_the_child_reply():
    assert "The same steps work for a child" in reply_at("specialist", "is it different for a child?")


def test_every_topic_reply_is_plain_language():
    for topic in default_lexicon().topics:
        if topic.reply in ("why", "help"):
            continue
        assert readability.flesch_kincaid_grade(topic.reply) <= 6.0, topic.id
        assert max(len(s.split()) for s in topic.reply.split(".")) <= 20, topic.id
