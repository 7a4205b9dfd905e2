"""A regex compiled at its first use, so naming one at import costs nothing.

Compiling a large pattern (the timeline's dates, the age words) takes milliseconds, paid at
import by every start, also by the runs that never use it. `LazyPattern(source, flags)` stands
in for `re.compile(source, flags)`: the first attribute asked for (`search`, `sub`, ...)
compiles it, once; it then behaves as the compiled pattern.
"""

from __future__ import annotations

import re


class LazyPattern:
    __slots__ = ("_args", "_compiled")

    def __init__(self, *args) -> None:
        self._args = args
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        compiled = self._compiled
        if compiled is None:  # two threads may both compile: the same pattern, harmless
            compiled = self._compiled = re.compile(*self._args)
        return getattr(compiled, name)
