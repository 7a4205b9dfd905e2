"""The red-flag tables shipped with the app, so that a first start builds nothing.

Building the tables from dialogues/red_flags.yaml (rules.py) parses the YAML and over a thousand
regexes in Python's own regex parser: seconds, paid by the first start after an install or an
update (the user's cache is empty then). So the package carries them built: `red_flags.tables`
next to this file, in the stored format (stored.py: a head and parts, each with its SHA-256,
read part by part as they are needed). It is used exactly as a file in the user's cache is, when
that has none: only if its head's digest names this YAML, the code that builds the tables and
this regex compiler (rules._named), it is a regular file (not a link), and its magic and digests
match. Anything else (an edited YAML, a Python whose regex compiler differs, a damaged part) is
never used: the tables come from the user's cache or are built, as without it. Being part of
the package, it need not be private (it holds no user data).

The app never writes it. After an edit of the YAML or of the code that builds the tables,
`python3 -m assistant.safety.shipped` writes it again (a test fails while it is stale, saying so);
until then a first start builds the tables, as before.

On another Python (another regex compiler) the shipped file is not used as it is, but what it
worked out is borrowed (`borrowed`): a first start there compiles the two scans and the pattern
lists a line needs, and does not build the tables (seconds: 3.13 took about 4 s of CPU). The same command writes the self-harm cue
and warning-sign lists shipped built (cue_tables.py: `self_harm_cues.cues`, `warning_signs.cues`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import stored

PATH = Path(__file__).with_name("red_flags.tables")


def open_current(digest: str) -> stored.Opened | None:
    """The shipped file with its head read and checked, if it holds the tables named `digest`."""
    opened = stored.open_tables(PATH, private=False) if PATH is not None else None
    if opened is not None and (opened.head.get("digest") != digest or stored.FINDERS not in opened.head):
        opened.close()
        return None
    return opened


def borrowed(named) -> dict | None:
    """The shipped tables made fit for this Python, when they were built from this YAML by this
    code but by another regex compiler (another Python: `open_current` refuses them). What the
    seconds of building work out is the YAML's, not the compiler's: each pattern list's regex
    source and anchors, the scans' anchors and triggers (the tests check them equal to the tables
    this Python builds). Only the regex programs are the compiler's: each pattern list's is left
    out (it compiles at its first need, stored.pattern), and the two scans' are made here from
    their anchors (trie.py: no text to parse). None when the shipped file does not hold tables of
    this YAML and code, or is damaged (`named`: rules._named())."""
    from . import rules

    opened = stored.open_tables(PATH, private=False) if PATH is not None else None
    if opened is None:
        return None
    try:
        if opened.head.get("content") != named.content or stored.FINDERS not in opened.head:
            return None
        tables = stored.join(opened.head, opened.part)
    except (stored.Damaged, TypeError, ValueError, KeyError):
        return None
    finally:
        opened.close()
    scans = [{**scan, "program": stored.program(scan["anchors"], rules._parsed_trie(sorted(scan["triggers"])))}
             for scan in tables["scans"]]
    return {**tables, "programs": [None] * len(tables["finders"]), "scans": scans, "digest": named.digest, "code": named.code}


def write(path: Path | None = None) -> Path:
    """Build the tables from the YAML (never from a cache) and ship them at `path` (readable by
    all, like the rest of the package)."""
    from . import rules

    data = rules.built()
    encoded = stored.encode(data)
    if encoded is None:
        raise ValueError("the red-flag tables cannot be stored exactly")
    target = path or PATH
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    with open(partial, "wb") as file:
        file.write(encoded)
    os.chmod(partial, 0o644)
    os.replace(partial, target)
    return target


def write_cues(folder: Path | None = None) -> list[Path]:
    """Build the self-harm cue and warning-sign lists from their YAML and ship them (cue_tables.py)
    in `folder` (default: next to this file)."""
    from . import cue_tables, self_harm_cues, warning_signs

    written = []
    for module in (self_harm_cues, warning_signs):
        path, sections, checked = module.cue_source()
        target = folder / f"{path.stem}.cues" if folder is not None else None
        written.append(cue_tables.write_shipped(path, sections, checked, target))
    return written


def main() -> int:
    for target in [write(), *write_cues()]:
        print(f"wrote {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":  # pragma: no cover - run by hand after an edit of the YAML
    sys.exit(main())
