"""Benchmarks for second-opinion: each cost measured next to its floor, in one run.

Not part of the test suite (pytest's testpaths is tests/). Run `python -m benchmarks`
from the repository root; `--quick` for fewer repeats. See README.md, "Performance".
"""
