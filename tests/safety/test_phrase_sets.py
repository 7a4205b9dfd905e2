"""Recall and specificity on the labelled phrase sets and the held-out rounds."""

from __future__ import annotations

import re

import pytest
from safety.safety_support import CATEGORY_IDS, DATA, FIRST_CATEGORY_IDS, HELD_OUT, level, load_phrases, screen


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
    assert FIRST_CATEGORY_IDS <= {r["category_or_reason"] for r in emergencies} <= CATEGORY_IDS
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


# --- the untouched rounds of issue 12 (tests/data/safety_round*.csv) --------------------------------
# Written by someone who never saw the code, measured untouched (docs/safety.md), then folded in.
# Their categories are the writer's own names ("acute_abdomen", "spanish stroke"): only the
# level is checked here, through the real engine in benchmarks/safety_rounds.py and below.
ROUNDS = sorted(DATA.glob("safety_round*.csv"), key=lambda path: int(re.sub(r"\D", "", path.stem)))
# Every folded round is held to the same rule (rounds 3 and 4 were fixed in full when round 4 was
# folded in; untouched they had 37 / 26 silent emergencies; round 5, folded in on 2026-12-03, had
# 20 silent lines and 14 only asked when screened alone, docs/safety.md; round 6, folded in on
# 2026-12-03, had 19 silent, 10 only asked and 16 ordinary lines not quiet; round 7, folded in on
# 2026-12-03 by two branches, had 39 silent lines, 16 only asked and 18 ordinary lines not quiet
# through the engine at five questions; rounds 8 to 12 likewise, docs/safety.md). A round not yet fixed
# in full would keep its own ceilings here, as round 3 did before.
# Round 15 (held out, measured 2026-12-03, folded in 2026-12-04: 21 silent emergencies, 4 only asked
# and 24 ordinary lines not quiet, screened alone) meets the rule since branches 12a and 12b. A round
# folded in before it is fixed in full keeps its ceilings (silent, only asked, loud) here until then.
# Round 16 (held out, measured 2026-12-04 before and after that session's work, folded in 2026-12-04:
# 17 silent emergencies, 2 only asked and 30 ordinary lines not quiet, screened alone) meets the rule
# since branch issue-12 (0 silent, 0 only asked, 10 loud, tuned).
# Round 17 (held out, measured 2026-12-04 before and after that session's work, folded in 2026-12-04
# in the next session: 20 silent emergencies, 8 only asked and 23 ordinary lines not quiet, screened
# alone) meets the rule since branch issue-12 and issue-s3 (0 silent, 1 only asked, 2 loud, tuned).
# Round 18 (held out, measured 2026-12-04 before and after that session's work, folded in 2026-12-04
# in the next session: 25 silent emergencies, 7 only asked and 31 ordinary lines not quiet, screened
# alone) meets the rule since branches issue-12 (0 silent, 0 only asked) and issue-s4 (2 loud), tuned.
# Round 19 (held out, measured 2026-12-04 before and after that session's work, folded in 2026-12-04
# in the next session): 13 silent emergencies, 3 only asked and 20 ordinary lines not quiet, screened alone.
# Its emergencies meet the rule since branch issue-12 (0 silent, 0 only asked) and its ordinary lines
# since issue-s5 (1 loud), tuned; so it meets the general rule and has no ceiling.
# Round 20 (held out, measured 2026-12-04 before and after that session's work, folded in 2026-12-04
# in the next session): 18 silent emergencies, 4 only asked and 26 ordinary lines not quiet, screened
# alone. Since branch issue-12 (helper 12_6) its emergencies meet the rule (0 silent, 0 only asked) and 3
# ordinary lines are not quiet (someone else's past or feared overdose or suicide attempt: asked about, by
# the self_harm category's design), tuned; so it meets the general rule and has no ceiling.
# Round 21 (held out, measured 2026-12-04 before and after that session's work, folded in 2026-12-04
# in the next session): 32 silent emergencies, 13 only asked and 11 ordinary lines not quiet, screened
# alone; held at those counts until the fixes land. Since branches issue-12r21 (helper 12_7: every category
# but self_harm and self_harm_other) and issue-sh7 (the self-harm kinds), tuned: 1 silent, 4 only asked and
# 5 ordinary lines not quiet.
# Round 22 (held out, measured 2026-12-05 before and after that session's work, folded in 2026-12-05
# in the next session): 33 silent emergencies, 21 only asked and 17 ordinary lines not quiet, screened
# alone; held at those counts until the fixes land. Since branches issue-12r22 (helper 12_8: every category but
# self_harm and self_harm_other) and issue-sh8 (the self-harm kinds), merged, tuned: 0 silent and 1 only asked
# emergency, and 6 ordinary lines not quiet (talk of suicide or an overdose in the family, past or as a question:
# asked about by the self_harm category's design, or self-harm cues).
# After issue-sh16 (helper sh16, self-harm by concept): round 21 1 silent -> 0 (asked 2 -> 3: the silent one is asked now),
# 22 asked 1 -> 0, 23 1 / 4 -> 0 / 1, 29 21 / 25 -> 16 / 20; round 30 (validation, untuned) 30 / 32 -> 30 / 28; no line louder.
CEILINGS: dict[str, tuple[int, int, int]] = {"safety_round21.csv": (0, 0, 4), "safety_round22.csv": (0, 0, 5),
                                                 "safety_round23.csv": (0, 1, 4), "safety_round24.csv": (0, 2, 3),
                                                 "safety_round25.csv": (0, 0, 4),
                                                 "safety_round26.csv": (0, 0, 7),
                                                 "safety_round27.csv": (0, 2, 15),
                                                 "safety_round28.csv": (0, 1, 2),
                                                 "safety_round29.csv": (3, 12, 17),
                                                 "safety_round30.csv": (11, 14, 23),
                                                 "safety_round31.csv": (4, 17, 22),
                                                 "safety_round32.csv": (5, 10, 15),
                                                 "safety_round33.csv": (4, 18, 26),
                                                 "safety_round34.csv": (3, 12, 28),
                                                 "safety_round35.csv": (2, 10, 20),  # (18 with s22's idiom rules; 20 after the review rv29 took back the ones that hid emergencies)
                                                 "safety_round36.csv": (3, 14, 18),
                                                 "safety_round37.csv": (4, 16, 26),
                                                 "safety_round38.csv": (6, 11, 33),
                                                 "safety_round39.csv": (6, 12, 30),
                                                 "safety_round40.csv": (7, 16, 21),
                                                 "safety_round41.csv": (14, 8, 21)}
