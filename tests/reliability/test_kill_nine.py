"""kill -9 a process that commits numbered referrals: every acknowledged one survives, intact.

A child process imports the app's services once, unlocks the store's key slots with the
passphrase, and then, for each round, forks a committer: that process opens the store as the
app does and creates referrals numbered 1, 2, 3... through ``create_case`` (each one a case,
its offence, its victim and an audit entry, in one unit of work), printing each number only
after ``create_case`` has returned. The test kills the committer with SIGKILL at a random moment
(mostly a few milliseconds after its first acknowledgement, sometimes while it is still opening
the store), then opens the store as the app would after a crash and checks it. Forking from a
warm parent makes a round cost a tenth of a second instead of a new interpreter's second; two
stores are hammered side by side to use both cores.
"""

from __future__ import annotations

import json
import os
import random
import signal
import threading
import time
from pathlib import Path

from vomdesk.services.case_list import list_cases, search_filter
from vomdesk.services.checks import check_store, verify_audit_chain
from vomdesk.services.unlock import Unlocker
from vomdesk.store.files import StoreFiles

PASSPHRASE = "river kettle maple lantern"
KILLS_AT_SCALE_ONE = 200
PIPELINES = 3
KILL_WITHIN_SECONDS = 0.04  # after the first acknowledgement
EARLY_KILL_EVERY = 6  # one round in six is killed before its first acknowledgement

COMMITTER = '''
"""Fork one committer per "go N" line; each creates referrals N, N+1, ... until it is killed."""
import json
import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import text

from vomdesk.services.cases import create_case
from vomdesk.services.open_store import reading
from vomdesk.services.unlock import open_with_data_key, read_key_file
from vomdesk.store.backup import integrity_problems
from vomdesk.store.case_models import CaseCreate, OffenceCreate, ParticipantCreate
from vomdesk.store.files import StoreFiles

files = StoreFiles(Path(sys.argv[1]))
slots = read_key_file(files)
data_key = slots.open_with_passphrase(os.environ["RELIABILITY_PASSPHRASE"])
OUT = sys.stdout.fileno()


def say(line):
    os.write(OUT, (line + "\\n").encode())  # one write per line: whole lines, even when killed


def commit_forever(number):
    store = open_with_data_key(files, slots, data_key)
    while True:
        create_case(
            store,
            CaseCreate(
                received_on=date(2026, 3, 2),
                source_type="judge",
                source_person=f"record {number}",
                offences=[
                    OffenceCreate(description="Damage", category="property", level="misdemeanour")
                ],
            ),
            [ParticipantCreate(role="victim", name=f"Victim {number}")],
        )
        say(f"ack {number}")  # create_case has returned: the commit is acknowledged
        number += 1


def check():
    """Open the store as the app does after a crash; read every record; run both checks."""
    store = open_with_data_key(files, slots, data_key)
    try:
        with reading(store) as session:
            rows = session.execute(
                text(
                    "SELECT c.source_person, p.name FROM case_record c "
                    "LEFT JOIN participant pa ON pa.case_id = c.id "
                    "LEFT JOIN person p ON p.id = pa.person_id"
                )
            ).all()
        raw = store.engine.raw_connection()
        try:
            problems = integrity_problems(raw.driver_connection)
        finally:
            raw.close()
    finally:
        store.close()
    numbers = sorted(int(record.split()[1]) for record, _ in rows)
    unpaired = [[r, n] for r, n in rows if n != "Victim " + r.split()[1]]
    return {"numbers": numbers, "unpaired": unpaired, "problems": problems}


warm = open_with_data_key(files, slots, data_key)  # load and compile once: the forks start warm
warm.close()
say("ready")
for command in sys.stdin:
    word, _, value = command.strip().partition(" ")
    if word != "go":
        break
    pid = os.fork()
    if pid == 0:
        try:
            commit_forever(int(value))
        finally:
            os._exit(3)
    say(f"pid {pid}")
    _, status = os.waitpid(pid, 0)
    say(f"dead {status}")
    say("checked " + json.dumps(check()))
'''


