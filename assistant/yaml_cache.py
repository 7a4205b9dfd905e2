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


MAX_NODES = 200_000  # after aliases are expanded; the flow has about 5,000


class YamlSyntaxError(ValueError):
    """The text is not valid YAML; `line` is where the parser gave up (1-based), if known."""

    def __init__(self, line: int | None, problem: str = "not valid YAML") -> None:
        super().__init__(f"{problem} at line {line}" if line else problem)
        self.line = line


def _loader():
    try:  # libyaml is several times faster
        from yaml import CSafeLoader as loader
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeLoader as loader
    return loader


def line_of(text: str, mark) -> int:
    """A parser mark's line as an editor counts it: PyYAML also breaks lines at NEL, U+2028,
    U+2029 and a lone CR, which editors show inside a line."""
    index = getattr(mark, "index", None)
    if index is None or not any(ch in text for ch in "\x85\u2028\u2029\r"):
        return mark.line + 1
    return text.count("\n", 0, index) + 1


def check_aliases(text: str, limit: int = MAX_NODES) -> None:
    """Refuse an alias bomb before anything is built: an alias to a node that is still open
    (recursive), or aliases that would expand past `limit` nodes (billion laughs). Streams
    the parser's events, so memory stays small whatever the file says."""
    import yaml

    if "*" not in text:  # no alias, nothing to expand
        return
    sizes: dict[str, int] = {}  # anchor -> nodes it stands for, once expanded
    stack: list[list] = []  # open collections: [anchor, nodes so far]
    open_anchors: set[str] = set()
    total = 0
    for event in yaml.parse(text, Loader=_loader()):
        if isinstance(event, (yaml.CollectionEndEvent)):
            anchor, count = stack.pop()
            if anchor:
                open_anchors.discard(anchor)
                sizes[anchor] = count
            if stack:
                stack[-1][1] += count
            continue
        if isinstance(event, yaml.AliasEvent):
            if event.anchor in open_anchors:
                raise YamlSyntaxError(line_of(text, event.start_mark), f"the alias *{event.anchor} refers to itself")
            count = sizes.get(event.anchor, 1)
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            count = 1
        else:
            continue
        total += count
        if total > limit:
            raise YamlSyntaxError(line_of(text, event.start_mark), f"aliases expand to more than {limit:,} values (an alias bomb?)")
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append([event.anchor, 1])
            if event.anchor:
                open_anchors.add(event.anchor)
        else:
            if getattr(event, "anchor", None) and isinstance(event, yaml.ScalarEvent):
                sizes[event.anchor] = 1
            if stack:
                stack[-1][1] += count


def parse_yaml(text: str):
    """Parse YAML text; PyYAML is imported only when the cache has no copy of this file."""
    import yaml

    try:
        check_aliases(text)
        return yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlSyntaxError(line_of(text, mark) if mark else None) from None


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
        # Owner-only, like everything the app keeps, whatever the umask.
        with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(partial, target)
    except OSError:
        return False
    return True
