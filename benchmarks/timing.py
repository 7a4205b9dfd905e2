"""Tiny timing helpers: perf_counter_ns, warm-ups, medians, figure and floor interleaved.

Absolute times on a shared machine drift from run to run, so a figure is always measured
next to its floor, alternating A B B A, and every result is a median over repeats.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

NS = 1e-9

# A measurement: a callable that does its own untimed setup and returns seconds taken.
Measure = Callable[[], float]


def clock() -> int:
    return time.perf_counter_ns()


def seconds_since(start_ns: int) -> float:
    return (time.perf_counter_ns() - start_ns) * NS


def timed(fn: Callable[[], object], inner: int = 1) -> float:
    """Seconds per call of fn, over `inner` back-to-back calls."""
    start = clock()
    for _ in range(inner):
        fn()
    return seconds_since(start) / inner


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass
class Pair:
    """Samples of a figure and its floor, taken in the same run, interleaved."""

    figure: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)

    @property
    def figure_median(self) -> float:
        return median(self.figure)

    @property
    def floor_median(self) -> float:
        return median(self.floor)


def interleave(
    figure: Measure, floor: Measure, repeats: int, warmup: int = 1, collect: bool = True, budget: float | None = None
) -> Pair:
    """Run figure and floor `repeats` times each, as A B B A A B ..., after warm-ups.

    `budget`: seconds; once spent, stop before the next pair (one pair at least), so a
    slow machine still finishes in time, with fewer repeats (the JSON keeps every sample).

    `collect`: before each sample, a full garbage collection (one sample's garbage is not
    paid by the next) and gc.freeze(), so the collector, which stays on as in real use, does
    not walk the benchmark's own objects (recorded floors, generated data) while measuring.
    """
    for _ in range(warmup):
        figure()
        floor()
    pair = Pair()
    began = time.monotonic()
    for i in range(repeats):
        if budget is not None and i >= 1 and time.monotonic() - began > budget:
            break
        order = ((figure, pair.figure), (floor, pair.floor))
        for measure, samples in order if i % 2 == 0 else reversed(order):
            if collect:
                gc.collect()
                gc.freeze()
            try:
                samples.append(measure())
            finally:
                if collect:
                    gc.unfreeze()
    return pair