class Pipeline:
    """One store, its committer child, and what it acknowledged; checked after every kill."""

    def __init__(self, folder: Path, child, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        self.files = StoreFiles(folder)
        self.child = child
        self.rng = rng
        self.acknowledged: set[int] = set()
        self.present = 0  # records 1..present are in the store
        self.kills = 0
        self.killed_early = 0

    def round(self) -> None:
        self.child.send(f"go {self.present + 1}")
        word, pid = self.child.read_line().split()
        assert word == "pid"
        if self.rng.randrange(EARLY_KILL_EVERY) == 0:
            time.sleep(self.rng.uniform(0, 0.08))  # while opening, or in its first commits
            self.killed_early += 1
        else:
            self._acknowledge(self.child.read_line())
            time.sleep(self.rng.uniform(0, KILL_WITHIN_SECONDS))
        os.kill(int(pid), signal.SIGKILL)
        self.kills += 1
        while not (line := self.child.read_line()).startswith("dead"):
            self._acknowledge(line)
        status = int(line.split()[1])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"the committer ended by itself (status {status}), not by the kill"
        )
        self.check()

    def _acknowledge(self, line: str) -> None:
        word, number = line.split()
        assert word == "ack", line
        self.acknowledged.add(int(number))

    def check(self) -> None:
        """The child has opened the store as the app does after a crash: records and checks hold."""
        word, _, found = self.child.read_line().partition(" ")
        assert word == "checked", word + found
        report = json.loads(found)
        assert report["problems"] == [], f"after kill {self.kills}: {report['problems']}"
        assert report["unpaired"] == [], "a case was written without its victim, or the reverse"
        numbers = report["numbers"]
        lost = self.acknowledged - set(numbers)
        assert not lost, f"after kill {self.kills}: acknowledged records lost: {sorted(lost)}"
        assert numbers == list(range(1, len(numbers) + 1)), "records out of sequence or doubled"
        self.present = len(numbers)


def test_every_acknowledged_record_survives_kill_nine(
    tmp_path: Path, make_store, start_child, scaled
) -> None:  # type: ignore[no-untyped-def]
    script = tmp_path / "committer.py"
    script.write_text(COMMITTER, encoding="utf-8")
    kills = scaled(KILLS_AT_SCALE_ONE)
    seed = random.randrange(2**32)
    pipelines = []
    for index in range(PIPELINES):
        folder = make_store(tmp_path / f"store{index}")
        child = start_child(script, str(folder), RELIABILITY_PASSPHRASE=PASSPHRASE)
        assert child.read_line() == "ready"
        pipelines.append(Pipeline(folder, child, random.Random(seed + index)))
    failures: list[BaseException] = []

    def hammer(pipeline: Pipeline, rounds: int) -> None:
        try:
            for _ in range(rounds):
                pipeline.round()
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    started = time.monotonic()
    threads = [threading.Thread(target=hammer, args=(p, -(-kills // PIPELINES))) for p in pipelines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise AssertionError(f"random seed {seed}") from failures[0]
    elapsed = time.monotonic() - started
    total = sum(p.kills for p in pipelines)
    assert total >= kills
    for pipeline in pipelines:
        pipeline.child.send("quit")
        assert pipeline.acknowledged, "no round got as far as a commit"
        assert pipeline.present >= max(pipeline.acknowledged)
    print(
        f"\nkill -9: {total} kills ({sum(p.killed_early for p in pipelines)} before the first "
        f"acknowledgement), {sum(p.present for p in pipelines)} records, "
        f"{sum(len(p.acknowledged) for p in pipelines)} acknowledged, {elapsed:.1f} s, "
        f"seed {seed}"
    )

    for pipeline in pipelines:  # the normal unlock path still opens each store afterwards
        unlocker = Unlocker(pipeline.files.folder)
        store = unlocker.with_passphrase(PASSPHRASE)
        try:
            assert check_store(store) == []
            verdict = verify_audit_chain(store)
            assert verdict.ok, f"audit chain broken at entry {verdict.first_broken_id}"
            page = list_cases(store, search_filter("Victim"))
            assert page.total == pipeline.present
        finally:
            unlocker.lock(store)
