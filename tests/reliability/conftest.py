"""The reliability suite's scale (VOMDESK_RELIABILITY_SCALE), child processes and closed stores."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.setup import create_store

SCALE_ENV = "VOMDESK_RELIABILITY_SCALE"
PASSPHRASE = "river kettle maple lantern"
PROGRAM = {"program.name": "Valle Verde Mediación", "mediator.name": "Ana Ruiz"}


def reliability_scale() -> int:
    """The multiplier for every count in the suite: $VOMDESK_RELIABILITY_SCALE, default 1."""
    raw = os.environ.get(SCALE_ENV, "").strip() or "1"
    try:
        value = int(raw)
    except ValueError:
        raise pytest.UsageError(f"{SCALE_ENV} must be a whole number, not {raw!r}") from None
    if value < 1:
        raise pytest.UsageError(f"{SCALE_ENV} must be 1 or more, not {value}")
    return value


@pytest.fixture
def scale() -> int:
    return reliability_scale()


@pytest.fixture
def scaled(scale: int) -> Callable[[int], int]:
    """``scaled(n)``: n at scale 1, n times the scale in a large run."""
    return lambda count: count * scale


@pytest.fixture
def make_store() -> Callable[[Path], Path]:
    """Create a real encrypted store in a new folder and close it; returns the folder."""

    def making(folder: Path) -> Path:
        opened, _ = create_store(
            folder,
            passphrase=PASSPHRASE,
            recovery_key=new_recovery_key(),
            settings=dict(PROGRAM),
            params=CHEAP_TEST_PARAMS,
            allow_weak_kdf=True,
        )
        opened.close()
        return folder

    return making


def child_environment(**extra: str) -> dict[str, str]:
    """The test's environment (private folders, cheap KDF) for a child process."""
    env = dict(os.environ)
    env.pop("VOMDESK_PASSPHRASE", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


class Child:
    """A Python child process run from a script file, read line by line with timeouts."""

    def __init__(self, script: Path, *args: str, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(script), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            bufsize=0,
        )
        assert self.process.stdout is not None
        self._fd = self.process.stdout.fileno()
        self._buffer = b""

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    def read_line(self, timeout: float = 30.0) -> str:
        """The next line the child printed; fails the test if none comes within ``timeout``."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._fd], [], [], max(left, 0))
            if not ready:
                raise AssertionError(f"the child said nothing for {timeout} s")
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise AssertionError(f"the child ended early: {self.stderr_text()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def stderr_text(self) -> str:
        self.process.wait(timeout=30)
        assert self.process.stderr is not None
        return self.process.stderr.read().decode(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def start_child() -> Iterator[Callable[..., Child]]:
    """Start child processes from script text; every one is stopped after the test."""
    started: list[Child] = []

    def starting(script: Path, *args: str, **env: str) -> Child:
        child = Child(script, *args, env=child_environment(**env))
        started.append(child)
        return child

    yield starting
    for child in started:
        child.stop()
