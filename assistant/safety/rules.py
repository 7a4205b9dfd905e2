"""dialogues/red_flags.yaml as the tables screening runs on, cached like the flow's YAML.

Every pattern list becomes one regex source (macros expanded) and the literal strings of which
every match contains one, its anchors: a line is scanned once for every anchor, and a pattern
runs only on the clauses holding one of its own. Reading the YAML and working out the anchors
takes seconds (over a thousand regexes go through the regex parser), so the tables, with every
regex compiled, are kept in the parsed-content cache (yaml_cache.cache_dir(); see stored.py),
named by a hash of the YAML, the code that builds them and the regex compiler: an edit to
either builds them again, and a cache that cannot be read or written costs only time. The app
also ships them built (shipped.py), read when the cache has none (a first start).
"""

from __future__ import annotations

import hashlib
import re
import sys
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .. import yaml_cache
from ..paths import dialogues_dir
from . import firsts, shipped, stored, trie

KINDS = ("before", "after", "opening", "anywhere", "sentence", "next_clause", "line", "later", "answer")
CLAUSE_START = r"(?:^|(?<=\| ))"  # a next_clause cue opens its clause
SIGNS, CUES = 0, 1  # the two anchor scans: signs and idioms on every line, cues only near a sign
_MACRO_NAME = re.compile(r"\{([a-z][a-z_0-9]*)\}")
_MOST = 64  # the most strings a run of exact pieces may stand for before it is cut


@cache
def load() -> dict:
    """The tables: rules (the YAML as read); finders [(name, regex source, anchors or None,
    scan)]; known_words; and the two scans (SIGNS, CUES), each with `anchors`
    (one regex source: the longest anchor starting at each position) and `triggers` (anchor ->
    the numbers of the finders it, or an anchor it starts with, serves). All of it, read and
    checked (screening reads them through `tables()`, part by part)."""
    named = _named()
    tables = stored.read(named.path)
    if isinstance(tables, dict) and tables.get("digest") == named.digest:
        return tables
    stale = [path for path in named.path.parent.glob("red_flags-tables-*") if path != named.path and not path.name.endswith(".partial")]
    # earlier tables of this code lend what they worked out: the user's stale ones, and the ones
    # shipped with the app while they are stale (the YAML edited since they were written)
    tables = built(named, _kept(stale + ([shipped.PATH] if shipped.PATH is not None else []), named.code))
    if stored.write(named.path, tables):
        for path in stale:  # an edited YAML leaves no trail
            path.unlink(missing_ok=True)
    return tables


def built(named: Named | None = None, kept: dict[str, tuple] | None = None) -> dict:
    """The tables built from the YAML (no file read or written), named as `load` names them."""
    named = named or _named()
    return {**build(named.source, kept), "digest": named.digest, "code": named.code, "content": named.content}


@cache
def tables() -> stored.Tables:
    """The tables as screening reads them: a stored file's head at once, each part (a pattern
    list, the triggers, the cue scan) when it is first needed (see stored.py). The file is the
    user's cached one, else the one shipped with the app (shipped.py), if current, else the
    shipped one's analysis if it was made by another Python (`shipped.borrowed`); with none, or a
    damaged part, they are built again by `load()`."""
    named = _named()
    opened = stored.open_tables(named.path)
    if opened is not None and (opened.head.get("digest") != named.digest or stored.FINDERS not in opened.head):
        opened.close()
        opened = None
    opened = opened or shipped.open_current(named.digest)
    if opened is not None:
        return stored.Tables(opened.head, opened.part, load)
    tables = shipped.borrowed(named)  # shipped by another Python: its analysis, this Python's scans
    if tables is not None:
        stored.write(named.path, tables)  # the next start reads them from the cache
    head, parts = stored.split(tables if tables is not None else load())
    return stored.Tables(head, parts.__getitem__, load)


