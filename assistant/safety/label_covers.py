"""What the urgent turn says it noticed, said once: a label that says more covers the plainer ones found with it
("too much insulin taken by mistake" covers "too much medicine taken by mistake", "an overdose"). The words are data:
dialogues/label_covers.yaml. Only what is said changes; the categories and the advice are the screening's."""

from __future__ import annotations

from functools import cache


@cache
def _covers() -> dict[str, tuple[str, ...]]:
    """dialogues/label_covers.yaml: each label and the plainer ones it covers."""
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / "label_covers.yaml", yaml_cache.parse_yaml)
    return {str(k): tuple(str(v) for v in vs) for k, vs in data.items()}


def said_once(labels: list[str]) -> list[str]:
    """`labels` without those a more telling label among them covers, in order."""
    covered = {plain for label in labels for plain in _covers().get(label, ())}
    return [label for label in labels if label not in covered]