# (helper s23) a quieting context reaches no clause told now with a subject of its own (own_clause.py); a note under a
# pillow, "took like all", a groin lump after a catheter, a child found with medicine open, cauda equina in learner's
# English (tuned on 1-36): 21 0/2/4 -> 0/0/4, 29 4/13/17 -> 3/12/17, 34 12/10/28 -> 11/10/28, 36 14/14/18 -> 12/14/18; no
# line of any round lower, none louder.
# (helper s22) every emergency reaches the urgent turn, figures of speech stay quiet (urgent_kinds.yaml, self_harm_concepts.yaml
# on_edge / method_wish, red_flags.yaml s22), tuned on 1-35: 21 0/3/4 -> 0/2/4, 29 4/14/17 -> 4/13/17, 30 13/16/23 ->
# 11/14/23, 31 6/17/22 -> 6/16/22, 32 12/12/15 -> 11/10/15, 33 9/18/26 -> 7/18/26, 34 15/12/31 -> 12/10/28, 35 6/11/22 ->
# 4/10/18; round 36 (validation, lines not read) 14/14/19 -> 14/14/18; no line of any round lower, none louder (a
# relative's suicide is still asked about, by design).
# (lead, at the merge, twenty-eighth session: the review rv28 found s21's Spanish what-to-do and history rules and the
# drowning idiom also quieted emergencies; taken back or narrowed, so ordinary loud 33: 26, 34: 31 (its start), 35: 22,
# a line or two above s21's figures, none above the session's start)
# (helper s21) no emergency without a warning (warned_kinds.yaml, self_harm_concepts.yaml at_hand / act_means / commanded,
# red_flags.yaml s21), tuned on 1-34: 30 18 / 18 / 23 -> 13 / 16 / 23, 31 17 / 18 / 22 -> 6 / 17 / 22, 32 17 / 12 / 15 -> 12 /
# 12 / 15, 33 12 / 19 / 29 -> 9 / 18 / 25, 34 16 / 15 / 31 -> 15 / 12 / 29; round 35 (validation, lines not read) 8 / 11 / 23
# -> 6 / 11 / 21; no line of any round lower, no ordinary line louder.
# (lead, at the merge of s20a and s20b, twenty-seventh session: each one's gains kept, measured after the merge; then the
# review rv27 found three s20b rules that quieted crises said after them (hold music "makes me want to die" and i have a
# gun; a first-person "not had any" list head before a missed medicine; cleared an hour ago): taken back or narrowed, so
# ordinary loud 21: 4, 26: 7, 29: 17, 30: 23, 33: 29, a line each above s20b's figures, each at or under the session's start)
# (helper s20a) the weakest emergency kinds by concept (weak_kinds.yaml, self_harm_concepts.yaml), tuned on 1-33:
# 29 5 / 16 / 21 -> 4 / 14 / 21, 30 21 / 19 / 24 -> 18 / 18 / 24, 31 21 / 20 / 24 -> 17 / 18 / 24, 32 25 / 18 / 16 -> 17 / 12 /
# 16, 33 19 / 22 / 35 -> 12 / 19 / 35; round 34 (validation, lines not read) 19 / 15 / 31 -> 16 / 15 / 31; no line lower.
# (helper s20b) ordinary lines quiet (figures of speech, a first-person negated list, breathless as the known reason for
# the procedure, a risk named, bleeding told as light now, a past event then cleared), tuned on 1-33: ordinary loud
# 21: 4 -> 3, 25: 5 -> 4, 26: 7 -> 6, 28: 5 -> 2, 29: 21 -> 16, 30: 24 -> 22, 31: 24 -> 22, 32: 16 -> 15, 33: 35 -> 28;
# no emergency of any round lower; round 34 (validation, lines not read) 19 / 15 / 31 unchanged.
# (helper s19) idioms of sport, food and annoyance; a seizure and a stroke in own words by concept (tuned on 1-32):
# 27: 0 / 2 / 16 -> 0 / 2 / 15, 29: 6 / 17 / 22 -> 5 / 16 / 21, 30: 21 / 19 / 27 -> 21 / 19 / 24, 31: 24 / 20 / 26 ->
# 21 / 20 / 24, 32: 28 / 18 / 21 -> 25 / 18 / 16; round 33 (validation, lines not read) 20 / 21 / 35 -> 19 / 22 / 35: its
# only-asked ceiling rises by one because a silent emergency is now asked (no line of any round lower).
# (helper sh18) a relative's illness retold left out when the rest of the line says nothing (family_story.py): ordinary
# loud screened alone 22: 6 -> 2 (main had 5), 23: 4 -> 3, 24: 3 -> 2, 25: 6 -> 5, 27: 16 -> 15, 29: 23 -> 22,
# 30: 28 -> 24, 31: 26 -> 25 (tuning); no emergency of 20-31 lower; round 32 (validation, lines not read) 29 / 18 / 21
# unchanged (an earlier partial lowering made it 29 / 20 / 21 and was withdrawn).
# (lead, at the merge) a relative's suicide retold is not lowered: it is asked with the crisis line by design (round 14's
# test_a_relatives_suicide_still_asks_with_the_crisis_line failed on the merge), so most of sh18's ordinary-loud gains
# return: 22: 5, 23: 4, 24: 3, 27: 16, 30: 27, 31: 26 (measured; each at or under the session's start).
# (helper cs18) burns, acute abdomen, gut bleeding in lay words, seizures, vital numbers and missed poisonings by
# concept (emergency_concepts.yaml), tuned on 1-31: round 29 9 / 21 / 23 -> 6 / 17 / 23, 30 24 / 25 / 28 -> 21 / 19 / 28,
# 31 30 / 22 / 26 -> 24 / 20 / 26; no ordinary line of rounds 1-31 louder; round 32 (validation) 28 / 18 / 21 unchanged.
# (lead, merged: sh16 + dn16, twenty-third session; cs16 merged then withdrawn: its concept rules made 13 hand-written
# look-alikes loud, 10 of them urgent, e.g. "my son walks with a limp since football") round 29 (tuning) 21 / 25 / 23 ->
# 10 / 26 / 23; round 30 (validation, its lines not read) 30 / 32 / 28 -> 26 / 32 / 28; with the change shape off again
# (see doubt_concepts.yaml) round 29 13 / 23 / 23, round 30 28 / 30 / 28.
# (helper cs17) cs16's concept rules back, narrowed by none: families (known, reason, planned, bleed_stops), screened
# alone: round 29 (tuning) 13 / 23 / 23 -> 9 / 21 / 23, 30 (tuning) 28 / 30 / 28 ->
# 24 / 25 / 28; round 31 (validation, measured after the mechanism was committed) 32 / 24 / 25 -> 30 / 22 / 26: one of
# its 400 ordinary lines louder (a relative's bleeding told as a family story), left for the next fold-in.
# Round 32 folded in (twenty-fifth session): untouched at a3cdf18 34 / 23 / 20; 29 / 18 / 21 at the fold-in (eda8071).
# (helper dn16) the doubt net's shapes gone, number and change switched back on, narrowed by concept: round 29 (tuning)
# 21 / 25 / 23 -> 12 / 34 / 23 (nine silent emergencies now asked, no ordinary line more); round 30 (validation, measured
# after the mechanism was committed, its lines not read) 30 / 32 / 28 -> 26 / 36 / 28.
# (helper dn15) round 29 34 / 23 / 23 -> 26 / 31 / 23 with the doubt net by concept (doubt_concepts.py): eight silent
# emergencies now asked (the check question), no ordinary line more; measured after the net was built on 1-28.
# (helper cs16) round 30 30 / 32 / 28 -> 26 / 27 / 29 with bleeding, stroke, after an operation, a young child, carbon
# monoxide, a twisted testicle, a low sugar and breathing from their concepts (concept_signs.yaml), measured after the
# rules were built on 1-29 and committed: four emergencies fewer silent, five fewer only asked, one ordinary line louder
# (little winter nosebleeds "that stop in 5 minutes": a bleeding with minutes reads as one going on).
# (helper cs15) round 29 34 / 23 / 23 -> 25 / 21 / 24 with the weak categories from their concepts (concept_signs.py),
# measured after the mechanism was committed and not tuned on round 29: nine emergencies fewer silent, two fewer only
# asked, one ordinary line louder ("took pills his whole life" with a seizure disorder: "whole" read as an amount).
# Both merged, and "seizure pills" / "seizure disorder" no state now (lead): 21 / 25 / 23.
# (helper sh14) round 28 24 / 17 / 16 -> 18 / 12 / 8 with the self-harm and overdose kinds alone (the other categories are
# helper 12_14's, 3 / 6 / 11 alone; both merged 0 / 1 / 3; 0 / 1 / 5 after the review took "last season" back out of history); rounds 21, 23 and 26 each one ordinary line fewer (a what-if asked first, an attempt handled since).
# Round 23 (folded in 2026-12-05, untouched 21 silent / 7 asked / 11 loud): after issue-sh9 (the self-harm kinds) and
# issue-12r23 (the other categories) merged, 1 / 4 / 6 (sh9 alone 18 / 8 / 11, 12_9 alone 4 / 3 / 6).
# Round 24 (folded in 2026-12-05 in the seventeenth session): screened alone at the fold-in 20 / 4 / 12, held
# at that until tuned. After issue-12r24 (helper 12_10, every category but self-harm): 5 / 1 / 4 (the 5 silent are
# self-harm talk, sh10's; the asked one a calf after surgery, asked by design; the loud ones a peanut reaction gone in an
# hour (asked), baseline sats 89-90 in COPD (asked, by round 17's design), a brother's suicide told as family history and a son who has not talked of dying (self-harm words)).
# After issue-sh10 (self-harm, tuned) too: 0 / 2 / 4 (asked: "planning to check out anyway" and the calf).
# Round 25 (folded in 2026-12-05 in the eighteenth session; untouched 14 silent / 7 asked / 15 loud, the same on the
# code before and after the seventeenth session): held at that until tuned.
# After issue-12r25 (helper 12_11, every category, tuned): 1 / 0 / 7 (silent: star fruit eaten with hiccups and
# confusion; loud: a father who vomited blood at the end of his cancer, a what-if about suicidal thoughts, light bleeding
# after a birth, a resolved UTI, a resolved allergic reaction, heavy bleeding the nurses handled, a student's seizure
# yesterday who is back at school today).
# With the general net under the signs
# (helper g11, doubt_net.py, developed on rounds 1-24 only, round 25 a blind check): 12 / 9 / 15 (two silent lines
# raised to the check question, no ordinary line made loud).
# Both merged (lead): 1 / 0 / 7.
# Round 26 (folded in 2026-12-05 in the nineteenth session): screened alone at the fold-in 26 / 15 / 11, held
# at that until tuned.
# After issue-sh12 (helper sh12, the self-harm kinds, tuned): 15 / 9 / 11 (every self_harm and self_harm_other line
# urgent; the lines left are other kinds, helper 12_12's, who lowers the ceiling for them; the lead merges both).
# After issue-12_12 (every category but self-harm, tuned): 11 / 6 / 9 with self_harm and self_harm_other counted as on
# the start (sh12's: all 11 silent and 6 asked, and 4 of the loud: two suicide attempts told as history, a what-if about
# hurting oneself, "hold music is making me want to die lol"); the other loud 5: a what-is question about carbon
# monoxide with a gas heater, "bleeding isn't heavy at all now", heavy bleeding after a birth "down to light spotting
# now", chest pain yesterday "they say is gastric, now no pain" (all asked), and a granddaughter who got into pills
# Sunday, "totally fine" (urgent: a poisoning keeps). Round 25's star fruit (12_12): 0 / 0 / 7.
# Both merged (lead): 0 / 0 / 9 (the 9 loud: the 5 above and 4 self-harm talk told as history or a what-if, asked).
# Round 27 (folded in 2026-12-05 in the twentieth session): screened alone at the fold-in 31 / 33 / 29, held
# at that until tuned.
# After issue-12_13 (every category but self-harm, by family, tuned): 5 / 11 / 14 with self_harm and self_harm_other
# counted as on the start (sh13's: all 5 silent, 9 of the asked (one a Spanish self-harm line), and 9 of the loud: suicide
# or an overdose told as history, family history, a what-if or a denial, and "overdosing on spreadsheets"); the other
# asked 2: a chemo patient at 37.9 with a pulse of 118 and counts bottomed out, a calf swollen two weeks after a hip
# (asked by design); the other loud 5: a father's seizures "all through my childhood", a snoring child who "doesn't
# stop breathing", sats 91 "his normal", a care note's seizure "now sleeping, obs normal" (urgent) and a fever "T now 37.1".
# After issue-sh13 (helper sh13, the self-harm kinds, tuned): 26 / 24 / 29 (every self_harm and self_harm_other line
# urgent: 5 silent and 9 asked lines raised; the lines left are other kinds, helper 12_13's). Round 21: 1 / 2 / 5 since sh13
# (a friend's "very tender goodbye" who "would not tell me where she was": someone out of reach).
# Both merged (lead): 0 / 2 / 14 (the 2 asked and 14 loud as listed under 12_13 above; self-harm all urgent).
# After review rv13's findings were mended (lead): 0 / 2 / 16: 12_13's dated entry ("on 3 march") and "aged 19" after a thing
# as history were taken out (they quieted "on the 5th of december he got crushing chest pain and it hasnt stopped" and
# lowered "seizure aged 30, first one, now another one for 6 minutes"), so three history lines are asked again.
# Round 28 (folded in 2026-12-05 in the twentieth session): screened alone at the fold-in 24 / 17 / 16, held at that until
# tuned. After issue-12_14 (every category but self-harm, by family, tuned): 3 / 6 / 11 with self_harm and self_harm_other
# counted as on the start (sh14's: the 3 silent, 5 of the asked and 8 of the loud: suicide or an overdose told as history or
# family history, a what-if, "overdosed on medical websites", "overdose on jollof rice"); the other asked: 172/114 rechecked
# 168/112 (asked by design: severe, no symptom told); the other loud 3 (asked): breathless on the second flight of stairs for
# months, heavy bleeding after the birth "settled, now just light spotting", a contrast reaction in March "premedicate now".


