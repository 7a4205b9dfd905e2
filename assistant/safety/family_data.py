"""A concept file of dialogues/ (concept_signs.yaml, self_harm_concepts.yaml) read, its word families checked."""

from __future__ import annotations


def read_with_families(file: str) -> dict:
    """dialogues/<file> as read (from the parsed-content cache when current), with `families` checked: a map of names
    to non-empty lists of patterns; ValueError naming the file otherwise."""
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / file, yaml_cache.parse_yaml)
    families = data.get("families") if isinstance(data, dict) else None
    if not isinstance(families, dict) or not all(isinstance(v, list) and v and all(isinstance(i, str) for i in v)
                                                 for v in families.values()):
        raise ValueError(f"dialogues/{file}: families needs a map of names to lists of patterns")
    return data
