"""The prefilters' entries grouped by first letter (first_letters.py, p19) match exactly where the plain alternation
of the same entries does: at every place of every red-flag data line, and on made-up look-alikes."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from assistant.safety import concept_signs, doubt_net
from assistant.safety.family_data import read_with_families
from assistant.safety.first_letters import alternatives, grouped

DATA = Path(__file__).resolve().parents[1] / "data"


def _plain(items) -> re.Pattern:
    return re.compile("(?<!\\w)(?:" + "|".join(f"(?:{item})" for item in items) + ")")


def _concept_entries() -> list[str]:
    families = {}
    for name in (concept_signs.FILE, *concept_signs.MORE):
        families |= read_with_families(name)["families"]
    return [item for items in families.values() for item in items]


def test_alternatives_are_split_only_at_the_top_level():
    assert alternatives("a|(?:b|c)d|[|x]|e\\|f") == ["a", "(?:b|c)d", "[|x]", "e\\|f"]
    assert alternatives("(?:b|c)d|e", stop_at_close=True) == ["b", "c", "d|e"]


def test_grouping_keeps_what_matches_and_where():
    items = ["pills?|patch", "(?:his|her) (?:pills|meds)", "(?:big )?fit(?! of)", "\\d+ mins", "p+ow", "[ab]c", "(?:x)+y"]
    plain, mine = _plain(items), re.compile("(?<!\\w)(?:" + grouped(items) + ")")
    lines = ["his pills", "her meds", "a fit", "a big fit", "a fit of rage", "fits", "12 mins", "ppow", "pow", "bc",
             "xxy", "pat", "patches", "hispills", "the pill", "mum", "", "big fit of", "my meds"]
    for line in lines:
        assert [bool(plain.match(line, i)) for i in range(len(line) + 1)] == \
               [bool(mine.match(line, i)) for i in range(len(line) + 1)], line
    assert "p(?:" in grouped(items) and "h(?:" in grouped(items)  # grouped, not the same text again


def test_the_concept_prefilter_finds_a_concept_word_in_the_same_data_lines_as_every_entry_does():
    lines = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as file:
            lines += [row[0].lower() for row in csv.reader(file) if row]
    lines = list(dict.fromkeys(lines))
    plain, mine = _plain(_concept_entries()), concept_signs._tables()["prefilter"]
    assert mine.pattern != plain.pattern and len(lines) > 5000
    found = [bool(plain.search(line)) for line in lines]
    assert [bool(mine.search(line)) for line in lines] == found
    assert 1000 < sum(found) < len(lines)  # both kinds of line are in the comparison
    for line in lines[::25]:  # and at each place, not only somewhere in the line
        assert [bool(plain.match(line, i)) for i in range(len(line))] == [bool(mine.match(line, i)) for i in range(len(line))]


def test_the_doubt_prefilter_is_grouped_and_a_body_word_still_opens_the_net():
    assert "(?:(?:" not in doubt_net._tables()["prefilter"].pattern[:12]
    assert doubt_net._tables()["prefilter"].search("my chest hurts")
    assert not doubt_net._tables()["prefilter"].search("we want a second opinion")
