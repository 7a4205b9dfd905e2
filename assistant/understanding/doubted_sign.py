"""A danger sign said with a doubt beside one said plainly is named back, never dropped unheard (helper u23b).

"3, not sure about 5" (doubted_last.py) and "3, 5, not sure if that counts" (counted_part.py) at the red-flag checks
lead to the emergency advice at once on the plain sign, as before; the doubted sign went unsaid. Now the urgent turn
names it back ('You also said "not sure about 5" ("Sudden loss of sight, ..."): tell them that too when you call.').
The words are data: dialogues/doubted_sign.yaml.
"""

from __future__ import annotations

from .. import yaml_cache
from ..paths import dialogues_dir


def doubted_sign(said: str, doubted) -> str:
    """What to say back about the doubted sign(s) `doubted` (choices) said as `said`."""
    names = " and ".join(f'"{c.label}"' for c in doubted)
    text = yaml_cache.load(dialogues_dir() / "doubted_sign.yaml", yaml_cache.parse_yaml)["said_back"]
    return str(text).format(said=said.strip(" ,.;!"), names=names)


__all__ = ["doubted_sign"]