class Named(NamedTuple):
    source: bytes  # the YAML
    yaml: bytes  # its SHA-256
    code: str  # a digest of the code that builds the tables and this regex compiler (stored.version)
    digest: str  # a digest of both: the tables' name
    path: Path  # their file in the user's cache

    @property
    def content(self) -> str:
        """A digest of the YAML and the code that builds the tables, whatever the Python (the
        shipped tables carry it; worked out only when asked, not at every start)."""
        return hashlib.sha256(self.yaml + _builder() + Path(stored.__file__).read_bytes()).hexdigest()[:32]


def _named() -> Named:
    """The YAML, the digests naming its tables, and their file."""
    source = (dialogues_dir() / "red_flags.yaml").read_bytes()
    # the tables hold anchors only where Python's regex parser could be read: say which in the name
    code = hashlib.sha256(_builder() + stored.version() + bytes([_regex_parser() is None])).hexdigest()[:32]
    yaml = hashlib.sha256(source).digest()  # hashed once (it is most of the bytes), not copied
    digest = hashlib.sha256(yaml + code.encode()).hexdigest()[:32]
    return Named(source, yaml, code, digest, yaml_cache.cache_dir() / f"red_flags-tables-{digest}.bin")


def _builder() -> bytes:
    """The code that builds the tables: this file and the modules it builds them with (an
    edit to any of them must build the tables again)."""
    return b"".join(Path(module.__file__).read_bytes() for module in (sys.modules[__name__], firsts, trie))


def _kept(paths: list[Path], code: str) -> dict[str, tuple]:
    """Regex source -> (source to search with, anchors, program) from the newest earlier tables made by this same code
    and regex compiler (`code`), in the user's cache or shipped with the app: after an edit of the YAML only new or changed pattern lists are analysed
    and compiled again (each depends on its source alone). Empty when there are none."""
    for path in sorted(paths, key=_mtime, reverse=True):
        tables = stored.read(path, private=path != shipped.PATH) if path.suffix == ".bin" or path == shipped.PATH else None
        if isinstance(tables, dict) and tables.get("code") == code:
            try:
                return {firsts.plain(finder[1]): (finder[1], finder[2], program)
                        for finder, program in zip(tables["finders"], tables["programs"])}
            except (KeyError, IndexError, TypeError):
                return {}
    return {}


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def build(source: bytes, kept: dict[str, tuple] | None = None) -> dict:
    """The tables, in what JSON keeps (lists for sets); `kept`: regex source -> (search source,
    anchors, program) already worked out by this code (see _kept); a regex met twice is worked out once."""
    rules = yaml_cache.parse_yaml(source.decode("utf-8"))  # PyYAML is imported only when the cache is cold
    finders, programs = [], []  # programs: each finder's regex compiled (stored.py), or None
    known = dict(kept or {})
    for name, (patterns, prefix, scan) in finder_patterns(rules).items():
        source = _source(patterns, prefix, rules["macros"])
        if source not in known:
            known[source] = _compiled(source)
        search, anchors, program = known[source]
        finders.append([name, search, anchors, scan])
        programs.append(program)
    everyday = _strings([rules[k] for k in ("signs", "phrases", "macros")] + [rules["net"]["terms"], rules["short"]["terms"]])
    return {"rules": rules, "finders": finders, "known_words": sorted(set(re.findall(r"[^\W\d_]+", " ".join(everyday).lower()))),
            "scans": [_scan(finders, scan) for scan in (SIGNS, CUES)], "programs": programs}


def _scan(finders: list, scan: int) -> dict:
    serves: dict[str, set[int]] = {}
    for number, (_, _, anchors, served_by) in enumerate(finders):
        for anchor in (anchors or ()) if served_by == scan else ():
            serves.setdefault(anchor, set()).add(number)
    # the scan reports the longest anchor at a position: it stands for every anchor it starts with
    triggers = {anchor: sorted(set().union(*(serves.get(anchor[:n], ()) for n in range(1, len(anchor) + 1))))
                for anchor in sorted(serves)}
    anchors = _trie(sorted(serves))
    return {"anchors": anchors, "triggers": triggers, "program": stored.program(anchors, _parsed_trie(sorted(serves)))}


def _parsed_trie(words: list[str]):
    """The scan as the regex parser reads it, built from the anchors (trie.py), or None (the
    text is then parsed)."""
    parser = _regex_parser()
    try:
        return trie.parsed(words, parser) if parser is not None else None
    except Exception:  # noqa: BLE001 - a changed private parser: parse the text
        return None


