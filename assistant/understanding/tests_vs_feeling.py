"""A test result set against how the person feels, in one sentence: the choice that says they do not match
(helper u16b).

"mri says its tore up but it dont hurt that bad", "Her echo looks bad but she says she feels okay most days",
"MRI shows barely anything but i cant stand up straight", "the CT shows a big stone but I feel only a small pain":
the person says the sign "The test results and how you feel do not match" as their own situation. At the
questions of dialogues/tests_vs_feeling.yaml, a test word, then a turn ("but", "yet", "though"), then a word of
how the person feels, all in one sentence, is read as that choice: the span is put in the choice's own words.

Not when the sentence has no turn ("the MRI shows a tear and it hurts": they match), when the feeling comes first
("it hurts but the MRI is fine" is read the same way only when the test follows the turn; see _spans), or when
the sentence doubts or asks ("?", "maybe", "not sure").
"""

from __future__ import annotations

import re
from functools import cache

from .phrase_files import phrases, spans
from .text import clean, tokens

FILE = "tests_vs_feeling.yaml"
_SAID = "tests vs how i feel"  # a phrase of the mismatch choice in dialogues/lexicon.yaml
_DOUBT = frozenset({"maybe", "perhaps", "possibly", "idk", "unsure", "whether", "if"})


@cache
def _states() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)["states"]


def _first(words: list[str], key: str) -> int | None:
    found = spans(words, phrases(FILE)[key])
    return min((s for s, _ in found), default=None)


def _contrasted(words: list[str]) -> bool:
    """A test word, then a turn, then a feeling word in the turn's own clause; or a feeling word, a turn, then a
    test word. ("the biopsy says cancer but the surgeon is rushing, I feel unheard": the feeling is another clause.)"""
    turn = spans(words, phrases(FILE)["contrasts"])
    if not turn or _first(words, "tests") is None:
        return False
    feel = spans(words, phrases(FILE)["feeling"])
    tests = spans(words, phrases(FILE)["tests"])
    for t_start, t_end in turn:
        clause_end = next((k for k in range(t_end, len(words)) if words[k] in (",", ";", ":", ".")), len(words))
        clause_start = max([k + 1 for k in range(t_start) if words[k] in (";", ":", ".")] + [0])
        before, after = range(clause_start, t_start), range(t_end, clause_end)
        if any(s in before for s, _ in tests) and any(s in after for s, _ in feel):
            return True
        if any(s in before for s, _ in feel) and any(s in after for s, _ in tests):
            return True
    return False


def _contrast_pieces(pieces: list[str]) -> tuple[int, int] | None:
    """The first and last comma parts that make the contrast: the part with the turn alone, or with the part before."""
    for last in range(len(pieces)):
        for first in (last, last - 1):
            if first >= 0 and _contrasted(tokens(clean(",".join(pieces[first : last + 1])))):
                return first, last
    return None


def _names_other(text: str, spec) -> bool:
    """The words name a choice other than the one the contrast says."""
    from .lexicon import default_lexicon
    from .matching import find_hits

    target = _states()[spec.name]
    return any(h.choice != target and not h.negated for h in find_hits(tokens(clean(text)), spec, default_lexicon()))


def tests_vs_feeling(line: str, spec) -> str | None:
    """The line with each sentence that sets a test against how the person feels put as the choice's words."""
    if spec.name not in _states():
        return None
    parts = re.split(r"([.;!?\n]+|\s[-\u2013\u2014]\s)", line)
    changed = False
    for k in range(0, len(parts), 2):
        words = tokens(clean(parts[k]))
        if "?" in parts[k] or _DOUBT & set(words) or not _contrasted(words):
            continue
        # Only the comma parts that hold the turn and the two sides are put in other words ("..., and the injections
        # did nothing" stays); a part that names another choice too ("I feel fine but the tests say its cancer") keeps
        # its words, with the choice's words added.
        pieces = parts[k].split(",")
        span = _contrast_pieces(pieces)
        if span is None:
            continue
        first, last = span
        said = ",".join(pieces[first : last + 1])
        put = f" {_SAID}" if not _names_other(said, spec) else f"{said}, {_SAID}"
        parts[k] = ",".join(pieces[:first] + [put] + pieces[last + 1 :])
        changed = True
    return "".join(parts) if changed else None
