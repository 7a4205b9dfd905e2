"""The self-harm cue lists (dialogues/self_harm_cues.yaml) as regexes kept compiled, with their anchors.

Each list of cues (a kind: intent, means...; a stopper: negated, idiom...) is one regex,
`(?<!\\w)(?:cue1|cue2|...)(?!\\w)`. The self-harm screen (self_harm_cues.py) looks for every kind
in each sentence and each pair of neighbouring sentences of a line: a dozen regexes, each over
every position of its window, most of them finding nothing. Two things make that cheaper, with
the same matches:

- **Anchors.** As for the red-flag lists (rules.py), every match of a list holds one of a few
  literals (its anchors, read from Python's regex parser: "burden", "pill", "to die"...). One scan
  of the line (a trie of every list's anchors, `(?=(...))`, the longest anchor at each position)
  says where each anchor is; a list runs on a window only if one of its anchors lies inside it.
  A window is an exact piece of the line the scan ran on, so a list with no anchor there has no
  match there. A list whose anchors cannot be read runs on every window.
- **Kept compiled.** The regexes, the anchors and the scan are kept (with the program Python's
  `re` makes of each, see stored.py) in one private file per content version in the user's
  cache (private_file.py: a regular file of this user, checked against its SHA-256), named by a
  hash of the YAML, the code that builds it and this regex compiler. A first line screened in a
  new process reads it instead of compiling a dozen regexes; a file that is missing, damaged or
  of another version is built again from the YAML and replaced.
- **Shipped built.** With the user's cache empty (the first start after an install or an update)
  building them is most of the start (parsing and compiling the lists and their anchors in
  Python's own regex parser). So the package carries them built, as it does the red-flag tables
  (shipped.py): `<stem>.cues` next to this file (`self_harm_cues.cues`, `warning_signs.cues`), the
  same data with the name it was built for (`digest`: the YAML, the code, the sections and the
  regex compiler), checked against its SHA-256. It is used, and not copied, only when the cache
  has none and its name is this version's; anything else (an edited YAML, another regex
  compiler, a damaged file, a link) is never used: the lists are built as without it. After an
  edit of the YAML or of this code, `python3 -m assistant.safety.shipped` writes it again (a test
  fails while it is stale). On another Python the shipped file's lists, anchors and triggers are
  borrowed and only the programs are made (`borrowed`): the anchors are not worked out again.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import threading
from bisect import bisect_left
from pathlib import Path

from .. import private_file
from . import rules, stored

MAGIC = b"second-opinion self-harm cues 1\n"
SHIPPED_MAGIC = b"second-opinion shipped cues 1\n"
SHIPPED = Path(__file__).parent  # where the shipped files are (None: none; tests point it elsewhere)


def source(items: list[str]) -> str:
    """One list of cue patterns as the regex the cue screen searches with."""
    return r"(?<!\w)(?:" + "|".join(f"(?:{i})" for i in items) + r")(?!\w)"


class Cues:
    """The compiled lists by section and name, and where each list's anchors lie in a text."""

    def __init__(self, data: dict):
        self.sections = {section: {name: stored.pattern(*compiled) for name, compiled in lists.items()}
                         for section, lists in data["lists"].items()}
        self.always = frozenset(data["unanchored"])  # lists without anchors ("section.name"): run everywhere
        scan = stored.pattern(*data["scan"]) if data["scan"] else None
        self._finditer, self._findall = (scan.finditer, scan.findall) if scan else (None, None)
        # the longest anchor found at a position -> (length, lists) for it and each anchor that is a prefix of it
        self._triggers = {anchor: [(length, frozenset(lists)) for length, lists in pairs] for anchor, pairs in data["triggers"].items()}
        self._every = {anchor: frozenset().union(*(lists for _, lists in pairs)) for anchor, pairs in self._triggers.items()}

    def lists_in(self, text: str) -> frozenset[str]:
        """The lists with an anchor anywhere in `text`, and those without anchors (one pass of the scan)."""
        if self._findall is None:
            return self.always
        return self.always.union(*map(self._every.__getitem__, set(self._findall(text)) - {""}))

    def anchors_in(self, text: str) -> "Anchors":
        """Where in `text` each list's anchors are (one pass of the scan), for pieces of it."""
        return Anchors(self, text)

    def in_sentences(self, sentences: list[str]):
        """For a line's sentences, a function (first, end) -> the lists that may match in
        sentences[first:end] joined by spaces (one pass of the scan over all of them joined)."""
        joined = " ".join(sentences)
        if len(sentences) <= 1:
            whole = self.lists_in(joined)  # one piece, the whole line
            return lambda first, end: whole
        anchors, at = self.anchors_in(joined), [0]
        for sentence in sentences:
            at.append(at[-1] + len(sentence) + 1)  # where each sentence starts in the joined text
        return lambda first, end: anchors.lists(at[first], at[end] - 1)


