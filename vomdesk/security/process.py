"""The app's process keeps its memory to itself: no core dumps, no attaching by other programs."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4


def harden_process() -> list[str]:
    """Disable core dumps (the data key and case data live in memory) and, on Linux, mark the
    process not dumpable, which also stops other programs of the same user from reading its
    memory. Returns what could not be done (empty when all of it was)."""
    missed: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # Windows has no core files to disable
        if sys.platform != "win32":
            missed.append("core dump limit")
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                missed.append("not dumpable")
        except OSError:
            missed.append("not dumpable")
    return missed
