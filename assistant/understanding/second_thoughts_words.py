"""The words of the second look (dialogues/second_thoughts.yaml) and the small helpers its two modules share:
second_thoughts.py and second_thoughts_any.py both import from here, so either can be imported alone (lo10:
second_thoughts_any imported these from second_thoughts, which imports second_thoughts_any back: a loop)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..paths import dialogues_dir
from .asking import any_phrase
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "second_thoughts.yaml"


@cache
def words() -> dict:
    from .. import yaml_cache

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    return {k: frozenset(v) if k.endswith("_states") else _phrases(v) for k, v in data.items()}


def _phrases(value):
    if isinstance(value, list):
        return tuple(tuple(tokens(clean(str(v)))) or (str(v),) for v in value)
    if isinstance(value, dict):
        return {(tuple(tokens(clean(str(k)))) if " " in str(k) else str(k)): _phrases(v) if isinstance(v, (list, dict)) else v
                for k, v in value.items()}
    return value


def _states(key: str) -> frozenset[str]:
    return words()[key]


def _has(toks, key: str) -> bool:
    return any_phrase(toks, words()[key])  # looked up by first word (p15)


def _find(toks, phrases) -> list[tuple[int, int]]:
    out, present = [], set(toks)
    for p in phrases:
        if p and p[0] not in present:
            continue  # its first word is not in the line (p15): no place to try
        size = len(p)
        out += [(i, i + size) for i in range(len(toks) - size + 1) if tuple(toks[i : i + size]) == p]
    return sorted(out)


def _ask(line: str, message: str = "", options: tuple = (), keep=None) -> Reading:
    return Reading(UNCLEAR, keep, unclear=clean(line), options=options, message=message)


def _offer(reading: Reading) -> Reading:
    return replace(reading, certainty=LIKELY) if reading.certainty == SURE else reading


def _quote(line: str) -> str:
    return '"' + clean(line).rstrip(" .!") + '"'
