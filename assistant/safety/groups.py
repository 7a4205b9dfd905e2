"""The context cues and escalators of dialogues/red_flags.yaml as groups of pattern lists (moved out of screening.py).

Each group (a context: negated, historical...; an escalator: now, sudden...) has a pattern list per kind (where a
cue must sit relative to a sign: before, after, anywhere in its clause, the line...). `_GROUP_FINDERS` is every
group's lists in one order, and `_CUE_FINDERS_OF` says where each pattern list is in it, so screening runs only the
lists with an anchor in the line (helper p13: one look per list found, not one per list of ~300 per line).
"""

from __future__ import annotations

from .finders import FINDERS
from .finders import TABLES as _TABLES
from .rules import KINDS, group_spec

_RULES = _TABLES.head["rules"]


class _Group:
    """A context or an escalator: cue patterns by where they must sit relative to a sign.
    before / after: within `window` words in its clause; opening: the sign's own first words
    ("hes blue"); anywhere: in its clause; sentence: in its sentence ("once, my throat swelled");
    next_clause: opening the next clause and pointing back ("..., but it's fine now"); answer: after the
    sign's own question ("ball pain? nah"); line: anywhere in the line (escalators given as a list), for a
    sign in its own clause, or (`line=True`: escalation, unless_line, told now) in the sign's sentence or the
    one on either side (_LINE_SENTENCES); later: after the sign, anywhere in the line (later.py). A match of
    a whole-line list ends in its own sentence or the next (finders.py).
    `signs`: a context only for these signs; `unless_line`: escalators that say no from anywhere in the
    line ("..., the doctor said it's anxiety, but right now it's crushing")."""

    def __init__(self, name: str, spec: dict | list):
        spec = group_spec(spec)
        self.name, self.window, self.effect = name, spec.get("window", 0), spec.get("effect")
        self.unless, self.only = tuple(spec.get("unless", ())), frozenset(spec.get("signs", ()))
        self.unless_line = tuple(spec.get("unless_line", ()))  # escalator groups that say no anywhere in the line
        self.requires = tuple(spec.get("requires", ()))  # escalator groups that must be in the sign's clause
        self.finders = {kind: FINDERS[f"{name}.{kind}"] for kind in KINDS if spec.get(kind)}
        self.bare_items = spec.get("bare_items")  # a list a negation opens (lists.py)


_CONTEXTS = [_Group(name, spec) for name, spec in _RULES["context"].items()]
_EFFECTS = {context.name: context.effect for context in _CONTEXTS}
# a group's own effect by category (by_category: round 14 on); a category's context_effects win over it
_BY_CATEGORY = {name: group_spec(spec).get("by_category", {}) for name, spec in _RULES["context"].items()}
_ESCALATORS = {name: _Group(name, spec) for name, spec in _RULES["escalators"].items()}
_GROUPS = [*_CONTEXTS, *_ESCALATORS.values()]
_GROUP_FINDERS = [(group, kind, finder) for group in _GROUPS for kind, finder in group.finders.items()]
_CUE_FINDERS_OF: dict[int, list[int]] = {}  # a pattern list's number -> where it is in _GROUP_FINDERS
for _at, (_, _, _finder) in enumerate(_GROUP_FINDERS):
    if _finder.anchored:
        _CUE_FINDERS_OF.setdefault(_finder.number, []).append(_at)
_UNANCHORED_CUES = frozenset(at for at, (_, _, finder) in enumerate(_GROUP_FINDERS) if not finder.anchored)  # run on every line
