"""Logging to a rotating file in the user's log folder; messages never carry participant data."""

from __future__ import annotations

import logging
import logging.handlers
import re

from vomdesk.paths import log_folder

# Rule for every module: log what happened and to which kind of record, never names, addresses,
# notes or any value typed by the mediator. Exceptions are logged with their type and traceback.


# What a value typed by the mediator looks like when it slips into a message or an exception's
# text: quoted (a repr, an SQL literal), an email address, a phone number, a long run of digits.
_QUOTED = re.compile(r"""(['"])(?:(?!\1).){1,500}?\1""", re.DOTALL)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\w)")
_DIGITS = re.compile(r"\d{7,}")
MAX_MESSAGE = 2000


def redact(text: str) -> str:
    """The text with anything that may be participant data replaced by «…»."""
    for pattern in (_QUOTED, _EMAIL, _PHONE, _DIGITS):
        text = pattern.sub("«…»", text)
    return text[:MAX_MESSAGE]


class RedactingFilter(logging.Filter):
    """Scrubs every record before it is written: the message, its arguments, the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(formatted)
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def start_logging(level: int = logging.INFO) -> None:
    """Log to vomdesk.log (1 MB x 3), or to stderr when the log folder cannot be written."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler: logging.Handler
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "vomdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
