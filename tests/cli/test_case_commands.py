"""`vomdesk demo`, `vomdesk list` and `vomdesk export`, run as a user would: a separate process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from vomdesk.domain.stages import STAGE_LABELS, Stage
from vomdesk.services.cases import case_id_of, read_case
from vomdesk.services.unlock import Unlocker

PASSPHRASE = "river kettle maple lantern"
ROW = re.compile(r"^(\d{4}-\d{3}) +(\S.*?) +(\d{4}-\d\d-\d\d) +(juvenile|adult|unknown)$")


@dataclass(frozen=True)
class Folders:
    """Private folders for one module: the demo store, an empty store, config and logs."""

    home: Path
    demo: Path
    empty: Path
    demo_output: str


def vomdesk(
    home: Path, *args: str | Path, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m vomdesk ARGS`` with stdin closed and private config and log folders."""
    env = dict(os.environ)
    env.update(
        VOMDESK_CONFIG_DIR=str(home / "config"),
        VOMDESK_LOG_DIR=str(home / "logs"),
        VOMDESK_DATA_DIR=str(home / "default-data"),
        VOMDESK_INSECURE_TEST_KDF="1",
    )
    env.pop("VOMDESK_PASSPHRASE", None)
    if passphrase is not None:
        env["VOMDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "vomdesk", *map(str, args)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Folders]:
    """A store filled by ``vomdesk demo`` and an empty one, made once for the module's tests."""
    home = tmp_path_factory.mktemp("cases-cli")
    demo, empty = home / "demo", home / "empty"
    for folder in (demo, empty):
        created = vomdesk(home, "init", "--data-dir", folder)
        assert created.returncode == 0, created.stderr
    filled = vomdesk(home, "demo", "--data-dir", demo)
    assert filled.returncode == 0, filled.stderr
    yield Folders(home, demo, empty, filled.stdout)


def list_json(folders: Folders) -> list[dict[str, object]]:
    result = vomdesk(folders.home, "list", "--data-dir", folders.demo, "--format", "json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert isinstance(items, list)
    return items


def test_demo_says_how_many_cases_and_their_numbers(folders: Folders) -> None:
    match = re.fullmatch(
        r"Added 40 made-up demo cases: (\d{4}-\d{3}) to (\d{4}-\d{3})\n", folders.demo_output
    )
    assert match is not None, folders.demo_output
    numbers = [item["number"] for item in list_json(folders)]
    assert (numbers[0], numbers[-1]) == match.groups()


def test_list_prints_an_aligned_table(folders: Folders) -> None:
    result = vomdesk(folders.home, "list", "--data-dir", folders.demo)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    header, rows, footer = lines[0], lines[1:-1], lines[-1]
    assert header.split("  ")[0] == "Number"
    assert re.sub(" {2,}", "|", header) == "Number|Stage|Referral date|Juvenile/adult"
    assert footer == "40 cases"
    assert len(rows) == 40
    labels = set(STAGE_LABELS.values())
    starts = {header.index(title) for title in ("Stage", "Referral date", "Juvenile/adult")}
    for row in rows:
        match = ROW.match(row)
        assert match is not None, row
        assert match.group(2) in labels
        assert {row.index(match.group(2)), match.start(3), match.start(4)} == starts, row
    assert {m.group(4) for m in map(ROW.match, rows) if m} == {"juvenile", "adult"}


def test_list_as_json_is_an_array_of_cases(folders: Folders) -> None:
    items = list_json(folders)
    assert len(items) == 40
    assert {tuple(item) for item in items} == {
        ("number", "stage", "stage_label", "received_on", "juvenile")
    }
    assert [item["number"] for item in items] == sorted(str(item["number"]) for item in items)
    assert {item["stage"] for item in items} == {stage.value for stage in Stage}
    for item in items:
        assert item["stage_label"] == STAGE_LABELS[Stage(item["stage"])]
        assert item["juvenile"] in (True, False, None)
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", str(item["received_on"]))


def test_export_writes_the_case_as_utf8_json_version_1(folders: Folders) -> None:
    # find a case with an accented name, to see it written as it is
    store = Unlocker(folders.demo).with_passphrase(PASSPHRASE)
    try:
        numbers = [str(item["number"]) for item in list_json(folders)]
        records = [read_case(store, case_id_of(store, n)) for n in numbers[:12]]
    finally:
        store.close()
    record = next(r for r in records if any(not p.name.isascii() for p in r.participants))
    accented = next(p.name for p in record.participants if not p.name.isascii())

    result = vomdesk(folders.home, "export", "--case", record.case.number, "--format", "json",
                     "--data-dir", folders.demo)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert accented in result.stdout and "\\u00" not in result.stdout
    assert result.stdout.startswith('{\n  "format": "vomdesk-case",\n  "version": 1,')
    document = json.loads(result.stdout)
    assert (document["format"], document["version"]) == ("vomdesk-case", 1)
    assert document["case"]["number"] == record.case.number
    assert [p["id"] for p in document["participants"]] == [p.id for p in record.participants]
    for person in document["participants"]:
        assert {"id", "role", "confidential", "contact"} <= set(person)
        victim_side = person["side"] == "victim"
        assert set(person["confidential"]) == ({"address", "phone", "email", "employer"}
                                               if victim_side else set())  # fmt: skip


def test_export_of_an_unknown_case_is_one_line_and_exit_1(folders: Folders) -> None:
    result = vomdesk(folders.home, "--data-dir", folders.demo, "export", "--case", "2026-999")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "vomdesk export: no case 2026-999\n"


def test_list_on_an_empty_store_says_so(folders: Folders) -> None:
    table = vomdesk(folders.home, "list", "--data-dir", folders.empty)
    assert (table.returncode, table.stdout, table.stderr) == (0, "No cases yet.\n", "")
    as_json = vomdesk(folders.home, "--data-dir", folders.empty, "list", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == []


def test_demo_refuses_a_store_with_cases_and_a_wrong_passphrase(folders: Folders) -> None:
    again = vomdesk(folders.home, "demo", "--data-dir", folders.demo, "--count", "3")
    assert again.returncode == 1
    assert again.stdout == ""
    lines = again.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("vomdesk demo: ")
    assert "already hold cases" in lines[0]
    assert len(list_json(folders)) == 40

    wrong = vomdesk(folders.home, "list", "--data-dir", folders.demo, passphrase="not it at all")
    assert wrong.returncode == 1
    assert wrong.stdout == ""
    assert len(wrong.stderr.splitlines()) == 1 and wrong.stderr.startswith("vomdesk list: ")
