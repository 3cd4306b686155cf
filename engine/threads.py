"""How many BLAS threads the engine's matrix products use: from the work's size and the free cores.

OpenBLAS starts as many threads as the machine has cores, and its threads wait for each
other by spinning. When another process holds one of the cores (the window drawing, a
compiler, a second training run), a spinning thread waits for a thread that is not even
running: on a busy 2-core machine, training digits on 64-512-512-10 took 41 s with the
default threads and 3.3 s with one, and an epoch of it takes 6 to 12 times longer on both
cores than on one (``python -m bench.engine --case threads``). And a small network's
products are too small to split: a second thread only adds its hand-over.

So the trainer asks ``choose_threads`` — a pure function of the step's largest matrix product
(multiply-adds) and of the cores other processes leave free — and sets the BLAS threads to
its answer (``ThreadPolicy``). How busy the machine is comes from ``/proc/stat`` (every core's
busy time) less this process's own CPU time, over the last second or so of training
(``CoreMonitor``); where there is no ``/proc`` every usable core counts as free.

With float32, OpenBLAS's products on one thread can differ in the last bit from those on
several (its kernels for one thread differ); with float64 they agree. Both paths of a step
(the fast path and the stepper) run under the same setting, so they still agree bit for bit.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

#: multiply-adds of a step's largest matrix product that keep one BLAS thread busy enough to
#: be worth its hand-over; a product of 2 × this or more is split (when cores are free)
WORK_PER_THREAD = 2_000_000
#: a core counts as free when other processes leave at least this share of it
FREE_SHARE = 0.75
#: seconds between two looks at how busy the machine is, while training
RECHECK_SECONDS = 1.0
#: the first look waits this long for a measurement of its own (only for work worth splitting)
PROBE_SECONDS = 0.05


def choose_threads(work: int, free_cores: float) -> int:
    """BLAS threads for a step whose largest matrix product is ``work`` multiply-adds, when
    other processes leave ``free_cores`` cores free (this process's own use counts as free).

    One thread unless the product is big enough to split (2 × ``WORK_PER_THREAD``) and a
    second core is free; never more threads than free cores (a thread on a busy core makes
    every other thread wait for it) nor than the work keeps busy."""
    if work < 2 * WORK_PER_THREAD:
        return 1
    cores = int(math.floor(free_cores + (1.0 - FREE_SHARE)))
    return max(1, min(cores, work // WORK_PER_THREAD))


def step_work(sizes: Sequence[int], batch_size: int) -> int:
    """Multiply-adds of the largest matrix product in a training step: batch × fan-in ×
    fan-out of the widest layer (forward; the backward products are as big)."""
    return max((batch_size * a * b for a, b in zip(sizes, sizes[1:], strict=False)), default=0)


def usable_cores() -> int:
    """Cores this process may run on: its CPU affinity, capped by a cgroup CPU quota."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    try:  # cgroup v2: "max 100000" or "150000 100000" (quota and period)
        with open("/sys/fs/cgroup/cpu.max") as f:
            quota, period = f.read().split()[:2]
        if quota != "max":
            n = min(n, max(1, int(float(quota) / float(period))))
    except (OSError, ValueError):
        pass
    return max(1, n)


@dataclass
class _Sample:
    """One look: when, this process's CPU seconds, and (busy, all) ticks of our cores."""

    wall: float
    own_cpu: float
    busy: int
    total: int


def _cpu_ticks(cpus: set[int] | None) -> tuple[int, int] | None:
    """(busy, all) clock ticks of the given cores (all when None) from /proc/stat; None
    without /proc."""
    try:
        with open("/proc/stat", "rb") as f:
            text = f.read(65536)
    except OSError:
        return None
    busy = total = 0
    for line in text.split(b"\n"):
        if not line.startswith(b"cpu"):
            break
        name, *values = line.split()
        if name == b"cpu" or (cpus is not None and int(name[3:]) not in cpus):
            continue
        ticks = [int(v) for v in values[:8]]
        idle = ticks[3] + ticks[4]  # idle + iowait
        total += sum(ticks)
        busy += sum(ticks) - idle
    return (busy, total) if total else None


class CoreMonitor:
    """How many of this process's cores other processes leave free, between two looks."""

    def __init__(self) -> None:
        try:
            self._cpus: set[int] | None = set(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            self._cpus = None
        self.cores = usable_cores()
        self._last = self._sample()

    def _sample(self) -> _Sample | None:
        ticks = _cpu_ticks(self._cpus)
        if ticks is None:
            return None
        return _Sample(time.monotonic(), time.process_time(), *ticks)

    def age(self) -> float:
        """Seconds since the last look (infinite without /proc)."""
        return math.inf if self._last is None else time.monotonic() - self._last.wall

    def free_cores(self) -> float:
        """Usable cores less what other processes used since the last look (which this
        look replaces): the whole machine's busy time less this process's CPU time."""
        last, now = self._last, self._sample()
        self._last = now
        if last is None or now is None or now.total <= last.total:
            return float(self.cores)
        n_cpus = len(self._cpus) if self._cpus else self.cores
        busy = (now.busy - last.busy) / (now.total - last.total) * n_cpus  # cores busy
        own = (now.own_cpu - last.own_cpu) / max(now.wall - last.wall, 1e-6)
        others = max(0.0, busy - own)
        return max(0.0, self.cores - others)


_controller: Any = None
_current: int | None = None  # what set_blas_threads last set


def _blas() -> list[Any]:
    """threadpoolctl's controllers of the BLAS libraries loaded (found once)."""
    global _controller
    if _controller is None:
        try:
            from threadpoolctl import ThreadpoolController

            _controller = ThreadpoolController().select(user_api="blas")
        except Exception:  # threadpoolctl missing, or a library it cannot handle
            _controller = False
    return list(_controller.lib_controllers) if _controller else []


def blas_threads() -> int | None:
    """The BLAS threads now (the first library's), None when none can be set."""
    libs = _blas()
    return int(libs[0].num_threads) if libs else None


def set_blas_threads(n: int) -> None:
    """Set every loaded BLAS library's threads to ``n`` (for the whole process; nothing to do
    when this function last set the same number)."""
    global _current
    if n != _current:
        for lib in _blas():
            lib.set_num_threads(int(n))
        _current = n


@dataclass
class ThreadPolicy:
    """The BLAS threads of one trainer: chosen for the work at hand (``step_work``) and the
    cores free, which it looks at again every ``RECHECK_SECONDS`` while it trains. ``fixed``
    pins the number instead (a benchmark's 1 or all cores)."""

    fixed: int | None = None
    threads: int = 1  # the last choice
    monitor: CoreMonitor | None = field(default=None, repr=False)
    _free: float = 1.0
    _checked: float = -math.inf

    def prepare(self, work: int) -> None:
        """Take a first look at the machine now when ``work`` may be worth splitting, so that
        the first choice has a measurement without waiting for one."""
        if work >= 2 * WORK_PER_THREAD and self.monitor is None:
            self.monitor = CoreMonitor()

    def choose(self, work: int) -> int:
        """The threads for ``work`` multiply-adds per product (looking at the machine again
        when the last look is ``RECHECK_SECONDS`` old)."""
        if self.fixed is not None:
            return self.fixed
        if work < 2 * WORK_PER_THREAD:  # nothing to split: no need to look
            return 1
        now = time.monotonic()
        if now - self._checked >= RECHECK_SECONDS:
            self._checked = now
            self._free = self._free_cores()
        return choose_threads(work, self._free)

    def apply(self, work: int) -> int:
        """Choose and set the BLAS threads for ``work``; the number."""
        self.threads = self.choose(work)
        set_blas_threads(self.threads)
        return self.threads

    def _free_cores(self) -> float:
        self.prepare(2 * WORK_PER_THREAD)
        assert self.monitor is not None
        if self.monitor.cores < 2:
            return 1.0
        wait = PROBE_SECONDS - self.monitor.age()
        if wait > 0:  # the first look: measure over a short while of our own
            time.sleep(wait)
        return self.monitor.free_cores()
