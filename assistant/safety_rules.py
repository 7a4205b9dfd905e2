"""Moved to assistant.safety.rules (kept so old imports work)."""
import sys

from .safety import rules as _rules

sys.modules[__name__] = _rules
