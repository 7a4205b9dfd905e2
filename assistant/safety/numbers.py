"""Which numbers to call: emergency, crisis and poison lines by country, and the saved choice.

The table is dialogues/emergency_numbers.yaml. The country is chosen with `--country CODE`
(saved for next time in a private file in the user's config folder, see `save_country`), else
the saved setting, else the table's default (US). Cheap to import: no screening tables.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from .. import yaml_cache
from ..errors import UserError
from ..paths import dialogues_dir

CONFIG_ENV = "SECOND_OPINION_CONFIG_DIR"  # where the settings file lives (tests, portable use)
SETTINGS_FILE = "country"
KEYS = ("name", "emergency", "crisis", "crisis_name", "poison", "poison_name", "advice", "advice_name")
ALIASES = {"GB": "UK", "USA": "US", "CAN": "CA", "AUS": "AU", "NZL": "NZ", "IRL": "IE"}


@cache
def table() -> dict:
    return yaml_cache.load(dialogues_dir() / "emergency_numbers.yaml", yaml_cache.parse_yaml)  # cached like the flow


def codes() -> list[str]:
    return list(table()["countries"])


def normalise(code: str) -> str:
    """A country code as the table spells it; UserError (exit 2) naming the accepted codes."""
    cleaned = (code or "").strip().upper()
    cleaned = ALIASES.get(cleaned, cleaned)
    if cleaned not in table()["countries"]:
        raise UserError(f"unknown country {code!r}: use one of {', '.join(codes())}")
    return cleaned


def config_dir() -> Path:
    configured = os.environ.get(CONFIG_ENV)
    if configured:
        return Path(configured)
    import platformdirs  # only when needed

    return Path(platformdirs.user_config_dir("second-opinion", appauthor=False))


_chosen: str | None = None  # --country for this run (see use_country)


def chosen_country() -> str | None:
    """The --country given for this run, if any (None: the saved setting or the default is used)."""
    return _chosen


def known_code(code: object) -> str | None:
    """A recorded country code as the table spells it, or None (absent, or not a code this version knows)."""
    try:
        return normalise(code) if isinstance(code, str) and code else None
    except Exception:
        return None


def use_country(code: str) -> str:
    """Use this country for the rest of this run (whether or not saving it works)."""
    global _chosen
    _chosen = normalise(code)
    return _chosen


@cache
def saved_country() -> str | None:
    """The saved choice, or None if there is none (or it cannot be read or is not a code)."""
    try:
        text = (config_dir() / SETTINGS_FILE).read_text(encoding="utf-8").strip().upper()
    except (OSError, UnicodeDecodeError):
        return None
    return text if text in table()["countries"] else None


def save_country(code: str) -> Path:
    """Save the choice for next time: a private file (0600) in a private folder (0700),
    written whole (a temporary file renamed over the old one)."""
    code = use_country(code)
    saved_country.cache_clear()
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / SETTINGS_FILE
    temporary = folder / f".{SETTINGS_FILE}.{os.getpid()}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(code + "\n")
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
    return path


def current_country(code: str | None = None) -> str:
    return normalise(code) if code else _chosen or saved_country() or table()["default"]


def numbers_for(code: str | None = None) -> dict:
    """The numbers for a country (given, saved, or the default), with `code` and `name`."""
    return dict(_numbers(current_country(code)))


def number(key: str, code: str | None = None):
    """numbers_for(code)[key], without copying the whole table: the engine reads a few entries on every answer."""
    return _numbers(current_country(code))[key]


_NUMBERS: dict[str, tuple[dict, dict]] = {}  # country -> (the table, its numbers merged)


def _numbers(country: str) -> dict:
    """A country's numbers, merged once per table (every turn reads them); callers get a copy."""
    numbers = table()
    found = _NUMBERS.get(country)
    if found is None or found[0] is not numbers:
        found = _NUMBERS[country] = (numbers, {**dict.fromkeys(KEYS), "crisis_text": False, "code": country, **numbers.get("care_words", {}),
                                               **numbers["countries"][country]})
    return found[1]
