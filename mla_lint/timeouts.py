"""A per-document time limit that can interrupt a runaway rule.

A rule from a plugin can loop forever; ``--timeout`` must still end the
document's lint and report that rule. The limit is a real-time interval
timer whose signal raises `TimeLimitExceeded` inside the running Python
code. Signals reach only the main thread on POSIX, so elsewhere (threads,
Windows) the limit is not enforced; the CLI always runs in the main thread.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator


class TimeLimitExceeded(BaseException):
    """Raised inside the code that overran its time (a BaseException, so ``except Exception`` cannot swallow it)."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `TimeLimitExceeded` in this block after ``seconds`` (None: no limit)."""
    if not seconds or not _can_interrupt():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _can_interrupt() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
