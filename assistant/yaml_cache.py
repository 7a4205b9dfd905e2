"""Read a YAML data file through a JSON copy cached by the file's content hash.

Importing PyYAML and parsing the flow is most of the time to the first turn, and the data only
changes when someone edits the content. The cache holds no user data, only the parsed content;
a cache that cannot be read or written just makes the start slower.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

CACHE_ENV = "SECOND_OPINION_CACHE_DIR"


class YamlSyntaxError(ValueError):
    """The text is not valid YAML; `line` is where the parser gave up (1-based), if known."""

    def __init__(self, line: int | None) -> None:
        super().__init__(f"not valid YAML at line {line}" if line else "not valid YAML")
        self.line = line


def parse_yaml(text: str):
    """Parse YAML text; PyYAML is imported only when the cache has no copy of this file."""
    import yaml

    try:  # libyaml is several times faster
        from yaml import CSafeLoader as loader
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeLoader as loader
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlSyntaxError(mark.line + 1 if mark else None) from None


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("second-opinion"))


def load(path: Path, parse: Callable[[str], object]) -> object:
    """`parse(text)` of the file, or the cached result for exactly these bytes."""
    raw = path.read_bytes()
    cached = cache_dir() / f"{path.stem}-{hashlib.sha256(raw).hexdigest()[:32]}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    data = parse(raw.decode("utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    if json.loads(text) == data:  # only data that JSON keeps exactly (no non-text keys)
        write_atomically(cached, text)
    return data


def write_atomically(target: Path, text: str) -> bool:
    """Write a cache file whole, then rename it: a reader sees the old file or the whole new
    one. Returns False when it cannot be written (which only costs time)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = target.with_suffix(f".{os.getpid()}.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        return False
    return True
