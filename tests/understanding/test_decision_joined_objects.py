"""A decision offered back keeps both things joined by "and" ("take her tonsils and adenoids out", "chemo and
radiation"), and still stops where a new clause starts ("... and i dont know"). Found by the lead trying a parent's
journey in the Textual UI, 2026-12-05: "the ENT wants to take her tonsils and adenoids out" was offered back as
"Whether to let them take her tonsils"."""

from __future__ import annotations

import pytest

from assistant.understanding.decision_proposed import proposed_decision
from support import talk


@pytest.mark.parametrize("line, offered", [
    ("my daughter is 6, the ENT wants to take her tonsils and adenoids out", "Whether to let them take her tonsils and adenoids out"),
    ("the ENT wants to take out her tonsils and adenoids", "Whether to let them take out her tonsils and adenoids"),
    ("surgeon wants to remove the gallbladder and appendix", "Whether to let them remove the gallbladder and appendix"),
    ("doctor wants to fuse L4 and L5 next month", "Whether to let them fuse L4 and L5"),
    ("they want to do chemo and radiation and i am scared", "Whether to let them do chemo and radiation"),
])
def test_two_things_joined_by_and_are_both_offered(line, offered):
    assert proposed_decision(line) == offered


@pytest.mark.parametrize("line, offered", [
    ("he wants to take her tonsils and i dont know", "Whether to let them take her tonsils"),
    ("they want to remove her ovaries and idk", "Whether to let them remove her ovaries"),
    ("they want to remove the thyroid and also check lymph nodes", "Whether to let them remove the thyroid"),
    ("surgeon wants to take out the gallbladder, and i want another look", "Whether to let them take out the gallbladder"),
])
def test_a_new_clause_after_and_is_still_left_out(line, offered):
    assert proposed_decision(line) == offered


def test_the_whole_decision_reaches_the_plan():
    engine, turns = talk(["my daughter is 6, the ENT wants to take her tonsils and adenoids out"])
    assert turns[-1].kind == "confirm" and "tonsils and adenoids out" in turns[-1].text
    engine.respond("yes")
    assert engine.slots["decision"] == "Whether to let them take her tonsils and adenoids out"


@pytest.mark.parametrize("line, offered", [
    ("for my mum, she is 81, they want to put a pacemaker in", "Whether to let them put a pacemaker in"),
    ("they want to put a stent in asap", "Whether to let them put a stent in"),
    ("he wants to put a pacemaker in next month", "Whether to let them put a pacemaker in"),
])
def test_the_verbs_own_in_is_kept(line, offered):
    # a trial with --country UK, 2026-12-05: "put a pacemaker in" was offered back as "put a pacemaker"
    assert proposed_decision(line) == offered


@pytest.mark.parametrize("line, offered", [
    # a lead's trial, 2026-12-06: "they want to put her on ocrevus infusions" was offered back as "Whether to let them put her"
    ("its for my wife, she has ms and they want to put her on ocrevus infusions", "Whether to let them put her on ocrevus infusions"),
    ("neuro wants to keep her on the steroids and i am not sure", "Whether to let them keep her on the steroids"),
    ("doctor wants to put him in a cast for 6 weeks", "Whether to let them put him in a cast"),
    ("they want to start me on insulin next week", "Whether to let them start me on insulin"),
])
def test_a_person_put_on_or_in_something_keeps_the_thing(line, offered):
    assert proposed_decision(line) == offered


@pytest.mark.parametrize("line, offered", [
    ("they want to see him in june", "Whether to let them see him"),  # a time after "in" is still cut
    ("they want to start her in may", "Whether to let them start her"),
    ("they want to put him on monday", "Whether to let them put him"),
])
def test_a_time_after_on_or_in_is_still_left_out(line, offered):
    assert proposed_decision(line) == offered


@pytest.mark.parametrize("line, offered", [
    # a lead's trial, 2026-12-07 (a boy of 15 typing himself): "they want to put pins in it" was offered back as
    # "Whether to let them put pins"
    ("its me, im 15 and my arm is broke, they want to put pins in it", "Whether to let them put pins in it"),
    ("they want to put pins in my arm and i dont know", "Whether to let them put pins in my arm"),
    ("ENT wants to put tubes in my sons ears", "Whether to let them put tubes in my sons ears"),
    ("they want to put a rod in her back because of the curve", "Whether to let them put a rod in her back"),
    ("they want to inject steroids into my knee", "Whether to let them inject steroids into my knee"),
    ("they want to operate on my left knee soon", "Whether to let them operate on my left knee"),
    ("they want to operate on it", "Whether to let them operate on it"),
])
def test_the_body_part_the_thing_is_done_to_is_kept(line, offered):
    assert proposed_decision(line) == offered


@pytest.mark.parametrize("line, offered", [
    ("they want to put a plate in it next week", "Whether to let them put a plate in it"),
    ("they want to put tubes in bc of ear infections", "Whether to let them put tubes in"),
    ("they want to see him in my office", "Whether to let them see him"),  # a place, not a body part
    ("they want to operate on monday", None),
])
def test_a_time_or_a_place_after_the_body_part_is_still_left_out(line, offered):
    assert proposed_decision(line) == offered
