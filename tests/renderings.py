"""Every text a person sees, by template: what the scripted dialogues in dialogues/scripts/
render (they cover every template; tests/scripts/test_coverage.py checks that).

Each turn's words plus its choices, with each line or choice read as a sentence of its own;
the side-by-side table (the person's own answers) and the quoted titles of the sources (names,
not our words) are left out. Used by the readability and the content tests.
"""

from __future__ import annotations

from functools import cache

from assistant.flow import default_flow
from assistant.scripts.commands import run_all, scripts_folder

# Information turns show their own template above the question (Engine.explain).
COMMAND_TEMPLATES = {"help": "help.md.j2", "why": "why.md.j2", "summary": "so_far.md.j2", "sources": "sources.md.j2"}


def _as_sentences(lines: list[str]) -> str:
    # A list item or a choice is read as a unit of its own, so it ends like a sentence.
    return "\n".join(line if line.rstrip()[-1:] in ".?!:" else line + "." for line in lines if line.strip())


def _without_titles(line: str) -> str:
    for source in default_flow().sources.values():
        line = line.replace(f'"{source["title"]}"', "the title")
    return line


@cache
def renderings() -> dict[str, tuple[str, ...]]:
    """template -> every distinct text it was rendered as in the scripted dialogues."""
    results, _ = run_all([scripts_folder()])
    found: dict[str, dict[str, None]] = {}
    for result in results:
        for turn in getattr(result, "turns", []):
            # The side-by-side table is data the person typed, not our prose.
            lines = [_without_titles(line) for line in turn.text.splitlines() if not line.startswith("|")]
            template = COMMAND_TEMPLATES.get(turn.kind, turn.template)
            found.setdefault(template, {})[_as_sentences([*lines, *turn.choices])] = None
    return {template: tuple(texts) for template, texts in sorted(found.items())}


