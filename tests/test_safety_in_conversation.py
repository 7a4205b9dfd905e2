"""The safety net inside the conversation: every line, every state, before it is an answer."""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from support import path_to_summary, plain_jsonl, talk

EMERGENCIES = {
    "stroke": "my dads face is drooping and he cant lift his arm",
    "heart_attack": "i have crushing chest pain and im sweating and sick",
    "sepsis": "she has a high fever and she is confused and her blood pressure is low",
    "breathing": "I CANT BREATHE and my lips are blue",
    "neurologic": "worst headache of my life came on suddenly",
    "bleeding": "the bleeding wont stop",
    "unconscious": "my husband wont wake up",
    "swelling": "my throat is swelling shut",
    "self_harm": "i want to kill myself",
}
NOT_EMERGENCIES = [
    "the surgeon wants to replace my knee",
    "my father had a stroke two years ago",
    "no chest pain, just a sore knee",
    "had a heart attack in 2019",
    "my brother died of a heart attack",
    "what if I have a stroke during surgery",
    "worried about the risk of bleeding",
    "breathing is fine",
]
# Lines to reach the records question in the middle of the flow.
TO_RECORDS = path_to_summary(situation="1")[:15]


def test_the_issue_example_gives_the_welcome_then_an_urgent_turn():
    turns = plain_jsonl(["my dad's face is drooping and he can't lift his arm"])
    assert turns[0]["state"] == "welcome"
    assert turns[1]["state"] == "urgent_care" and turns[1]["urgent"] is True
    assert "911" in turns[1]["text"]


@pytest.mark.parametrize("category", sorted(EMERGENCIES))
def test_each_emergency_typed_at_the_welcome_prompt(category):
    _, turns = talk([EMERGENCIES[category]])
    turn = turns[-1]
    assert turn.state == "urgent_care" and turn.urgent
    assert ("988" if category == "self_harm" else "911") in turn.text


@pytest.mark.parametrize("category", sorted(EMERGENCIES))
def test_each_emergency_typed_at_the_records_question(category):
    engine, turns = talk(TO_RECORDS)
    assert turns[-1].state == "records"
    turn = engine.respond(EMERGENCIES[category])
    assert turn.state == "urgent_care" and turn.urgent
    assert "records_exist" not in engine.slots  # the line was not taken as an answer


@pytest.mark.parametrize("phrase", NOT_EMERGENCIES)
def test_ordinary_negated_historical_family_and_hypothetical_lines_do_not_trigger(phrase):
    _, turns = talk(["1", phrase])
    assert turns[-1].state == "decision_why"
    assert not turns[-1].urgent


def test_a_red_flag_inside_an_ordinary_answer_is_caught():
    _, turns = talk(["1", "the surgeon wants a knee replacement but right now i cant feel my left arm"])
    assert turns[-1].state == "urgent_care"


def test_an_ambiguous_phrase_gets_one_direct_question_with_the_advice_in_it():
    engine, turns = talk(["1", "chest pain"])
    assert turns[-1].state == "urgent_care_check"
    assert "Is this happening now?" in turns[-1].text and "911" in turns[-1].text
    after_no = engine.respond("no")
    # Back to the question it interrupted, which asks whether the words typed were the answer.
    assert (after_no.state, after_no.kind, after_no.choices) == ("decision_what", "confirm", ["Yes", "No"])
    assert "chest pain" in after_no.text and "decision" not in engine.slots
    engine2, _ = talk(["1", "chest pain"])
    assert engine2.respond("yes").state == "urgent_care"


def test_while_the_emergency_is_current_the_conversation_does_not_move_on():
    engine, _ = talk(TO_RECORDS + [EMERGENCIES["stroke"]])
    for line in ["it is happening now", "1", "back", "restart", "all", "whatever"]:
        turn = engine.respond(line)
        assert turn.state == "urgent_care" and turn.urgent
    assert "records_exist" not in engine.slots


def test_after_being_seen_the_conversation_resumes_and_the_plan_keeps_the_episode():
    # Seed 000 line 165: "You can still pursue a second opinion after stabilization, and the
    # second opinion can help review what happened": the table's timing again (issue 13), and
    # the episode stays in the plan in a line of its own.
    engine, _ = talk(TO_RECORDS + [EMERGENCIES["heart_attack"], "I have been seen and I am stable now"])
    assert engine.state == "records"
    rest = path_to_summary(situation="1")[15:]
    for line in rest:
        turn = engine.respond(line)
    assert turn.state == "summary"
    assert turn.plan["timing"] == "now"
    assert turn.plan["emergency"] == {"signs": ["heart_attack"], "status": "seen_and_stable"}
    assert "What happened: signs of a possible emergency (heart attack)" in turn.text  # signs, not a diagnosis
    assert "get checked today" not in turn.text.lower()


def test_not_happening_now_resumes_without_changing_the_timing():
    engine, _ = talk(TO_RECORDS + [EMERGENCIES["stroke"], "it is not happening now"])
    assert engine.state == "records"
    for line in path_to_summary(situation="1")[15:]:
        turn = engine.respond(line)
    assert turn.plan["timing"] == "now"