def sign_specs(rules: dict) -> list[tuple[str, dict, str | None]]:
    """Every sign as (name, spec, level it stands at alone): the signs, then each category's net
    and short-message words as one sign (net_<category>, short_<category>) that asks."""
    short = {**rules["short"], "alone": True}
    return [(name, spec, None) for name, spec in rules["signs"].items()] + [
        (f"{kind}_{category}", {**spec, "category": category, **(terms if isinstance(terms, dict) else {"patterns": terms})}, "ask")
        for kind, spec in (("net", rules["net"]), ("short", short)) for category, terms in spec["terms"].items()]


def group_spec(spec: dict | list) -> dict:
    return {"line": spec} if isinstance(spec, list) else spec  # escalators given as a list: anywhere in the line


def finder_patterns(rules: dict) -> dict[str, tuple[list[str], str, int]]:
    """Each pattern list by name (sign <name>, idioms, pseudo_cues, <group>.<kind>): its
    patterns, what must precede them, and its scan (SIGNS on every line, CUES near a sign)."""
    found = {f"sign {name}": (spec["patterns"], "", SIGNS) for name, spec, _ in sign_specs(rules)}
    found |= {"idioms": (rules["idioms"], "", SIGNS), "pseudo_cues": (rules["pseudo_cues"], "", CUES)}
    for name, spec in [*rules["context"].items(), *rules["escalators"].items()]:
        spec = group_spec(spec)
        found |= {f"{name}.{kind}": (spec[kind], CLAUSE_START if kind in ("next_clause", "answer") else "", CUES) for kind in KINDS if spec.get(kind)}
    return found


def _regex_parser():
    """Python's own regex parser, which the anchors are read from. It is private (re._parser,
    Python 3.11+) and may move or change: without it every pattern simply has no anchors and
    runs on every clause. Slower, the same results."""
    try:
        import re._parser as parser
    except ImportError:
        return None
    return parser


def _source(patterns: list[str], prefix: str, macros: dict) -> str:
    return rf"{prefix}\b(?:" + "|".join(f"(?:{_expand(p, macros)})" for p in patterns) + r")\b"


def _compiled(source: str) -> tuple[str, list[str] | None, list | None]:
    """(regex source to search with, anchors, program) of a pattern list's regex: the source
    gains a look-ahead for its first characters where they are known (firsts.py)."""
    parser = _regex_parser()
    try:
        parsed = parser.parse(source) if parser is not None else None
    except Exception:  # noqa: BLE001 - a changed private parser: no anchors, compiled as usual
        parsed = None
    anchors = _anchors(source, parsed)
    if parsed is None:
        return source, anchors, None
    try:
        chars = firsts.first_chars(parsed, parser)
        if chars and firsts.add(parsed, chars, parser):
            source = firsts.text(source, chars)
    except Exception:  # noqa: BLE001 - a changed private parser: parse the source as it is
        parsed = parser.parse(source)
    return source, anchors, stored.program(source, parsed)


def _anchors(source: str, parsed=None) -> list[str] | None:
    """The literals of which every match of `source` holds one (None: unknown, run everywhere)."""
    parser = _regex_parser()
    if parser is None:
        return None
    try:
        parsed = parsed if parsed is not None else parser.parse(source)
        needs = _analyse(parsed, parser)[1] if not parsed.state.flags & re.IGNORECASE else None
    except Exception:  # noqa: BLE001 - a changed private parser: fall back to no anchors, never fail
        return None
    return None if needs is None else sorted(needs)


def _expand(pattern: str, macros: dict) -> str:
    for _ in range(3):  # macros may contain macros
        pattern = _MACRO_NAME.sub(lambda m: macros[m.group(1)], pattern)
    return pattern