def test_the_untouched_rounds_are_there():
    assert [path.name for path in ROUNDS][:12] == [f"safety_round{n}.csv" for n in range(1, 13)]
    rows = [row for path in ROUNDS for row in load_phrases(path)]
    assert len(rows) >= 400 and {r["emergency"] for r in rows} == {"yes", "no"}


@pytest.mark.parametrize("path", ROUNDS, ids=lambda path: path.stem)
def test_round_emergencies_all_reach_the_urgent_turn_and_ordinary_lines_stay_quiet(path):
    rows = load_phrases(path)
    results = {row["phrase"]: screen(row["phrase"]) for row in rows}
    emergencies = [r for r in rows if r["emergency"] == "yes"]
    ordinary = [r for r in rows if r["emergency"] == "no"]
    silent = [r["phrase"] for r in emergencies if results[r["phrase"]].level == "none"]
    only_asked = [r["phrase"] for r in emergencies if results[r["phrase"]].level == "ask"]
    loud = [r["phrase"] for r in ordinary if results[r["phrase"]].level != "none"]
    if path.name in CEILINGS:
        most_silent, most_asked, most_loud = CEILINGS[path.name]
        assert len(silent) <= most_silent and len(only_asked) <= most_asked and len(loud) <= most_loud, (
            silent, only_asked, loud)
    else:
        assert not silent, silent  # every emergency gets at least the check question
        assert len(only_asked) <= 0.03 * len(emergencies), only_asked
        assert len(loud) <= 0.05 * len(ordinary), loud  # a regression guard: round 2 after tuning had 10 of 314
    for row in emergencies:  # a line in Spanish that is noticed gets the line in Spanish
        if row["category_or_reason"].startswith("spanish") and results[row["phrase"]].level != "none":
            assert "spanish" in results[row["phrase"]].advice, row["phrase"]
