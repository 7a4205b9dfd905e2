"""Where the flow and the templates live, installed or in a source checkout.

The wheel carries them inside the package (assistant/dialogues, assistant/prompts);
a source checkout keeps them at the repository root, where content editors find them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the '{name}' folder next to {_PACKAGE}")


def dialogues_dir() -> Path:
    return resource_dir("dialogues")


def prompts_dir() -> Path:
    return resource_dir("prompts")
