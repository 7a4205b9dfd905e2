"""The pattern lists of dialogues/red_flags.yaml as regexes, run only where they can match.

Each list of patterns (a sign's, a cue group's kind, the idioms...) is one regex, compiled at
first use (from the stored compiled form where it is current; stored.py) and run only on the
clauses holding one of the literals every match needs (its anchors; rules.py). Lists whose regex
is the same (a group's kinds may repeat another's) share one compiled regex; SHARED names them,
so screening finds their matches once per text and clauses.

Where a match may reach: a clause list (signs, before, after, anywhere, sentence...) runs on each
run of neighbouring anchored clauses; a whole-line list (line, later, answer) on the whole line, and
a match is kept only if it ends in its own sentence or the next. A pattern crosses the " | " between two clauses only where it spells
it out (`\\|`: "they did a blood patch | its gone"), and no match reaches past the sentence next to
its own: a cue never joins words of a sentence further off, which is about something else (t11).
How far a found cue then counts (its clause, its sentence, the line) is the group's kind: screening.py.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from .rules import tables
from .stored import finder_part, pattern
from .text import Doc

TABLES = tables()  # the rules, loaded once (the stored head; each list's regex when first needed: stored.py)

_REGEXES: dict[int, re.Pattern] = {}  # by the number of the first list with that regex


class Finder:
    """A list of patterns as one regex (compiled at first use), run only on the clauses holding
    one of the literals every match needs: a line costs one anchor scan, not a hundred regex passes.
    Lists with the same regex (a group's kinds may repeat another's) share it: `same`.
    `anchored`: whether it has anchors (else it runs on every clause)."""

    def __init__(self, number: int):
        self.number, (self.name, self.scan, self.anchored, self.same) = number, TABLES.finders[number]

    @property
    def source(self) -> str:
        return TABLES.part(finder_part(self.number))[0]

    @property
    def anchors(self) -> list[str] | None:
        return TABLES.part(finder_part(self.number))[1]

    @cached_property  # looked up once per list (it is read for every clause run a line makes)
    def regex(self) -> re.Pattern:
        regex = _REGEXES.get(self.same)
        if regex is None:
            source, _, program = TABLES.part(finder_part(self.same))
            regex = _REGEXES[self.same] = pattern(source, program)  # stored compiled (stored.py)
        return regex

    def clauses(self, doc: Doc, only: set[int] | None = None) -> list[int]:
        """The clauses holding an anchor (all of them if it has none), of `only` if given."""
        found = range(len(doc.clause_bounds)) if not self.anchored else doc.anchored(self.scan).get(self.number, ())
        return list(found) if only is None else [clause for clause in found if clause in only]

    def finditer(self, doc: Doc, text: str, only: set[int] | None = None):
        """Matches in the clauses holding an anchor, of `only` if given (cues, looked for near
        signs); neighbouring clauses in one run (a pattern crosses the " | " between them only where
        it spells it out; a sentence end it never crosses, as nothing matches across one)."""
        return self.matches(doc, text, self.clauses(doc, only))

    def in_sentences(self, doc: Doc, text: str):
        """A whole-line list's matches (line, later, answer), found in one pass over the line (a
        lookahead still sees the rest of it: "..., but now it is back again"), each kept only if it
        ends in its own sentence or the next ("they gave benadryl. it cleared up"), never further."""
        sentence_at = doc.sentence_at
        for match in self.regex.finditer(text):
            if sentence_at(match.end() - 1) - sentence_at(match.start()) <= 1:
                yield match

    def matches(self, doc: Doc, text: str, clauses: list[int]):
        if len(clauses) == 1:  # the usual case
            return self.regex.finditer(text, *doc.clause_bounds[clauses[0]])
        return self._runs(doc, text, clauses)

    def _runs(self, doc: Doc, text: str, clauses: list[int]):
        for i, clause in enumerate(clauses):
            start = doc.clause_bounds[clause][0] if i == 0 or clauses[i - 1] != clause - 1 else start
            if i + 1 == len(clauses) or clauses[i + 1] != clause + 1:
                yield from self.regex.finditer(text, start, doc.clause_bounds[clause][1])


FINDERS = {finder.name: finder for finder in map(Finder, range(len(TABLES.finders)))}
SHARED = {same for same, count in Counter(finder.same for finder in FINDERS.values()).items() if count > 1}
