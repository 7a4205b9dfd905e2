"""python -m benchmarks.peak MODULE [ARGS...]: run `python -m MODULE ARGS` in this process, then
print its peak memory as the last line of standard error: `peak_mb <VmHWM in MB>`.

VmHWM of the process itself, read at exit. Not the parent's ru_maxrss of the child: on Linux
a child's ru_maxrss starts at its parent's peak at fork, so a big parent would inflate it.
"""

from __future__ import annotations

import atexit
import runpy
import sys


def peak_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def report() -> None:
    sys.stderr.flush()
    sys.stderr.write(f"\npeak_mb {peak_mb():.2f}\n")
    sys.stderr.flush()


def last_peak(stderr: str) -> float:
    """The figure printed by `report`, from a child's standard error."""
    for line in reversed(stderr.splitlines()):
        if line.startswith("peak_mb "):
            return float(line.split()[1])
    raise RuntimeError(f"no peak memory reported:\n{stderr[-2000:]}")


if __name__ == "__main__":
    atexit.register(report)
    sys.argv = sys.argv[1:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