class Anchors:
    """The anchors found in one text: which lists may match inside a piece of it."""

    def __init__(self, cues: Cues, text: str):
        self.always = cues.always
        self.starts: list[int] = []
        self.found: list[list[tuple[int, frozenset[str]]]] = []  # per start: (length, lists) pairs
        if cues._finditer is None:
            return
        triggers = cues._triggers
        for match in cues._finditer(text):
            anchor = match.group(1)
            if anchor:
                self.starts.append(match.start())
                self.found.append(triggers[anchor])

    def lists(self, start: int, end: int) -> set[str]:
        """The lists ("section.name") with an anchor lying wholly inside text[start:end], and those
        without anchors."""
        names = set(self.always)
        starts, found = self.starts, self.found
        for i in range(bisect_left(starts, start), len(starts)):
            at = starts[i]
            if at >= end:
                break
            for length, lists in found[i]:
                if at + length <= end:
                    names |= lists
        return names


def names(path: Path, sections: dict[str, tuple[str, ...]], checked) -> tuple[str, str]:
    """(content, digest) of the lists at `path`: `content` names the YAML, the code that builds
    them and the sections, whatever the Python; `digest` adds this regex compiler (the name a
    stored file must carry to be used)."""
    raw = path.read_bytes()
    # the code that builds it: this file, rules.py (the anchors) and the reader of the lists (`checked`'s module)
    code = b"".join(Path(file).read_bytes() for file in (__file__, rules.__file__, sys.modules[checked.__module__].__file__))
    content = hashlib.sha256(hashlib.sha256(raw).digest() + code + repr(sections).encode()
                             + bytes([rules._regex_parser() is None])).hexdigest()
    return content, hashlib.sha256(content.encode("ascii") + stored.version()).hexdigest()[:32]


def load(path: Path, sections: dict[str, tuple[str, ...]], checked) -> Cues:
    """The cue lists of the YAML at `path` (`checked(data)` reads its lists and refuses a wrong
    shape), from the user's cache when it holds this version, else shipped with the app when
    that is this version, else borrowed from the shipped lists of another Python, else built
    and stored."""
    with _LOADING:  # the warm-up thread may be loading them: the first answer waits for what is left
        return _load(path, sections, checked)


_LOADING = threading.Lock()


def _load(path: Path, sections: dict[str, tuple[str, ...]], checked) -> Cues:
    from .. import yaml_cache

    content, digest = names(path, sections, checked)
    cached = yaml_cache.cache_dir() / f"{path.stem}-{digest}.bin"  # self_harm_cues-..., warning_signs-...
    for data in (private_file.read(cached, MAGIC), shipped(path, digest)):
        if isinstance(data, dict):
            try:
                return Cues(data)
            except (KeyError, TypeError, ValueError, IndexError, re.error):
                pass  # of another shape: built again below
    try:
        data = borrowed(path, content)
        cues = Cues(data) if data is not None else None
    except (KeyError, TypeError, ValueError, IndexError, re.error):
        cues = None  # of another shape: built below
    if cues is None:
        data = build(checked(yaml_cache.load(path, yaml_cache.parse_yaml)), sections)
        cues = Cues(data)
    private_file.write(cached, MAGIC, data)
    return cues


