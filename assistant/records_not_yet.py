"""A record said not to exist yet: "no scans yet", "she hasn't had a biopsy yet", "still waiting for the MRI".

Told at the records question or anywhere in the conversation, the plan must not say to bring it (a user
trial's plan listed "The newest scan reports and the images themselves" and the to-do "Get your scans" after
"no scans yet"). The engine keeps the kinds heard (`records_not_yet`, a slot); rules.records leaves them out
unless the kind was picked at the records question, and the plan says to ask whether it is needed. Words and
shapes are data (dialogues/records_not_yet.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from .paths import dialogues_dir
from .yaml_cache import load, parse_yaml

FILE = "records_not_yet.yaml"
SLOT = "records_not_yet"


def _alt(words) -> str:
    words = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


def _shape(shape: str, words, fillers: dict) -> str:
    """One shape as a pattern: "{a}" and "{the}" may be left out, the other fillers and "{x}" may not."""
    out = ""
    for token in shape.split():
        name = token.strip("{}") if token.startswith("{") else None
        if name in ("a", "the"):
            out += f"(?:{_alt(fillers[name])} )?"
        elif name == "x":
            out += _alt(words) + " "
        elif name:
            out += _alt(fillers[name]) + " "
        else:
            out += re.escape(token) + " "
    return out.rstrip(" ")


@cache
def _data() -> tuple[tuple[str, re.Pattern], ...]:
    raw = load(dialogues_dir() / FILE, parse_yaml)
    out = []
    for kind, entry in raw["kinds"].items():
        body = "|".join(_shape(str(shape), entry["words"], raw["fillers"]) for shape in raw["shapes"])
        out.append((kind, re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])")))
    return tuple(out)


@cache
def names() -> dict[str, str]:
    raw = load(dialogues_dir() / FILE, parse_yaml)
    return {kind: str(entry["name"]) for kind, entry in raw["kinds"].items()}


def _plain(line: str) -> str:
    text = str(line or "").lower().replace("\u2019", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w\s-]", " ", text).split())


def heard(line: str) -> list[str]:
    """The record kinds `line` says do not exist yet, in the file's order."""
    said = _plain(line)
    return [kind for kind, pattern in _data() if said and pattern.search(said)]


def mentions(line: str, kind: str) -> int:
    """How many times `line` names the record `kind` ("the old biopsy, and a new biopsy next week": 2)."""
    raw = load(dialogues_dir() / FILE, parse_yaml)
    entry = raw["kinds"].get(kind)
    if not entry:
        return 0
    return len(re.findall(r"(?<![\w-])" + _alt(entry["words"]) + r"(?![\w-])", _plain(line)))


def keep(slots: dict, line: str, set_slot) -> None:
    """Adds the kinds heard in `line` to the slot (set_slot(name, value) keeps the engine's events)."""
    kinds = heard(line)
    if not kinds:
        return
    before = list(slots.get(SLOT) or [])
    after = before + [k for k in kinds if k not in before]
    if after != before:
        set_slot(SLOT, after)


def not_yet(slots: dict) -> list[str]:
    """The kinds said not to exist yet and not picked at the records question."""
    picked = set(slots.get("records_exist") or [])
    return [k for k in slots.get(SLOT) or [] if k not in picked]
