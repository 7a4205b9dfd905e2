"""The program's own regexes kept compiled between runs, so a start does not compile them again.

Compiling a regex runs Python's regex parser and compiler, which are Python code: the 130 or so
regexes that the modules of a conversation (the app's, Jinja's, the standard library's) compile
when they are imported took a fifth of a short conversation. Python keeps what it compiles only
in memory (`re`'s own cache, keyed by the source and the flags). This module keeps, in the
user's cache folder, the program `re` makes of each regex a module keeps among its global names
(`_WORDS = re.compile(...)`: the program's own text, never anything typed) or a table builder marked
`kept` holds (the concept tables read from dialogues/: some 270 regexes, among them a 100 KB prefilter,
took about 0.4 s of every start until they were kept, helper p23), and at the next start
puts each one back into `re`'s cache under the key `re.compile` looks it up by, made by the regex
engine from the stored program (as the red-flag tables are, safety/stored.py). `re.compile` of
the same source and flags then finds it instead of compiling it.

A stored regex is used only as what it is: its key is its whole source and flags, so a module
whose regex changed compiles the new one as before (and it is stored at the end of that run).
The file is private (private_file.py: a regular file of this user that nobody else can read, its
SHA-256 checked) and named by this Python's version and regex engine; each regex is checked
equal to `re.compile` of its source when stored, and the regex engine checks each program it is
given. On a Python whose `re` keeps its cache otherwise, or with any file problem, nothing is put
back: regexes compile as usual, which only costs time.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import re
import sys
from array import array
from pathlib import Path

from . import private_file

MAGIC = b"second-opinion regexes 2\n"
_MOST = 4096  # more stored regexes than this: start again from the ones in use

_primed: dict[tuple, re.Pattern] = {}  # re's cache key -> the regex put there from the store
_stored: dict[tuple, None] = {}  # the (source, flags) of each regex in the store (its program stays in the file, not in memory)
_walked: dict[str, list[int]] = {}  # module name -> its numbers of global names when looked at
_tables: list[re.Pattern] = []  # regexes the program's tables hold (not global names): `keep`
_made: dict[tuple, tuple] = {}  # (source, flags) -> its program, for the regexes `compile` made in this run


def path(kind: str = "chat") -> Path | None:
    """The store's file for this Python and regex engine, and this kind of run (`kind`: a
    command's name, or "plain" for plain mode: each loads modules of its own), or None
    without a cache folder."""
    try:
        import _sre

        from .yaml_cache import cache_dir

        engine = f"{sys.version}|{sys.implementation.name}|{_sre.MAGIC}|{_sre.CODESIZE}|{marshal.version}"
        if not kind.isalpha():
            return None
        return cache_dir() / f"regexes-{kind}-{hashlib.sha256(engine.encode()).hexdigest()[:16]}.bin"
    except Exception:  # noqa: BLE001 - no cache folder, no regex engine to ask: compile as usual
        return None


def _cache() -> dict | None:
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def _room(stored: int) -> None:
    """Room in re's cache for what is put back and for what the run compiles (the concept tables' families alone are some
    180): never pushed out before its module asks for it, or before the run's regexes are recorded."""
    most = getattr(re, "_MAXCACHE", None)
    if isinstance(most, int):
        re._MAXCACHE = max(most, stored + 2048)


def prime(file: Path | None = None) -> int:
    """Put the stored regexes in `file` (see `path`) into `re`'s cache; returns how many."""
    cache = _cache()
    if cache is None or file is None:
        return 0
    stored = private_file.read(file, MAGIC)
    if not isinstance(stored, dict) or not isinstance(stored.get("regexes"), dict) or not isinstance(stored.get("modules"), dict):
        _room(0)  # a first run: what its modules compile stays in the cache until it is recorded (on 3.13 the default 512
        return 0  # pushed the earliest ones, the text and wording modules', out before the record: never primed after)
    try:
        import _sre
    except ImportError:  # pragma: no cover - CPython has it
        return 0
    _walked.update(stored["modules"])
    _room(len(stored["regexes"]))
    newer = getattr(re, "_cache2", {})  # Python 3.12+: re looks here first (what it compiled lately)
    for entry, program in stored["regexes"].items():
        try:
            (source, flags), (final, code, groups, groupindex, indexgroup) = entry, program
            key = (str, source, flags)
            if key not in cache and key not in newer:  # (one compiled before this start, e.g. by an import of the command line, stays)
                cache[key] = _primed[key] = _sre.compile(source, final, array("I", code).tolist(), groups, groupindex, indexgroup)
            _stored[entry] = None
        except Exception:  # noqa: BLE001 - refused by the engine, or not a program: compiled when used
            continue
    if _primed and not _found_where_put():
        for key in _primed:
            cache.pop(key, None)
        _primed.clear()
        _stored.clear()
    return len(_primed)


def _found_where_put() -> bool:
    """`re.compile` finds a regex put into its cache (this Python's `re` keys it as expected)."""
    key, pattern = next(iter(_primed.items()))
    try:
        return re.compile(key[1], key[2]) is pattern
    except Exception:  # noqa: BLE001
        return False


