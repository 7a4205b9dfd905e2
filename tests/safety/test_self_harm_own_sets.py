"""The self-harm sets written by helpers sh7 and sh8 (issue 12), each held at its measured counts.

self_harm_own5.csv was written before any of sh7's changes and measured on main untouched, then
tuned on (its figures after are tuned); self_harm_own6.csv was written after the changes and
measured untouched (docs/safety.md, "Young people's and indirect words for self-harm (helper sh7)"). self_harm_own7.csv (older
adults, the chronically ill, pain, religious and non-native wording) was written before sh8's changes and tuned on;
self_harm_own8.csv was written after them and measured untouched (docs/safety.md, "Self-harm said indirectly
(helper sh8)"); own8 holds 79 emergencies, one short of the 80 meant, kept as written. self_harm_own9.csv (means
named without intent words, goodbyes, slang, older men, Spanish, religious words, a clause in a long answer, texting)
was written before sh9's changes and tuned on; self_harm_own10.csv was written after them and measured untouched
(docs/safety.md, "Self-harm in new words (helper sh9)").
Each line is screened alone here; a ceiling may only go down. Counts: emergencies with no warning
(silent) and with only the check question (asked), ordinary lines not quiet (loud).
"""

from __future__ import annotations

import pytest
from safety.safety_support import DATA, load_phrases, screen

# main (a865237), screened alone: own5 30 silent, 9 asked, 12 loud; own6 (main) 22 silent, 7 asked, 10 loud
# main (e4ba3ac), screened alone: own7 17 silent, 11 asked, 5 loud; own8 at its writing (4b4dc31): 17 / 5 / 6
# main (fcf9aec), screened alone: own9 13 silent, 8 asked, 13 loud; own10 20 / 6 / 5. After sh9: own5 2 / 23 / 6, own7 2 / 5 / 5,
# own8 1 / 6 / 5 (16 silent lines now warned: one more of them only asked, so its asked ceiling goes up by one),
# own9 0 / 1 / 11 (tuned), own10 20 / 5 / 6 as measured at its writing (untouched), 20 / 5 / 5 after "on the roof" was
# narrowed for the test suite's look-alikes (a roofer, a ball on the roof), not for own10's line. After sh10 (tuned on own10 and
# round 24): own10 0 / 3 / 4. self_harm_own11.csv (sh10) was written after sh10's changes and measured untouched: 26 / 18 / 8,
# the same on main (4f0e8c1) and on the branch (docs/safety.md, "Self-harm in new words (helper sh10)")
# After issue-12r25 (helper 12_11, tuned on own11's named silent families and two idioms): own11 22 / 18 / 6.
# With the doubt net (helper g11: a means with a time, a place, a farewell or a word of doing it gets the check question;
# developed on these sets, so tuned): own6 19 / 8 / 9 -> 11 / 16 / 9, own7 2 / 5 / 5 -> 1 / 6 / 5, own11 26 / 18 / 8 ->
# 12 / 32 / 8 (silent lines now asked; no ordinary line made loud)
# Both merged (lead, eighteenth session): own5 2 / 22 / 5, own11 10 / 30 / 6.
# After issue-sh13 (tuned on round 27; its out_of_reach kind and two hints checked on these sets, so tuned on them too):
# own5 2 / 20 / 5, own8 1 / 4 / 5, own11 6 / 26 / 6 (someone out of reach beside a goodbye or a wish; a weapon on a table
# and "just wanted someone to know"; a means in one hand).
# After issue-dn16 (the doubt net's gone shape switched back on, narrowed, with words of readiness and farewell; tuned):
# own6 11 / 14 / 9 -> 6 / 19 / 9, own11 6 / 25 / 6 -> 4 / 27 / 6 (silent lines now asked; no ordinary line made loud).
CEILINGS = {"self_harm_own5.csv": (2, 20, 5), "self_harm_own6.csv": (6, 16, 9), "self_harm_own7.csv": (1, 6, 5),
            "self_harm_own8.csv": (1, 4, 5), "self_harm_own9.csv": (0, 1, 11), "self_harm_own10.csv": (0, 3, 4), "self_harm_own11.csv": (4, 26, 6)}
MISREAD_AS_OTHER = {"self_harm_own7.csv": 1, "self_harm_own8.csv": 3}


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_each_own_set_stays_within_its_measured_counts(name):
    rows = load_phrases(DATA / name)
    emergencies = [r for r in rows if r["emergency"] == "yes"]
    ordinary = [r for r in rows if r["emergency"] == "no"]
    assert len(emergencies) >= 79 and len(ordinary) >= 80
    results = {r["phrase"]: screen(r["phrase"]) for r in rows}
    silent = [r["phrase"] for r in emergencies if results[r["phrase"]].level == "none"]
    asked = [r["phrase"] for r in emergencies if results[r["phrase"]].level == "ask"]
    loud = [r["phrase"] for r in ordinary if results[r["phrase"]].level != "none"]
    most_silent, most_asked, most_loud = CEILINGS[name]
    assert len(silent) <= most_silent and len(asked) <= most_asked and len(loud) <= most_loud, (silent, asked, loud)


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_a_noticed_suicide_line_of_ones_own_gets_the_crisis_line(name):
    rows = [r for r in load_phrases(DATA / name) if r["emergency"] == "yes" and r["category_or_reason"] == "self_harm"]
    results = [(r["phrase"], screen(r["phrase"])) for r in rows]
    noticed = [(line, result) for line, result in results if result.level != "none"]
    told_as_another_kind = [line for line, result in noticed if not result.crisis]  # bleach drunk, a cut that bleeds
    assert len(told_as_another_kind) <= 3, told_as_another_kind
    # a line of one's own given the caregiver's advice: none in own5 and own6; own7 and own8 hold lines where the red-flag
    # screen (advice.py) takes "my mum's morphine", "help Him", "my kids" for the one at risk (as on main; left to it);
    # own9's "la pistola de mi papá" (the father's gun taken for the father at risk) is read right since sh10
    read_as_someone_elses = [line for line, result in noticed if "crisis_other" in result.advice]
    assert len(read_as_someone_elses) <= MISREAD_AS_OTHER.get(name, 0), read_as_someone_elses
