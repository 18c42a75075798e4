"""Shared fixtures: offscreen Qt, private folders, an in-memory keyring, real store files."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_API", "pyside6")

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from vomdesk.security.kdf import CHEAP_TEST_PARAMS
from vomdesk.services.open_store import OpenStore
from vomdesk.services.recovery import new_recovery_key
from vomdesk.services.setup import create_store

PASSPHRASE = "river kettle maple lantern"
PROGRAM = {"program.name": "Valle Verde Mediación", "mediator.name": "Ana Ruiz"}


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that lives in memory: for tests that are not about the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def private_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    """Every test: its own config and log folders, cheap key derivation, a fresh memory keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VOMDESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("VOMDESK_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("VOMDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("VOMDESK_INSECURE_TEST_KDF", "1")
    monkeypatch.delenv("VOMDESK_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(private_environment: MemoryKeyring) -> MemoryKeyring:
    return private_environment


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def recovery_key() -> str:
    return new_recovery_key()


@pytest.fixture
def store(data_folder: Path, recovery_key: str) -> Iterator[OpenStore]:
    """A real encrypted store on disk, open; closed again after the test."""
    opened, _ = create_store(
        data_folder,
        passphrase=PASSPHRASE,
        recovery_key=recovery_key,
        settings=dict(PROGRAM),
        params=CHEAP_TEST_PARAMS,
        allow_weak_kdf=True,
    )
    yield opened
    opened.close()
