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
        _write_atomically(cached, text)
    return data


def _write_atomically(target: Path, text: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = target.with_suffix(f".{os.getpid()}.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)  # a reader sees the old file or the whole new one
    except OSError:
        pass
