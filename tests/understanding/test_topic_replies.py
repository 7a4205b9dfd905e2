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
        if topic.reply in ("why", "help", "choose", "choices"):
            continue  # built from the question itself (about_app.py; its own test checks their plain words)
        assert readability.flesch_kincaid_grade(topic.reply) <= 6.0, topic.id
        assert max(len(s.split()) for s in topic.reply.split(".")) <= 20, topic.id


# Questions about getting a second opinion that the guides answer (each reply's source is noted
# beside its topic in dialogues/lexicon.yaml): never "I cannot answer that here".
@pytest.mark.parametrize("line, said", [
    ("can i do it by video?", "A video visit can often work"),
    ("do I need to go in person?", "A video visit can often work"),
    ("how do i get my records?", "Ask each doctor's office for copies"),
    ("how do i ask my doctor for my records?", "Ask each doctor's office for copies"),
    ("how do i find a specialist?", "Ask your doctor who sees a lot of cases like this"),
    ("what if the two doctors disagree?", "Find what they differ on"),
    ("do i have to tell my doctor?", "Many doctors welcome second opinions"),
    ("can i get a third opinion?", "a team review"),
    ("what is a tumor board?", "a team review"),
    ("what if my doctor says no?", "You can still get one"),
    ("does medicare cover a second opinion?", "Your insurer can tell you if a second opinion is covered"),
])
def test_questions_the_guides_answer_get_their_answer(line, said):
    text = reply_at("specialist", line)
    assert said in text and "I cannot answer that here" not in text


@pytest.mark.parametrize("line", ["is it cancer?", "should she have the surgery?"])
def test_a_question_about_the_case_itself_still_goes_to_the_doctor(line):
    assert "I cannot answer medical questions about your case" in reply_at("specialist", line)


def test_a_question_off_the_subject_is_said_to_be_off_it():
    assert "I cannot answer that here" in reply_at("specialist", "whats the weather like?")


@pytest.mark.parametrize("line", ["how long does a second opinion take?", "how soon can we get one?", "is there a waiting list?"])
def test_how_long_a_second_opinion_takes_gets_what_it_depends_on(line):
    text = reply_at("specialist", line)
    assert "It depends on the clinic" in text and "I cannot tell how much time there is" not in text


def test_how_much_time_there_is_to_decide_still_goes_to_the_doctor():
    assert "I cannot tell how much time there is" in reply_at("specialist", "is there enough time to decide?")


@pytest.mark.parametrize("line", ["is the second opinion free for kids?", "how much does it cost for a child?"])
def test_a_cost_question_about_a_child_gets_the_cost_reply_and_no_doctor_question(line):
    engine = prepare("specialist", "caregiver")
    turn = engine.respond(line)
    assert "I cannot tell what it will cost" in turn.text
    assert "Ask your doctor this" not in turn.text  # the insurer and the clinic know, not the doctor
    assert not engine.slots.get("questions_added")


# The user trial of 2026-12-04 (second): "will he be mad?" about the surgeon got "I cannot answer
# medical questions" and went on the doctor's list; the guides' answer is that doctors expect it.
@pytest.mark.parametrize("line", ["will he be mad?", "will she take it personally?", "will they stop treating him if we go elsewhere?",
                                  "is the surgeon going to get angry"])
def test_a_worry_that_the_doctor_will_mind_gets_the_guides_answer(line):
    said = reply_at("logistics_ask", line)
    assert "Most doctors expect and support second opinions" in said
    assert "I added it to your questions" not in said