def test_help_and_back_lines_are_screened_too():
    engine, _ = talk(["1"])
    assert engine.respond("help me he is having a seizure").state == "urgent_care"


def test_the_explicit_red_flag_screen_leads_to_urgent_care_and_resumes_at_the_signs():
    engine, turns = talk(path_to_summary(situation="1")[:6] + ["3"])
    assert turns[-1].state == "urgent_care"
    assert engine.respond("seen").state == "signs"


def test_self_harm_gives_the_crisis_line():
    _, turns = talk(["1", "whether to have surgery", "honestly i dont want to be alive anymore"])
    assert turns[-1].state == "urgent_care"
    assert "988" in turns[-1].text


def test_an_emergency_after_the_plan_is_still_caught():
    engine, _ = talk(path_to_summary(situation="1") + ["ok"])
    assert engine.state == "done"
    turn = engine.respond("my wife just collapsed and wont wake up")
    assert turn.state == "urgent_care"
    assert engine.respond("not happening now").state == "done"


def test_a_crisis_together_with_another_emergency_gives_both_the_crisis_line_and_911():
    _, turns = talk(["I want to die and I have crushing chest pain right now"])
    text = turns[-1].text
    assert "988" in text and "Call 911 now" in text


def test_an_earlier_crisis_does_not_hide_911_for_a_later_emergency():
    engine, _ = talk(["1", "i want to kill myself", "no, I meant something else"])
    turn = engine.respond("my dad's face is drooping and he can't lift his arm")
    assert turn.state == "urgent_care"
    assert "Call 911 now" in turn.text and "988" not in turn.text
    assert "signs of a stroke" in turn.text


def test_what_was_noticed_before_is_not_shown_again_for_a_new_emergency():
    engine, _ = talk(["1", "chest pain", "no"])  # a check answered "not now"
    for line in path_to_summary(situation="1")[1:6]:
        engine.respond(line)
    assert engine.state == "red_flags"
    turn = engine.respond("2")  # high fever with low blood pressure, picked at the screen
    assert turn.state == "urgent_care"
    assert "heart attack" not in turn.text


def test_signs_that_stopped_today_still_need_care_today():
    engine, _ = talk(["1", EMERGENCIES["stroke"]])
    turn = engine.respond("it stopped, but it happened today")
    assert turn.state == "urgent_care" and turn.urgent
    assert "today" in turn.text and "Call 911" in turn.text


def test_the_is_it_happening_now_check_cannot_be_skipped_with_back_restart_or_compare():
    for command in ("back", "restart", "compare"):
        engine, _ = talk(["1", "whether to have surgery", "chest pain"])
        assert engine.state == "urgent_care_check"
        turn = engine.respond(command)
        assert turn.state == "urgent_care_check", command


def test_quitting_during_an_emergency_repeats_the_call_now_advice():
    engine, _ = talk([EMERGENCIES["breathing"]])
    bye = engine.respond("quit")
    assert bye.kind == "bye" and "call 911 now" in bye.text.lower()


def test_a_broken_byte_from_the_terminal_neither_crashes_nor_stops_saving():
    import json

    saved = []
    engine = Engine(listener=lambda event: saved.append(json.dumps(event).encode("utf-8")))
    engine.start()
    turn = engine.respond("my knee \udcff hurts")
    assert turn.text and engine.save_problem is None


def test_the_crisis_line_and_the_emergency_advice_are_separate_paragraphs():
    _, turns = talk(["I want to die and I have crushing chest pain right now"])
    paragraphs = turns[-1].text.split("\n\n")
    assert any(p.startswith("If you have thoughts of ending your life") and p.endswith("call 911.") for p in paragraphs)
    assert "This may be an emergency." in paragraphs


# --- the right advice for the situation (issue 12) ------------------------------------------------
def urgent(line: str, role: list[str] | None = None):
    _, turns = talk([*(role or []), line])
    return turns[-1]


def test_a_poisoning_gets_poison_control_and_when_to_call_911():
    turn = urgent("my toddler swallowed some dishwasher pods")
    assert turn.state == "urgent_care" and "swallowing something poisonous" in turn.text
    assert "Call Poison Control now: 1-800-222-1222" in turn.text
    assert "Call 911 now if the person is hard to wake, has trouble breathing, or has a seizure" in turn.text


def test_an_overdose_gets_911_first_then_naloxone_then_the_crisis_line():
    turn = urgent("my son took a whole bottle of oxycodone and i cant keep him awake")
    text = turn.text
    assert turn.state == "urgent_care"
    assert text.index("Call 911 now") < text.index("naloxone") < text.index("988")
    assert "This matters more than any second opinion" not in text  # the call comes first


def test_someone_elses_suicidal_talk_gets_advice_about_that_person():
    turn = urgent("my husband keeps saying he wants to kill himself", role=["2", "my husband"])
    assert turn.state == "urgent_care"
    assert "Stay with them" in turn.text and "Make the home safe" in turn.text
    assert "Call or text 988 together" in turn.text and "Call 911 now if they are in danger" in turn.text
    assert "If you have thoughts of ending your life" not in turn.text
    own = urgent("i want to kill myself")
    assert "If you have thoughts of ending your life" in own.text and "together" not in own.text


