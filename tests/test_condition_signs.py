"""Danger signs for a condition the person named, shown with the danger-sign list (a fourth user trial,
2026-12-04: a man with a 6 cm aortic aneurysm told of back aches beside "none"; a boy with diabetes had
"a bad low last night"; a woman with a large ovarian cyst had a sudden sharp pain)."""

from __future__ import annotations

import pytest

from assistant import condition_signs as module
from assistant.condition_signs import ConditionSignsError, condition_signs
from benchmarks.understanding import prepare


def _danger_list(decision: str, why: str | None = None, role: str = "patient"):
    engine = prepare("decision_sure", role)
    engine.slots["decision"] = decision
    if why:
        engine.slots["unsure_because"] = why
    return engine.respond("1 2 3 4")


@pytest.mark.parametrize("decision, about, sign", [
    ("whether to have open repair or a stent for my 6 cm AAA", "an aneurysm", "sudden, severe pain in the belly, back or chest"),
    ("whether he should go on an insulin pump", "diabetes", "a very high sugar with vomiting"),
    ("the ovarian cyst surgery on the 14th", "the belly", "sudden, severe belly pain"),
    ("R-CHOP or DA-EPOCH-R for his lymphoma", "chemotherapy", "a fever, or shaking chills"),
    ("whether to have a spinal fusion", "the back", "new numbness between the legs"),
])
def test_the_danger_list_adds_the_signs_of_a_condition_named(decision, about, sign):
    turn = _danger_list(decision)
    assert turn.state == "red_flags"
    assert f"Because you told me about {about}: {sign}" in turn.markdown.replace("\\", "")
    assert turn.markdown.index("Because you told me") < turn.markdown.index("safety check")


def test_a_condition_named_in_what_makes_them_unsure_counts_too_and_each_is_shown_once():
    turn = _danger_list("R-CHOP for my mother's lymphoma", why="she is diabetic and on warfarin", role="caregiver")
    text = turn.markdown.replace("\\", "")
    for about in ("chemotherapy", "diabetes", "blood thinners"):
        assert text.count(f"Because you told me about {about}:") == 1


@pytest.mark.parametrize("decision", ["whether to have knee surgery", "which cancer treatment to choose", "my dad's cataract"])
def test_no_condition_named_adds_nothing(decision):
    assert "Because you told me about" not in _danger_list(decision).markdown


def test_words_are_matched_whole():
    assert condition_signs({"decision": "the discussion about aortas"}) == []  # not "disc", not "aortic"
    assert [c["about"] for c in condition_signs({"decision": "a slipped disc"})] == ["the back"]


def test_a_broken_data_file_says_what_is_wrong(monkeypatch, tmp_path):
    (tmp_path / module.FILE).write_text("- about: x\n  text: y\n", encoding="utf-8")
    monkeypatch.setattr(module, "dialogues_dir", lambda: tmp_path)
    module._entries.cache_clear()
    try:
        with pytest.raises(ConditionSignsError, match="entry 1 needs about"):
            condition_signs({"decision": "an aneurysm"})
    finally:
        module._entries.cache_clear()


# A fifth user trial (2026-12-04): appendicitis being watched, a hernia, a pancreas or bile duct cancer
# (yellow skin), glaucoma.
@pytest.mark.parametrize("decision, about, sign", [
    ("antibiotics or an operation for my mild appendicitis", "appendicitis", "call the doctor who is watching it today"),
    ("keyhole or open repair of my inguinal hernia", "a hernia", "a bulge that will not go back in"),
    ("whether my father should have the Whipple for pancreatic cancer", "a pancreas or bile duct problem",
     "yellow skin or eyes with a fever or shaking chills is an emergency"),
    ("laser or drops for my glaucoma", "glaucoma", "sudden bad eye pain"),
])
def test_the_new_conditions_have_their_own_signs(decision, about, sign):
    text = _danger_list(decision).markdown.replace("\\", "")
    assert f"Because you told me about {about}:" in text and sign in text


@pytest.mark.parametrize("decision, remark, said", [
    ("whether my dad should have surgery for his bile duct cancer", "no. his eyes have gone yellow though", "a pancreas or bile duct problem"),
    ("mesh repair of my hernia or wait", "none. the bump pops out when i cough, i push it back", "a hernia"),
    ("whipple or chemo first for my mum's pancreas cancer", "nope. shes yellow tho, mostly her eyes", "a pancreas or bile duct problem"),
])
def test_none_with_the_conditions_own_sign_keeps_the_remark_and_says_what_to_watch(decision, remark, said):
    engine = prepare("decision_sure", "patient")
    engine.slots["decision"] = decision
    engine.respond("1 2 3 4")
    turn = engine.respond(remark)
    assert turn.state == "signs"
    text = turn.markdown.replace("\\", "")
    assert ("I kept your note" in text or "You also told me" in text) and f"Because you told me about {said}:" in text
    assert engine.slots["answer_notes"]["red_flags"]


def test_none_with_nothing_of_the_condition_says_nothing_more():
    engine = prepare("decision_sure", "patient")
    engine.slots["decision"] = "whether to have the whipple for pancreatic cancer"
    engine.respond("1 2 3 4")
    assert "I kept your note" not in engine.respond("none").markdown
