"""No core dumps and no memory reading by others; logs never hold participant data."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from vomdesk import log
from vomdesk.log import RedactingFilter, redact

SECRETS = ("Laura Gómez Prieto", "laura.gomez@example.org", "970-555-0199", "44 Alamo Lane")


def test_values_that_look_typed_are_redacted():
    text = redact(
        "saving participant name='Laura Gómez Prieto' failed: laura.gomez@example.org, "
        '(970) 555-0199 and 970-555-0199, court number 202612345678, address "44 Alamo Lane"'
    )
    for secret in (*SECRETS, "(970) 555-0199", "202612345678"):
        assert secret not in text
    assert text.startswith("saving participant name=«…» failed")
    assert len(redact("x" * 10_000)) == log.MAX_MESSAGE


def test_the_log_file_holds_no_participant_data(tmp_path, monkeypatch):
    monkeypatch.setenv("VOMDESK_LOG_DIR", str(tmp_path))
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = []
    try:
        log.start_logging()
        logger = logging.getLogger("vomdesk.test")
        try:
            raise ValueError(f"could not save {SECRETS[0]!r} at {SECRETS[3]!r}")
        except ValueError:
            logger.exception("saving %r failed (%s)", SECRETS[0], SECRETS[2])
        logger.warning("reached %s", SECRETS[1])
        for handler in root.handlers:
            handler.flush()
            assert any(isinstance(f, RedactingFilter) for f in handler.filters)
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers = saved
    written = (tmp_path / "vomdesk.log").read_text(encoding="utf-8")
    assert "ValueError" in written and "Traceback" in written, "what happened stays"
    for secret in SECRETS:
        assert secret not in written


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and rlimit are Linux")
def test_the_process_is_hardened():
    script = (
        "import ctypes, resource\n"
        "from vomdesk.security.process import harden_process\n"
        "print(harden_process())\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:3] == ["[]", "(0, 0)", "0"]