def borrowed(path: Path, content: str) -> dict | None:
    """The shipped lists made fit for this Python, when they were built from this YAML by this
    code but by another regex compiler (another Python): the regex sources, anchors and triggers
    are the YAML's (the tests check them equal to the lists this Python builds), the programs are
    made here (the scan's from its anchors, trie.py); the anchors are not worked out again."""
    target = shipped_path(path)
    found = private_file.read(target, SHIPPED_MAGIC, private=False) if target is not None else None
    if not isinstance(found, dict) or found.get("content") != content or not isinstance(found.get("data"), dict):
        return None
    data = found["data"]
    lists = {section: {name: [text, stored.program(text)] for name, (text, _) in named.items()}
             for section, named in data["lists"].items()}
    scan = data["scan"]
    if scan:
        scan = [scan[0], stored.program(scan[0], rules._parsed_trie(sorted(data["triggers"])))]
    return {**data, "lists": lists, "scan": scan}


def shipped_path(path: Path) -> Path | None:
    """Where the package keeps the lists of the YAML at `path` built."""
    return SHIPPED / f"{path.stem}.cues" if SHIPPED is not None else None


def shipped(path: Path, digest: str) -> dict | None:
    """The stored form shipped with the app for the YAML at `path`, if it was built for `digest`."""
    target = shipped_path(path)
    found = private_file.read(target, SHIPPED_MAGIC, private=False) if target is not None else None
    if isinstance(found, dict) and found.get("digest") == digest:
        return found.get("data")
    return None


def write_shipped(path: Path, sections: dict[str, tuple[str, ...]], checked, target: Path | None = None) -> Path:
    """Build the lists of the YAML at `path` (never from a cache) and ship them at `target`
    (readable by all, like the rest of the package)."""
    from .. import yaml_cache

    content, digest = names(path, sections, checked)
    data = build(checked(yaml_cache.parse_yaml(path.read_text(encoding="utf-8"))), sections)
    body = marshal.dumps({"content": content, "digest": digest, "data": data})
    if marshal.loads(body)["data"] != data:
        raise ValueError(f"the lists of {path.name} cannot be stored exactly")
    target = target or shipped_path(path)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    with open(partial, "wb") as file:
        file.write(SHIPPED_MAGIC + hashlib.sha256(body).digest() + body)
    os.chmod(partial, 0o644)
    os.replace(partial, target)
    return target


def build(lists: dict[str, dict[str, list[str]]], sections: dict[str, tuple[str, ...]]) -> dict:
    """The stored form: each list's [regex source, program], the lists without anchors, and the
    anchor scan with its triggers (see the module's docstring)."""
    compiled, anchors_of, unanchored = {}, {}, []
    for section, names in sections.items():
        compiled[section] = {}
        for name in names:
            text = source(lists[section][name])
            compiled[section][name] = [text, stored.program(text)]
            anchors = rules._anchors(text)
            if anchors:
                anchors_of[f"{section}.{name}"] = anchors
            else:
                unanchored.append(f"{section}.{name}")
    words = sorted({anchor for anchors in anchors_of.values() for anchor in anchors})
    lists_of: dict[str, set[str]] = {}
    for name, anchors in anchors_of.items():
        for anchor in anchors:
            lists_of.setdefault(anchor, set()).add(name)
    # an anchor found at a position brings every anchor that is a prefix of it (they start there too)
    triggers = {word: [[len(prefix), sorted(lists_of[prefix])] for prefix in (word[:n] for n in range(1, len(word) + 1))
                       if prefix in lists_of] for word in words}
    scan = rules._trie(words) if words else None
    return {"lists": compiled, "unanchored": unanchored, "scan": [scan, stored.program(scan)] if scan else None,
            "triggers": triggers}