def test_the_check_question_shows_988_for_a_suicide_mention():
    _, turns = talk(["1", "my brother killed himself last year and lately i think about suicide too"])
    turn = turns[-1]
    assert turn.state in ("urgent_care_check", "urgent_care")
    assert "988" in turn.text
    _, turns = talk(["1", "i sometimes think everyone would be better off without me"])
    assert "988" in turns[-1].text


def test_the_check_question_for_a_swallowed_thing_shows_poison_control():
    _, turns = talk(["1", "my son may have swallowed something from under the sink, not sure"])
    assert turns[-1].state in ("urgent_care_check", "urgent_care") and "1-800-222-1222" in turns[-1].text


@pytest.mark.parametrize(("line", "label", "wrong"), [
    ("fever, stiff neck and a purple rash that doesnt fade", "signs of a severe infection (sepsis)", "brain"),
    ("my back is killing me and now i cant feel my bum when i wipe", "cauda equina", "the brain"),
    ("the carbon monoxide alarm is going off and we all feel sick", "carbon monoxide", "unconscious"),
    ("my sugar is 1.9 and im shaking", "a very low blood sugar", "brain"),
    ("sudden terrible pain in my testicle", "testicle", "belly"),
])
def test_the_label_names_what_was_recognised(line, label, wrong):
    turn = urgent(line)
    noticed = turn.text.split("I noticed:")[1].split("\n")[0]
    assert label in noticed and wrong not in noticed


def test_carbon_monoxide_says_get_out_into_fresh_air():
    turn = urgent("we all have headaches and feel sick since the boiler came on, carbon monoxide?")
    assert turn.state in ("urgent_care", "urgent_care_check")
    if turn.state == "urgent_care":
        assert "fresh air" in turn.text


@pytest.mark.parametrize("line", ["mi papá tiene dolor de pecho y está sudando", "mi hija no puede respirar",
                                  "sangrado que no para", "mi mamá tiene la cara caída", "está convulsionando"])
def test_spanish_emergencies_get_the_urgent_turn_with_a_spanish_line(line):
    turn = urgent(line)
    assert turn.state == "urgent_care" and "Llame al 911 ahora" in turn.text
    assert "This may be an emergency" in turn.text  # the rest stays English


def test_english_emergencies_get_no_spanish_line():
    assert "Llame" not in urgent("my dad's face is drooping").text


AT_TIMELINE = ["1", "knee surgery", "skip", "2", "1", "none", "none", "2", "none", "1", "1", "no", "", "3", "", "1,3,4"]


def test_after_not_now_the_line_that_raised_the_check_is_not_lost():
    # A choice question: the line answers it, so it is read (no typing it twice).
    engine, turns = talk(["1", "whether to have heart surgery", "skip", "2"])
    turn = engine.respond("they offered him bypass surgery because of his chest pain")
    assert turn.state == "urgent_care_check"
    turn = engine.respond("no, that was weeks ago")
    assert turn.state == "decision_sure" and engine.slots["situation"] == "surgery"
    assert "Let us go on with what you typed" in turn.text
    # A free-text question: kept only after a Yes (the words may be only the sign).
    engine, turns = talk(AT_TIMELINE)
    assert turns[-1].state == "records_timeline"
    assert engine.respond("october: chest pain walking; november 3: cath").state == "urgent_care_check"
    turn = engine.respond("2")
    assert (turn.state, turn.kind) == ("records_timeline", "confirm") and "october: chest pain walking" in turn.text
    engine.respond("yes")
    assert [event["when"] for event in engine.slots["timeline"]] == ["october", "november 3"]
    engine, _ = talk([*AT_TIMELINE, "october: chest pain walking", "2"])
    turn = engine.respond("no")
    assert (turn.state, turn.kind) == ("records_timeline", "reask") and "timeline" not in engine.slots


def test_a_line_that_was_happening_now_or_is_no_answer_is_not_read_after_the_check():
    engine, _ = talk(["1", "whether to have heart surgery", "skip", "2", "they offered him bypass surgery because of his chest pain"])
    engine.respond("yes")  # it is happening: the urgent turn, and nothing read as an answer
    turn = engine.respond("the ambulance came and checked him, he is stable")
    assert turn.state == "decision_situation" and "situation" not in engine.slots
    engine, _ = talk(["1", "knee surgery", "skip", "2", "1", "none", "he has chest pain"])  # the red-flag question
    turn = engine.respond("no")
    assert turn.state == "red_flags" and "red_flags" not in engine.slots  # its signs would contradict the No
    engine, _ = talk(["1", "knee surgery", "skip", "2", "1", "none", "none", "my dad has chest pain and we are worried"])
    turn = engine.respond("no")
    assert turn.state == "signs" and "signs" not in engine.slots and "from where we were" in turn.text
