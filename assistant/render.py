"""Render assistant turns from the Jinja templates in prompts/.

Templates are trusted and written in Markdown. Anything a user typed reaches a template
only as data: every `{{ value }}` is escaped for Markdown on output, so `**x**`, `[link](y)`
or `{{ 7*7 }}` typed by a user shows exactly as typed. Plain text for the terminal and for
JSON is derived from the Markdown by dropping the emphasis marks and the escapes.
"""

from __future__ import annotations

import operator
import re
from functools import cache
from pathlib import Path

from .jinja_import import jinja2  # Jinja without its compiler until a template needs compiling
from jinja2 import BytecodeCache

from .paths import prompts_dir

_MD_SPECIALS = "\\`*_{}[]<>()#+-.!|~"
# Each special character gets a backslash (str.translate: the same as a regex substitution of
# the character class, without a Python call per character replaced).
_MD_ESCAPES = str.maketrans({char: "\\" + char for char in _MD_SPECIALS})
_MD_ESCAPED = re.compile(r"\\([\\`*_{}\[\]<>()#+\-.!|~])")
# A run of asterisks not after a backslash: the same matches as (?<!\\)\*+, but opening with the
# asterisk itself, so the regex engine jumps from one asterisk to the next instead of trying the
# look-behind at every character (about 16x faster on a turn; tests/test_markdown_escaping.py).
_EMPHASIS = re.compile(r"\*(?<!\\\*)\**")
_ESCAPED_CHAR = operator.itemgetter(1)  # the character after the backslash (a C call per escape, not a template)


class Trusted(str):
    """Markdown written by us (for example a rendered partial): not escaped again."""


class Deferred:
    """A value worked out only when a template reads it (turns.Lazy): shown as its value."""

    value: object


def escape_markdown(value: str) -> str:
    return value.translate(_MD_ESCAPES)


def _finalize(value):
    # Called on every {{ expression }}: user data is escaped, our own Markdown is not.
    if value is None:
        return ""
    if isinstance(value, Trusted):
        return value
    if isinstance(value, str):
        return escape_markdown(value)
    if isinstance(value, Deferred):  # a Lazy shown as it is ("{{ both_ways }}"): its value, escaped like any other
        return _finalize(value.value)
    return value


def to_plain(markdown: str) -> str:
    """The Markdown as plain text: no bold or italic marks, no escapes; lists and line breaks stay."""
    return _MD_ESCAPED.sub(_ESCAPED_CHAR, _EMPHASIS.sub("", markdown))


# The options the templates are compiled with; the bytecode cache keys its files by them too.
_OPTIONS = dict(
    autoescape=False,  # escaping is for Markdown, done by _finalize, not HTML
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


def bytecode_cache() -> BytecodeCache | None:
    """Compiled templates kept between runs in the user's private cache folder (see
    template_cache.py); None when there is no cache folder to use."""
    from .template_cache import PrivateBytecodeCache
    from .yaml_cache import cache_dir

    try:
        folder = cache_dir() / "templates"
    except Exception:  # no home folder to find: compile every run
        return None
    return PrivateBytecodeCache(folder, options=f"render.py {sorted(_OPTIONS.items())!r} finalize+StrictUndefined")


@cache
def environment(folder: Path | None = None, use_cache: bool = True) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder or prompts_dir())),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        auto_reload=False,  # templates do not change while the app runs; skip a stat per turn
        bytecode_cache=bytecode_cache() if use_cache else None,
        **_OPTIONS,
    )
    env.filters["trusted"] = Trusted
    return env


# (folder, name) -> (the environment, its template): templates do not change while the app runs
# (auto_reload=False), and Jinja's own cache takes a lock and an LRU update on every look-up.
_LOADED: dict[tuple[Path | None, str], tuple[jinja2.Environment, jinja2.Template]] = {}


def render(template: str, context: dict, folder: Path | None = None) -> str:
    """Render one template to Markdown, with runs of blank lines collapsed."""
    env = environment(folder)
    loaded = _LOADED.get((folder, template))
    if loaded is None or loaded[0] is not env:  # a new environment (cache_clear) loads its own
        loaded = _LOADED[(folder, template)] = (env, env.get_template(template))
    text = loaded[1].render(context)
    return _BLANK_RUNS.sub("\n\n", text).strip()


_BLANK_RUNS = re.compile(r"\n{3,}")
