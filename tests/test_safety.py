"""The safety net: every emergency must be caught; ordinary second-opinion talk must pass."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import yaml_cache

# Importing builds and caches the screening tables: like every test's cache, in a temporary folder.
with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
    patch.setenv(yaml_cache.CACHE_ENV, folder)
    from assistant import safety, safety_rules
    from assistant.safety import CATEGORIES, Screening, screen

PHRASES = Path(__file__).parent / "data" / "red_flag_phrases.csv"
# Held-out rounds: written fresh and measured before any fix, then fixed generally and kept here
# (every round is scored with the same assertions below).
# emergency: yes = must be "emergency"; ask = a genuinely ambiguous phrasing (a bare symptom word)
# whose accepted level is "ask"; no = ordinary talk that must not be an emergency.
# Before their fixes (emergency-level recall / emergency-or-ask recall / false emergencies / asks
# on ordinary lines):
#   red_flag_heldout3.csv (97 + 94 lines: short texts, non-native English, babies, elderly carers,
#     emoji, emergencies inside a second-opinion story, pregnancy, indirect self-harm, anaphylaxis,
#     low sugar, heat; ordinary lines full of medical words): 71.1% / 81.4% / 0 / 7.4%
#   red_flag_heldout4.csv (28 + 26 fresh lines, written after round 3's fixes): 71.4% / 78.6% / 1 / 3.8%
HELD_OUT = sorted((Path(__file__).parent / "data").glob("red_flag_heldout*.csv"))
CATEGORY_IDS = {"stroke", "heart_attack", "sepsis", "breathing", "neurologic", "bleeding", "unconscious", "swelling", "self_harm"}


def level(text: str) -> str:
    return screen(text).level


def load_phrases(path: Path = PHRASES) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


# --- the labelled phrase set --------------------------------------------------------------------
def test_phrase_set_is_big_and_covers_every_category():
    rows = load_phrases()
    emergencies = [r for r in rows if r["emergency"] == "yes"]
    ordinary = [r for r in rows if r["emergency"] == "no"]
    assert len(rows) >= 220 and len(emergencies) >= 100 and len(ordinary) >= 120
    assert {r["emergency"] for r in rows} == {"yes", "no"}
    assert {r["category_or_reason"] for r in emergencies} == CATEGORY_IDS
    reasons = {r["category_or_reason"] for r in ordinary}
    assert {"negated", "historical", "family", "hypothetical", "ordinary", "ambiguous-not-now"} <= reasons
    assert len({r["phrase"] for r in rows}) == len(rows), "duplicate phrases"


def test_phrase_set_recall_and_specificity():
    rows = load_phrases()
    missed, false_alarms, wrong_category = [], [], []
    for row in rows:
        result = screen(row["phrase"])
        expected = row["category_or_reason"]
        if row["emergency"] == "yes":
            if not result.is_emergency:
                missed.append(f"MISSED {row['phrase']!r} ({expected}) -> {result.level}")
            elif expected not in result.categories:
                wrong_category.append(f"CATEGORY {row['phrase']!r}: expected {expected}, got {result.categories}")
        elif result.is_emergency:
            false_alarms.append(f"FALSE ALARM {row['phrase']!r} ({expected}) -> {result.categories}")
    n_yes = sum(r["emergency"] == "yes" for r in rows)
    n_no = len(rows) - n_yes
    recall = (n_yes - len(missed)) / n_yes
    specificity = (n_no - len(false_alarms)) / n_no
    print(f"\nred-flag phrase set: recall {recall:.1%} ({n_yes - len(missed)}/{n_yes}), "
          f"specificity {specificity:.1%} ({n_no - len(false_alarms)}/{n_no})")
    for line in missed + false_alarms + wrong_category:
        print("  " + line)
    assert recall == 1.0, missed
    assert specificity >= 0.95, false_alarms
    assert not wrong_category


def test_ambiguous_rows_ask_and_context_rows_stay_quiet():
    """'ask' means one question; history, family, negation and worry must not even ask."""
    rows = load_phrases()
    for row in rows:
        reason = row["category_or_reason"]
        if reason == "ambiguous-not-now":
            assert level(row["phrase"]) == "ask", row["phrase"]
    quiet = [r for r in rows if r["category_or_reason"] in ("negated", "historical", "hypothetical", "ordinary")]
    asked = [r["phrase"] for r in quiet if level(r["phrase"]) != "none"]
    assert len(asked) <= len(quiet) * 0.03, asked


# --- the held-out rounds --------------------------------------------------------------------------
def test_held_out_rounds_are_there_and_well_formed():
    assert {path.name for path in HELD_OUT} >= {"red_flag_heldout.csv", "red_flag_heldout_2.csv",
                                                 "red_flag_heldout3.csv", "red_flag_heldout4.csv"}
    rows = [row for path in HELD_OUT for row in load_phrases(path)]
    assert len(rows) >= 590 and {r["emergency"] for r in rows} <= {"yes", "ask", "no"}
    emergencies = [r for r in rows if r["emergency"] != "no"]
    assert {r["category_or_reason"] for r in emergencies} == CATEGORY_IDS
    assert sum(r["emergency"] == "ask" for r in rows) <= 3, "'ask' is only for genuinely ambiguous rows"
    assert len({r["phrase"] for r in rows}) == len(rows), "duplicate phrases"


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda path: path.stem)
def test_held_out_recall_and_specificity(path):
    rows = load_phrases(path)
    levels = {row["phrase"]: screen(row["phrase"]) for row in rows}
    must, may_ask = [r for r in rows if r["emergency"] == "yes"], [r for r in rows if r["emergency"] == "ask"]
    ordinary = [r for r in rows if r["emergency"] == "no"]
    missed = [f"MISSED {r['phrase']!r} ({r['category_or_reason']}) -> {levels[r['phrase']].level}"
              for r in must if not levels[r["phrase"]].is_emergency]
    missed += [f"MISSED {r['phrase']!r} -> none" for r in may_ask if levels[r["phrase"]].level == "none"]
    false_alarms = [f"FALSE ALARM {r['phrase']!r} ({r['category_or_reason']})" for r in ordinary if levels[r["phrase"]].is_emergency]
    asked = [f"asked {r['phrase']!r}" for r in ordinary if levels[r["phrase"]].level == "ask"]
    other_category = [f"category {r['phrase']!r}: {r['category_or_reason']} -> {levels[r['phrase']].categories}"
                      for r in must if r["category_or_reason"] not in levels[r["phrase"]].categories]
    recall = 1 - len(missed) / (len(must) + len(may_ask))
    specificity = 1 - len(false_alarms) / len(ordinary)
    print(f"\n{path.name}: recall {recall:.1%} ({len(must)} must be emergency, {len(may_ask)} may ask), "
          f"specificity {specificity:.1%} ({len(ordinary)} ordinary), asked on ordinary {len(asked)}")
    for line in missed + false_alarms + asked + other_category:
        print("  " + line)
    assert recall == 1.0, missed
    assert specificity >= 0.95, false_alarms
    assert len(asked) <= len(ordinary) * 0.05, asked  # one direct question, rarely on ordinary talk


# --- the safety-net vocabulary, present tense, pointing back ------------------------------------
@pytest.mark.parametrize("text", [
    "something about seizures", "she keeps fainting?", "gasping", "my wife collapsed", "throat closing up",
])
def test_acute_danger_words_always_get_at_least_the_question(text):
    assert level(text) in ("ask", "emergency")


@pytest.mark.parametrize(("text", "expected"), [
    ("she fainted", "ask"), ("she is fainting", "emergency"), ("she keeps passing out", "emergency"),
    ("i have chest pain", "ask"), ("im having chest pain", "emergency"),
    ("breathing fast", "ask"), ("my son is breathing fast", "emergency"),
])
def test_a_present_tense_frame_next_to_a_sign_makes_it_an_emergency(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my tongue was swollen after the dentist but its fine now", "ask"),  # "it" points back: lowered
    ("her face drooped, but it went away", "emergency"),  # a stroke sign that passes still counts
    ("i had a reaction to contrast dye once, my throat swelled", "ask"),  # past time carries over
    ("i had a reaction to contrast dye once, my throat is swelling now", "emergency"),
])
def test_context_reaches_across_a_comma_only_when_it_points_back(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my heart is racing and i feel faint", "emergency"),
    ("i have a fever and feel faint", "emergency"),
    ("my grandpa is on the floor and wont answer me", "emergency"),
    ("my doctor wont answer me", "none"),
    ("her face looks off and she cant hold her cup", "emergency"),  # two stroke signs together
    ("pain between my shoulder blades and im clammy", "emergency"),
])
def test_new_combinations(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(("typed", "meant"), [
    ("storke", "stroke"), ("cheast", "chest"), ("sweting", "sweating"), ("siuicidal", "suicidal"),
    ("od'd", "overdosed"), ("attck", "attack"), ("colapsed", "collapsed"),
    ("cheat", "cheat"), ("checking", "checking"), ("blessing", "blessing"), ("odd", "odd"), ("paint", "paint"),
])
def test_typos_one_slip_from_a_key_word_but_real_words_stay(typed, meant):
    assert safety._spell(typed) == meant


@pytest.mark.parametrize("text", [
    "the bills are bleeding us dry", "i was so shocked i couldnt speak", "my dad is having a fit about the cost",
    "blood in my spit when i brush", "my hands are ice cold in winter", "im ready to go",
])
def test_more_everyday_talk_stays_quiet(text):
    assert level(text) == "none"


# --- short messages, non-native English, at-risk groups (round 3 and 4) ---------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("hes blue", "emergency"), ("help my baby is blue", "emergency"), ("chest", "ask"), ("help chest", "ask"),
    ("chest rn", "emergency"), ("blue", "ask"), ("so dizzy cant stand", "emergency"),
    ("help", "none"), ("help me decide", "none"), ("blue cross wont cover it", "none"), ("not blue", "none"),
    ("is this a stroke", "ask"),  # a question, not "this is a stroke"
])
def test_a_short_message_of_a_danger_word_gets_at_least_the_question(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize("text", [
    "my husband he fall and not talk good", "mother face is go down one side", "my wife she no can breathing",
    "father arm no move since one hour", "my son he sleep and i cannot to wake him", "much blood coming from her, not stop",
])
def test_non_native_grammar_is_understood(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "we did not see the specialist yet", "he did not talk to the surgeon", "there was no talk of surgery",
    "my father no speak english well, can you make it simple", "i will not stop asking questions",
])
def test_the_grammar_tolerance_leaves_ordinary_english_alone(text):
    assert not screen(text).is_emergency


@pytest.mark.parametrize(("text", "category"), [
    ("baby wont stop crying and is floppy", "unconscious"), ("toddler swallowed pills", "unconscious"),
    ("my daughter is 2 and ate some of my blood pressure pills", "unconscious"),
    ("my 6 week old has a temp of 38.4", "sepsis"), ("his sugar is 2.1 and hes confused and sweaty", "neurologic"),
    ("he was working outside in the heat, now hes confused and stopped sweating", "neurologic"),
    ("my husband with dementia is grey and clammy and his breathing is rattly", "breathing"),  # dementia explains confusion, not this
    ("grandma fell and isnt moving", "unconscious"), ("used my epipen but still wheezing", "swelling"),
])
def test_acute_danger_in_other_words(text, category):
    result = screen(text)
    assert result.is_emergency and category in result.categories


def test_an_overdose_taken_by_mistake_is_a_poisoning_not_a_crisis():
    result = screen("mum took too many of her heart tablets by mistake and now her heartbeat is all over the place")
    assert result.is_emergency and not result.crisis
    assert screen("took all my antidepressants an hour ago").crisis
    assert level("my son overdosed on his insulin once by mistake, now we use a pump") == "none"


@pytest.mark.parametrize("text", [
    "i carry an epipen just in case", "the medication list says overdose risk, how careful do i need to be",
    "she takes blood thinners so the dentist is careful about bleeding", "i am drowning in medical bills",
    "my mother is blue about not being able to drive", "he sits on the edge of the bed to get dressed",
    "my sugar was low this morning, i ate a biscuit and its fine now", "as i said in my last message",
    "is chest pain after a stent normal? just asking for my appointment next week",
])
def test_medical_words_in_ordinary_talk_stay_quiet(text):
    assert level(text) == "none"


# --- each category ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "category"), [
    ("her face is drooping", "stroke"),
    ("he cant lift his left arm", "stroke"),
    ("my wife is slurring her words", "stroke"),
    ("i suddenly see double", "stroke"),
    ("dad is suddenly very confused", "stroke"),
    ("chest pain and i am sweating", "heart_attack"),
    ("pressure in my chest going down my left arm", "heart_attack"),
    ("fever and her blood pressure is low", "sepsis"),
    ("my skin is mottled", "sepsis"),
    ("i feel like i might die", "sepsis"),
    ("my lips are blue", "breathing"),
    ("he cant finish a sentence", "breathing"),
    ("the worst headache of my life", "neurologic"),
    ("i lost control of my bladder and my legs are weak", "neurologic"),
    ("the bleeding will not stop", "bleeding"),
    ("she is vomiting blood", "bleeding"),
    ("he is unconscious", "unconscious"),
    ("my wife is having a seizure", "unconscious"),
    ("my tongue is swelling", "swelling"),
    ("i want to kill myself", "self_harm"),
])
def test_each_category_is_an_emergency(text, category):
    result = screen(text)
    assert result.level == "emergency"
    assert category in result.categories


@pytest.mark.parametrize("text", [
    "can't breathe", "cant breath", "I can’t breathe", "can't lift my arm", "he won't wake up",
    "the bleeding won't stop", "he hasn't peed all day", "my mom is not making sense",
    "she can't speak", "i cant walk", "i dont want to be alive", "he is not breathing",
])
def test_red_flags_that_contain_a_negation_word_are_never_negated(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "no chest pain", "denies fever", "breathing is fine", "without numbness", "they ruled out a stroke",
    "i dont have chest pain", "no headache, no vision changes", "she is not confused at all",
    "no weakness in my left arm", "i would never hurt myself",
])
def test_negated_signs_are_not_current(text):
    assert level(text) == "none"


@pytest.mark.parametrize("text", [
    "no fever but now my face is drooping", "no chest pain, however i cant breathe",
    "no fever and my lips are blue", "no headache except her speech is slurred",
])
def test_negation_scope_ends_at_but_comma_and_new_clause(text):
    assert level(text) == "emergency"


def test_pseudo_negations_do_not_negate():
    assert level("no change in my chest pain") == "ask"
    assert level("not sure if it matters but her face is drooping") == "emergency"
    assert level("not only chest pain but also sweating") == "emergency"


@pytest.mark.parametrize("text", [
    "had a heart attack in 2019", "i used to faint", "he had a seizure two years ago",
    "my father had a stroke two years ago", "my brother died of a heart attack", "my mom had a stroke",
])
def test_history_and_family_history_are_not_current(text):
    assert level(text) == "none"


@pytest.mark.parametrize("text", [
    "my dad's face is drooping and he can't lift his arm", "my wife is having a seizure",
    "my dad wont wake up", "my moms face is droopy", "my dad had a stroke this morning",
])
def test_a_caregivers_report_about_someone_now_is_an_emergency(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "what if I have a stroke during surgery", "worried about the risk of bleeding", "risk of stroke",
    "could the surgery cause a heart attack", "what if he stops breathing after surgery",
    "i am scared i wont wake up from the anesthesia",
])
def test_hypothetical_and_worry_are_not_current(text):
    assert level(text) == "none"


@pytest.mark.parametrize("text", ["chest pain", "bad headache", "fever", "short of breath", "i had a seizure"])
def test_ambiguous_signs_ask_if_it_is_happening_now(text):
    assert level(text) == "ask"


@pytest.mark.parametrize("text", [
    "chest pain right now", "i have chest pain. it started 10 minutes ago", "sudden severe headache",
    "short of breath right now", "he just passed out",
])
def test_a_time_or_suddenness_turns_an_ambiguous_sign_into_an_emergency(text):
    assert level(text) == "emergency"


def test_long_standing_symptoms_are_not_emergencies():
    assert level("i have had headaches for years") == "none"
    assert level("i get short of breath when i climb stairs") == "none"
    assert level("my left leg has been numb for two years") == "ask"  # lowered, never silenced


@pytest.mark.parametrize(("text", "category"), [
    ("my daughter is bleeding and it wont stop after her tonsil surgery", "bleeding"),  # "it" points back
    ("she is 8 months pregnant and has a terrible headache and blurry vision", "neurologic"),
    ("i ate shrimp and my throat feels tight and im wheezing", "swelling"),
    ("my father is very pale and sweating and has indigestion and pain in his jaw", "heart_attack"),
    ("i am on chemo and have a fever of 39", "sepsis"),
    ("he hit his head and now hes confused and vomiting", "neurologic"),
    ("she has a kidney infection and is now very sleepy and hard to rouse", "sepsis"),
])
def test_signs_that_only_together_are_an_emergency(text, category):
    result = screen(text)
    assert result.is_emergency and category in result.categories


@pytest.mark.parametrize("text", [
    "i cant breathe easy until i know the results", "this decision is killing me", "i am dying to know the results",
    "i feel like im dying inside from stress", "the bill nearly gave me a heart attack", "i want to die at home when the time comes",
    "my head is spinning with all these options", "it takes my breath away how expensive this is",
])
def test_everyday_idioms_are_not_emergencies(text):
    assert not screen(text).is_emergency


def test_a_stroke_sign_that_went_away_is_still_an_emergency():
    assert level("her face drooped for ten minutes and then it went away") == "emergency"


def test_a_red_flag_buried_in_an_ordinary_answer_is_found():
    result = screen("the surgeon wants a knee replacement but right now i cant feel my left arm")
    assert result.is_emergency and result.categories == ("stroke",)
    assert result.matched == ("cant feel my left arm",)


def test_ordinary_second_opinion_talk_is_quiet():
    for text in ["the surgeon wants to replace my knee", "my father had a stroke two years ago",
                 "the tumour is not responding to chemo", "i cant see a specialist until march",
                 "the radiologist report is not making sense to me", "i am confused about my options"]:
        assert screen(text) == Screening(), text


# --- normalising: capitals, typos, apostrophes ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "I CANT BREATHE", "MY MOM CANT TALK AND HER FACE IS DROOPING", "chest pian and sweating",
    "numbess down my left side", "hes unconsious", "my wife is haveing a siezure", "cnat breathe",
    "my husbands speech is slured", "the bleading wont stop", "my tongue is swolen",
])
def test_capitals_and_typos_are_understood(text):
    assert level(text) == "emergency"


def test_matched_words_are_the_users_own_and_in_order():
    result = screen("My Dad’s FACE is drooping and he can't lift his arm")
    assert result.matched == ("FACE is drooping", "can't lift his arm")
    assert result.categories == ("stroke",)


def test_categories_are_in_order_of_first_appearance():
    result = screen("she is not breathing and her face is drooping")
    assert result.categories == ("breathing", "stroke")


def test_labels_and_crisis():
    result = screen("i cant breathe and i want to kill myself")
    assert result.crisis and result.is_emergency
    assert result.labels() == [CATEGORIES["breathing"]["label"], CATEGORIES["self_harm"]["label"]]
    assert not screen("my face is drooping").crisis


@pytest.mark.parametrize(("text", "label"), [
    ("toddler swallowed pills", "swallowing something poisonous"),
    ("my kid drank bleach", "swallowing something poisonous"),
    ("mum took too many of her heart tablets by mistake and now her heartbeat is all over the place",
     "too much medicine taken by mistake"),
    ("took all my antidepressants an hour ago", "an overdose"),
    ("his sugar is 2.1 and hes confused and sweaty", "a very low blood sugar"),
    ("he was working outside in the heat, now hes confused and stopped sweating", "heat stroke"),
    ("i ate shrimp and my throat feels tight and im wheezing", "a severe allergic reaction"),
])
def test_the_user_is_told_what_was_recognised_not_a_misleading_category(text, label):
    result = screen(text)
    assert result.is_emergency and result.labels()[0] == label
    assert all(result.labels()[0] != CATEGORIES[category]["label"] for category in result.categories)


def test_without_a_sign_of_its_own_a_label_is_the_categorys():
    assert screen("blood sugar 40 and she wont wake properly").labels() == [
        "a very low blood sugar", CATEGORIES["unconscious"]["label"]]
    assert Screening("emergency", ("stroke",)).labels() == [CATEGORIES["stroke"]["label"]]


def test_a_crisis_is_reported_even_next_to_another_emergency_at_a_lower_level():
    result = screen("he cant breathe. my brother killed himself last year")
    assert result.is_emergency and result.crisis


# --- the API contract ------------------------------------------------------------------------------
def test_screening_api():
    result = screen("my face is drooping")
    assert isinstance(result, Screening)
    assert (result.level, result.is_emergency) == ("emergency", True)
    assert isinstance(result.categories, tuple) and isinstance(result.matched, tuple)
    with pytest.raises(FrozenInstanceError):
        result.level = "none"  # type: ignore[misc]
    assert Screening() == screen("hello") and Screening().labels() == []


def test_categories_come_from_the_yaml_with_plain_labels():
    assert set(CATEGORIES) == CATEGORY_IDS
    assert all(isinstance(data["label"], str) and data["label"] for data in CATEGORIES.values())


def test_the_yaml_is_consistent():
    rules = safety._RULES
    signs = rules["signs"]
    assert {s["category"] for s in signs.values() if "category" in s} == CATEGORY_IDS
    assert set(rules["net"]["terms"]) == CATEGORY_IDS  # the safety net covers every category
    net_signs = {f"net_{category}" for category in rules["net"]["terms"]}
    for combo in rules["combos"]:
        assert combo["category"] in CATEGORY_IDS
        assert set(combo["first"]) | set(combo["second"]) <= set(signs) | net_signs
    for spec in [*signs.values(), rules["net"]]:
        assert set(spec.get("escalate_on", ())) <= set(rules["escalators"])
    for spec in rules["context"].values():
        assert spec["effect"] in ("none", "ask", "downgrade", "keep")
        assert set(spec.get("unless", ())) <= set(rules["escalators"])
        assert set(spec.get("signs", ())) <= set(signs)  # a context only for some signs
    for category in CATEGORIES.values():
        assert set(category.get("context_effects", {})) <= set(rules["context"])
    assert set(rules["short"]["terms"]) <= CATEGORY_IDS and rules["short"]["max_words"] <= 8
    assert "help" in rules["short"]["fillers"] and all(isinstance(w, str) for w in rules["short"]["fillers"])
    for rule in rules["missing_helper"]:  # YAML reads a bare no as False: every word must be a string
        assert all(isinstance(w, str) for w in rule["negations"] + rule["verbs"] + rule["not_after"])
    assert all(isinstance(w, str) for w in rules["context"]["negated"]["negation_words"] + rules["clauses"]["run_on_after"])
    labels = [spec["label"] for spec in [*signs.values(), *rules["combos"]] if "label" in spec]
    assert labels and all(isinstance(label, str) and label for label in labels)
    # every sign needs some literal text: it is only run on the clauses holding it (speed)
    assert not [sign.name for sign in safety._SIGNS if not sign.finder.anchors]


def test_every_match_lies_in_a_clause_holding_one_of_its_anchors():
    """The speed-up may never hide a match: a pattern list runs only on the clauses holding one
    of its anchors, so every match of every list, run everywhere, must be in such a clause."""
    rows = [row["phrase"] for path in [PHRASES, *HELD_OUT] for row in load_phrases(path)]
    doc = safety._Doc(". ".join(rows))
    for finder in safety._FINDERS.values():
        anchored = set(finder.clauses(doc))
        missed = [m.group() for m in finder.regex.finditer(doc.joined) if doc.clause_of[doc.word_at(m.start())] not in anchored]
        assert not missed, (finder.name, missed[:5])


def test_the_tables_are_cached_and_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    load = safety_rules.load.__wrapped__  # past the in-process cache
    built = load()
    assert built == safety._TABLES  # what screening runs on is what the YAML gives
    (cached,) = tmp_path.glob("red_flags-tables-*.json")
    for damage in ("{not json", "{}", ""):
        cached.write_text(damage)
        assert load() == built
    assert load() == built  # read back from the rewritten file


def test_a_warm_start_imports_neither_pyyaml_nor_rapidfuzz(tmp_path):
    """Importing the safety net costs a cache read: PyYAML only builds the cache, rapidfuzz
    is loaded at the first word that needs a spelling guess."""
    code = "import sys, assistant.safety; print(sorted({'yaml', 'rapidfuzz'} & set(sys.modules)))"
    env = {**os.environ, yaml_cache.CACHE_ENV: str(tmp_path)}

    def imported() -> str:
        return subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent, env=env,
                              capture_output=True, text=True, check=True).stdout.strip()

    assert imported() == "['yaml']"  # cold: the tables are built
    assert imported() == "[]"


def test_the_yaml_is_read_once_at_import(monkeypatch):
    def no_file_access(*args, **kwargs):
        raise AssertionError("screen() must not read files")

    monkeypatch.setattr("builtins.open", no_file_access)
    monkeypatch.setattr(Path, "read_text", no_file_access)
    assert level("my face is drooping") == "emergency"


# --- odd input ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "", "   ", "\n\t\r", "😀😀😀", "\x00\x1b[31m\x07", "?!.,;:", "[/]", "'''", "ｃａｎｔ ｂｒｅａｔｈｅ", "İ" * 50,
    "\u200b", "-", "- - -", "1.2.3", "a'", "'a",
])
def test_odd_input_never_raises(text):
    assert screen(text).level in ("none", "ask", "emergency")


def test_full_width_and_emoji_around_a_red_flag():
    assert level("ｃａｎｔ ｂｒｅａｔｈｅ") == "emergency"
    assert level("😱😱 my dad wont wake up 😭") == "emergency"


def test_non_text_is_not_an_emergency():
    assert screen(None) == Screening()  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_screened_without_error(text):
    result = screen(text)
    assert result.level in ("none", "ask", "emergency")
    assert all(isinstance(words, str) and words for words in result.matched)


# --- long input (speed is measured in benchmarks/screening.py, not here) ---------------------------
ORDINARY = "the surgeon wants to replace my knee but i am not sure about the risk of bleeding, no fever. "
RUN_ON = ("i had chest pain and sweating yesterday no numbness now my dad was unconscious last year "
          "and i felt short of breath when i walk up the hill ")


def test_a_red_flag_at_the_end_of_a_100_kb_line_is_found():
    text = ORDINARY * 1100 + " and right now my face is drooping"
    assert len(text) > 100_000
    result = screen(text)
    assert result.is_emergency and result.categories == ("stroke",) and result.matched == ("face is drooping",)


def test_a_2000_word_line_full_of_red_flags_reports_every_category():
    rows = [row["phrase"] for path in [PHRASES, *HELD_OUT] for row in load_phrases(path)]
    result = screen(" ".join(" ".join(f"{row}." for row in rows).split()[:2000]))
    assert result.is_emergency and result.crisis and set(result.categories) == CATEGORY_IDS


@pytest.fixture
def examined(monkeypatch) -> list[int]:
    """The number of clauses each pattern list is run on, call by call."""
    counts: list[int] = []
    matches = safety._Finder.matches

    def counted(self, doc, text, clauses):
        counts.append(len(clauses))
        return matches(self, doc, text, clauses)

    monkeypatch.setattr(safety._Finder, "matches", counted)
    return counts


@pytest.mark.parametrize("base", [ORDINARY, RUN_ON], ids=["story", "run-on"])
def test_the_work_grows_linearly_with_length(base, examined):
    """Ten times the text, about ten times the clauses examined (counted, not timed)."""
    assert screen(base * 10).level == screen(base * 100).level
    examined.clear()
    screen(base * 10)
    small = sum(examined)
    examined.clear()
    screen(base * 100)
    assert 0 < sum(examined) <= 11 * small, (small, sum(examined))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a" * 100_000, "none"), ("no chest pain " * 800, "none"), ("cant breathe " * 800, "emergency"),
     ("😀" * 50_000, "none"), (", " * 50_000, "none")],
    ids=["one 100 KB word", "repeated negated signs", "repeated red flags", "emoji", "punctuation"],
)
def test_degenerate_long_lines_are_screened(text, expected):
    assert level(text) == expected