def _analyse(items, p) -> tuple[set[str] | None, set[str] | None]:
    """(exact, needs) for a parsed regex: every string it can match, if they are few (else None);
    and strings of which every match contains one (None: none known). Adjacent exact pieces
    multiply out, "b(?:lood pressure|p)" -> {blood pressure, bp}, and the rarest set is kept.
    Zero-width pieces (\\b, lookarounds) are skipped: the text either side of them is adjacent."""
    best, run, whole = None, {""}, True

    def consider(strings):
        nonlocal best
        # "_" is only in blanked text, and "|" only between clauses (no match may cross it)
        if strings and "" not in strings:
            joined = "\0".join(strings)
            if "_" in joined or "|" in joined:
                return
            if best is not None and min(5, *map(len, strings)) < _rarity(best)[0]:
                return  # covering keeps the shortest string: this set cannot be rarer (saves time only)
            strings = _uncovered(strings)  # "a" covers "ab"
            if best is None or _rarity(strings) > _rarity(best):
                best = strings

    literal, data = p.LITERAL, getattr(items, "data", items)  # the list itself: SubPattern's indexing is Python
    size, at = len(data), 0
    while at < size:
        op, av = data[at]
        at += 1
        if op is literal and len(run) <= _MOST:
            # a run of plain characters: appended at once (each alone is exact, one string, needs nothing)
            chars = [chr(av)]
            while at < size and data[at][0] is literal:
                chars.append(chr(data[at][1]))
                at += 1
            tail = "".join(chars)
            run = {a + tail for a in run}
            continue
        if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
            continue
        exact, needs = _piece(op, av, p)
        consider(needs)
        if exact is not None and len(run) * len(exact) <= _MOST:
            run = {a + b for a in run for b in exact}
            continue
        whole = False
        consider(run)
        run = exact if exact is not None else {""}
    consider(run)
    return (run if whole else None), best


def _uncovered(strings: set[str]) -> set[str]:
    """The strings that hold none of the others (only a shorter string can be inside one)."""
    # Checked against the shorter strings kept so far: a dropped one holds a kept one, which is
    # then inside whatever holds the dropped one (the same set as checking against all of them).
    # Two distinct strings of one length never hold each other, so each is checked against all
    # kept so far (in one C-level loop: this runs tens of thousands of times per build).
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(map(s.__contains__, kept)):
            kept.append(s)
    return set(kept)


def _rarity(strings: set[str]) -> tuple[int, int]:
    """Longer strings are rarer, up to 5 letters; past that fewer strings make a smaller scan."""
    return min(5, *map(len, strings)), -len(strings)


def _piece(op, av, p) -> tuple[set[str] | None, set[str] | None]:
    if op is p.LITERAL:
        return {chr(av)}, None
    if op is p.IN and all(o is p.LITERAL for o, _ in av):
        return {chr(c) for _, c in av}, None
    if op is p.SUBPATTERN:  # (?i:...) would match other letters than its own
        return _analyse(av[-1], p) if not (av[1] | av[2]) & re.IGNORECASE else (None, None)
    if op is p.BRANCH:
        options = [_analyse(a, p) for a in av[1]]
        exact = set().union(*(e for e, _ in options)) if all(e is not None for e, _ in options) else None
        needs = set().union(*(n for _, n in options)) if all(n for _, n in options) else None
        return (exact if exact is not None and len(exact) <= _MOST else None), needs
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        low, high, inner = av
        exact, needs = _analyse(inner, p)
        needs = needs if low >= 1 else None
        if exact is None or high > 3:
            return None, needs
        strings, power = set(), {""}
        for count in range(high + 1):  # "s?" -> {"", "s"}
            strings |= power if count >= low else set()
            power = {a + b for a in power for b in exact} if len(power) <= _MOST else power
        return (strings if len(strings) <= _MOST else None), needs
    return None, None  # any character, a class, a category: no literal


def _strings(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else ()
    return [s for value in values for s in _strings(value)] + ([k for k in data if isinstance(k, str)] if isinstance(data, dict) else [])


def _trie(words: list[str]) -> str:
    """One regex finding, at each position, the longest of `words` starting there (a trie, so
    each position costs a few steps); every shorter word starting there is a prefix of it."""
    root = trie.nodes(words)

    def pattern(node: dict) -> str:
        options = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?=({pattern(root)}))"
