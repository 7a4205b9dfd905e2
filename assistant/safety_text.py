"""Moved to assistant.safety.text (kept so old imports work)."""
import sys

from .safety import text as _text

sys.modules[__name__] = _text
