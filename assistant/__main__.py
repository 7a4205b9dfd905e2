import sys

from . import start_gc

start_gc.hold()  # before the rest is imported: no collection while starting (start_gc.py)

from .cli import program  # noqa: E402

sys.exit(program())
