"""What screening does per line, counted (helper p13, issue 17): work a line cannot need is not done.

Counted, never timed: the contexts weighed for a sign, the idiom scans of a line, the cue lists looked at.
The results of every tuning line before and after these changes are compared by benchmarks/screening_lines.py.
"""

from __future__ import annotations

import pytest

from assistant.safety import screen
from safety.safety_support import safety


@pytest.fixture
def calls(monkeypatch) -> dict[str, list]:
    """The contexts found() is asked about, and the pattern lists run (by name)."""
    counted: dict[str, list] = {"found": [], "lists": []}
    found, matches = safety._Cues.found, safety._Finder.matches

    def counted_found(self, group, hit, line=False):
        counted["found"].append(group.name)
        return found(self, group, hit, line)

    def counted_matches(self, doc, text, clauses):
        counted["lists"].append(self.name)
        return matches(self, doc, text, clauses)

    monkeypatch.setattr(safety._Cues, "found", counted_found)
    monkeypatch.setattr(safety._Finder, "matches", counted_matches)
    return counted


def test_a_sign_is_weighed_only_against_the_contexts_found_near_it(calls):
    """A sign with no context cue in its line asks about none of the ~200 contexts one by one."""
    result = screen("i have crushing chest pain")
    assert result.is_emergency and result.categories == ("heart_attack",)
    contexts = {context.name for context in safety._CONTEXTS}
    assert len(contexts) > 100
    assert len([name for name in calls["found"] if name in contexts]) < 10, calls["found"]


@pytest.mark.parametrize("line, level", [("no chest pain", "none"), ("my dad had a stroke last year", "none"),
                                         ("denies chest pain, sob, fever", "none"), ("i had chest pain yesterday", "ask"),
                                         ("chest pain and sweating right now", "emergency")])
def test_a_context_found_still_weakens_or_leaves_the_sign(line, level):
    """Look-alikes: the contexts that are found (negated, family, a negated list, history) still count."""
    assert screen(line).level == level


def test_a_quiet_line_the_doubt_net_reads_is_scanned_for_idioms_once(calls):
    """The red-flag screen and the doubt net read one reading of the line, its idioms blanked once."""
    result = screen("his tummy is all swollen up rn and hes crying")
    assert result.level == "ask"  # left quiet by the signs, asked about by the doubt net
    assert result.categories == ("abdomen",) and calls["lists"].count("idioms") == 1


def test_every_cue_list_with_an_anchor_in_the_line_is_run(monkeypatch):
    """The lists run are found from the anchors the scan found: every list with an anchor in the line is
    among them (the ones skipped have none), in the groups' order."""
    doc = safety._Doc("i had chest pain and sweating 2 years ago, my mom says its nothing now")
    anchored = doc.anchored(safety.CUES)
    expected = [at for at, (_, _, finder) in enumerate(safety._GROUP_FINDERS)
                if finder.number in anchored or not finder.anchored]
    assert expected
    got = sorted(safety._UNANCHORED_CUES.union(*(safety._CUE_FINDERS_OF.get(number, ()) for number in anchored)))
    assert got == expected
