"""A degree said in numbers where a question asks how sure a doctor was: "~70% per him", "he put
it at 90 percent", "40-50%, he wanted another scan". The bands are data (dialogues/degrees.yaml).

Tried only when the line was not understood as written (read.py). Every figure must fall in one
band (a range across two bands, "50 to 90%", is asked), the figure must not be negated ("not
70%"), and the line must say nothing more than the figure and who gave it ("80% sure but wanted
a new scan" is asked).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .lexicon import Lexicon, LexiconError
from .matching import find_hits
from .reading import SURE, Reading
from .text import tokens

FILE = "degrees.yaml"
_FIGURE = re.compile(r"(?<![\d.])(\d{1,3})(?:\.\d+)?\s*(?:%|percent\b|per\s*cent\b|pct\b)", re.IGNORECASE)
_RANGE = re.compile(r"(?<![\d.])(\d{1,3})\s*(?:-|to|–)\s*(?=\d{1,3}\s*(?:%|percent|per\s*cent|pct))", re.IGNORECASE)
_DEGREE_WORDS = frozenset({"sure", "certain", "confident", "sureish", "positive", "convinced"})
_AROUND = frozenset({"about", "around", "roughly", "approximately", "approx", "some", "like", "odds", "chance", "best", "most", "least",
                     "gave", "put", "said", "says", "told", "according", "him", "her", "them", "doctor", "doc", "dr", "surgeon"})
_NOT = frozenset({"not", "no", "never", "isnt", "wasnt", "didnt", "nor", "or"})


@cache
def _bands() -> dict[str, tuple[tuple[int, str], ...]]:
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from ..yaml_cache import parse_yaml

    path = Path(dialogues_dir()) / FILE
    raw = yaml_cache.load(path, parse_yaml) if path.is_file() else {}
    if not isinstance(raw, dict) or not isinstance(raw.get("percent_bands", {}), dict):
        raise LexiconError(f"dialogues/{FILE}: needs a mapping 'percent_bands'")
    out = {}
    for state, bands in raw.get("percent_bands", {}).items():
        if not isinstance(bands, dict) or not all(str(k).isdigit() and isinstance(v, str) for k, v in bands.items()):
            raise LexiconError(f"dialogues/{FILE}: percent_bands.{state} must map whole numbers to choice ids")
        out[state] = tuple(sorted(((int(k), v) for k, v in bands.items()), reverse=True))
    return out


def band(figure: int, bands: tuple[tuple[int, str], ...]) -> str | None:
    return next((cid for low, cid in bands if figure >= low), None) if 0 <= figure <= 100 else None


def by_degree(line: str, spec, lex: Lexicon) -> Reading | None:
    """The choice a percentage falls in, or None."""
    bands = _bands().get(spec.name)
    if not bands:
        return None
    if not _FIGURE.search(line):
        return None
    figures = [int(n) for n in re.findall(r"(?<![\d.])\d{1,3}(?![\d])", line)]  # "between 50 and 95 percent": both
    chosen = {band(f, bands) for f in figures}
    if len(chosen) != 1 or None in chosen:
        return None
    toks = tokens(line)
    if _NOT & set(toks):
        return None
    # "70 percent sure": the degree word goes with the figure, it picks nothing of its own
    rest = [t for t in toks if t.isalpha() and t not in _DEGREE_WORDS and t not in _AROUND and t not in ("percent", "pct", "per", "cent")
            and t not in lex.fillers and t not in lex.commentary]
    if rest:
        return None  # "80% sure but wanted a new scan": more is said than the figure; asked
    named = {h.choice for h in find_hits([t for t in toks if t not in _DEGREE_WORDS], spec, lex) if not h.negated}
    (cid,) = chosen
    if named - {cid}:
        return None
    if {c.id for c in spec.choices} >= {cid}:
        return Reading(SURE, cid)
    return None
