"""One word file of dialogues/ read for a reader, or a clear error naming the file."""

from __future__ import annotations


def read_words_file(name: str):
    """The parsed YAML of dialogues/<name> (from the cache when it is current); LexiconError, with
    the file's name, when it cannot be read or parsed."""
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from ..yaml_cache import YamlSyntaxError, parse_yaml
    from .lexicon import LexiconError

    try:
        return yaml_cache.load(dialogues_dir() / name, parse_yaml)
    except (OSError, UnicodeDecodeError, YamlSyntaxError) as exc:
        raise LexiconError(f"dialogues/{name}: cannot be read ({exc})") from None