def keep(tables):
    """Mark the regexes that `tables` (a dict, list or tuple the program builds from its own data, once per process, e.g.
    the concept tables read from dialogues/) holds, at any depth, as the program's own: `record` stores them like a
    module's global regexes. Returns `tables`. Never for a regex made from anything typed."""
    if isinstance(tables, dict):
        for value in tables.values():
            keep(value)
    elif isinstance(tables, (list, tuple)):
        for value in tables:
            keep(value)
    elif isinstance(tables, re.Pattern):
        _tables.append(tables)
    return tables


def table_regex(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)` for a table's regex (`keep`), parsed once: the program Python's `re` makes of it is
    made here, by the same steps (`_program`), handed to the regex engine and put in re's cache under the key
    `re.compile` looks it up by; `record` then stores that program and need not parse the source a second time (on a
    first start, the concept tables' 270 regexes were parsed twice: once to compile, once to record). A regex put back
    from the store, or compiled before, is the one in re's cache. Anything unexpected: `re.compile`."""
    flags = int(flags)
    cache = _cache()
    if flags & (re.DEBUG | getattr(re, "TEMPLATE", 0)):  # (not cached by re, or deprecated): as usual
        return re.compile(source, flags)
    key = (str, source, flags)
    found = None if cache is None else getattr(re, "_cache2", {}).get(key) or cache.get(key)
    if found is not None or cache is None:
        return found if found is not None else re.compile(source, flags)
    try:
        import _sre

        program = _parsed(source, flags)
        pattern = _sre.compile(source, program[0], array("I", program[1]).tolist(), *program[2:])
    except Exception:  # noqa: BLE001 - a changed private compiler: as usual
        return re.compile(source, flags)
    most = getattr(re, "_MAXCACHE", 512)
    if isinstance(most, int) and len(cache) < most:  # (else it stays out of re's cache, as re.compile would not push one out for it)
        cache[key] = pattern
    _made[(source, flags)] = program
    return pattern


def kept(build):
    """`build` (a function that builds tables from the program's own data) with its tables' regexes kept (`keep`)."""

    @functools.wraps(build)
    def building(*args, **kwargs):
        return keep(build(*args, **kwargs))

    return building


def record(file: Path | None = None) -> int:
    """Store the regexes that modules keep among their global names and that were compiled in
    this run (not put back from the store); returns how many were added. Only modules not looked
    at before, or that have a number of global names not seen before, are looked at: the usual run looks
    at none and writes nothing. (So a regex whose text was edited in place, in a module that kept
    its number of names, compiles at every start until the cache is cleared: it costs time only.)"""
    cache = _cache()
    if cache is None or file is None:
        return 0
    # Only a regex something else still refers to (besides re's cache, the list and this loop)
    # can be a module's: the rest (compiled inside a function and dropped) is not looked for.
    fresh = {}
    for key, pattern in list(cache.items()):
        if key[0] is str and key[1:] not in _stored and sys.getrefcount(pattern) > 4:
            fresh[id(pattern)] = key
    if not fresh:
        return 0
    kept = {}
    for pattern in _tables:  # the tables' regexes (keep): whichever of them this run compiled
        key = fresh.get(id(pattern))
        if key is not None and key[1:] not in kept:
            program = _made.get(key[1:]) or _program(key[1], key[2], pattern)  # (made by table_regex: parsed once)
            if program is not None:
                kept[key[1:]] = program
    changed = {}
    for name, module in list(sys.modules.items()):
        names = getattr(module, "__dict__", None)
        if type(names) is dict and name != "__main__" and len(names) not in _walked.get(name, ()):  # (__main__: whatever script ran)
            changed[name] = names
    if not changed and not kept:
        return 0
    for names in changed.values():
        for value in list(names.values()):
            if value.__class__ is re.Pattern and id(value) in fresh:
                key = fresh[id(value)]
                program = _program(key[1], key[2], value)
                if program is not None:
                    kept[key[1:]] = program
    # (a package gains a name for each submodule imported: the numbers of names it has had are kept)
    walked = {**_walked, **{name: [*_walked.get(name, [])[-7:], len(names)] for name, names in changed.items()}}
    earlier = {}
    if _stored and len(_stored) + len(kept) <= _MOST:  # the programs stored before, read again (not held in memory)
        old = private_file.read(file, MAGIC)
        if isinstance(old, dict) and isinstance(old.get("regexes"), dict):
            earlier = {entry: program for entry, program in old["regexes"].items() if entry in _stored}
    regexes = {**earlier, **kept}
    if not private_file.write(file, MAGIC, {"regexes": regexes, "modules": walked}):
        return 0
    _stored.update(dict.fromkeys(kept))
    _walked.update(walked)
    return len(kept)


def _parsed(source: str, flags: int) -> tuple:
    """What `re.compile(source, flags)` hands the regex engine (re._compiler.compile's steps): the final flags, the
    code (as bytes), the number of groups, the group names both ways."""
    from re import _compiler, _parser

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _program(source: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """What `re.compile(source, flags)` hands the regex engine, if the engine makes `compiled`
    of it again (else None: not stored)."""
    try:
        import _sre

        program = _parsed(source, flags)
        code = array("I", program[1]).tolist()
        again = _sre.compile(source, program[0], code, *program[2:])
        if again != compiled or again.groupindex != compiled.groupindex:
            return None
        return program
    except Exception:  # noqa: BLE001 - a changed private compiler: not stored
        return None
