"""Argon2id key derivation for the passphrase slot, calibrated to about half a second."""

from __future__ import annotations

import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class Argon2Params:
    """The cost of one derivation; stored in the slot so it can be repeated on any computer."""

    memory_kib: int
    iterations: int
    lanes: int = 4

    def to_json(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Argon2Params:
        values = {k: data[k] for k in ("memory_kib", "iterations", "lanes")}
        if not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values.values()
        ):
            raise ValueError("Argon2 parameters must be positive whole numbers")
        return cls(
            memory_kib=int(str(values["memory_kib"])),
            iterations=int(str(values["iterations"])),
            lanes=int(str(values["lanes"])),
        )


CHEAP_TEST_PARAMS = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)
"""Only for tests: fast, far too weak for a real store (see ``allow_weak``)."""


class WeakKdfError(ValueError):
    """Parameters below the floor were asked for without the explicit test setting."""


def check_params(params: Argon2Params, *, allow_weak: bool = False) -> None:
    """Refuse parameters below 64 MiB for a new slot unless a test says so explicitly."""
    if params.memory_kib < MIN_MEMORY_KIB and not allow_weak:
        raise WeakKdfError("Argon2id memory below 64 MiB is only allowed in tests")


def derive_key(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    """Derive a 256-bit key from a passphrase with Argon2id."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def calibrate(
    target_seconds: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB
) -> Argon2Params:
    """Pick the number of passes that makes one derivation take about ``target_seconds`` here."""
    probe = Argon2Params(memory_kib=memory_kib, iterations=4)
    derive_key(
        b"calibration", b"vomdesk-calibrate", Argon2Params(memory_kib=memory_kib, iterations=1)
    )
    started = time.perf_counter()
    derive_key(b"calibration", b"vomdesk-calibrate", probe)
    per_pass = max((time.perf_counter() - started) / probe.iterations, 1e-3)
    guess = Argon2Params(memory_kib, max(2, min(MAX_ITERATIONS, round(target_seconds / per_pass))))
    started = time.perf_counter()
    derive_key(b"calibration", b"vomdesk-calibrate", guess)
    scale = target_seconds / max(time.perf_counter() - started, 1e-3)
    iterations = max(2, min(MAX_ITERATIONS, round(guess.iterations * scale)))
    return Argon2Params(memory_kib=memory_kib, iterations=iterations)
