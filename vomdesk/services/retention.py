"""Retention: the policy's preview, sealing and unsealing a case, and purging closed cases."""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import text
from sqlmodel import Session, col, select

from vomdesk.domain import settings as setting
from vomdesk.domain.audit import AuditAction
from vomdesk.domain.retention import (
    CaseFacts,
    Due,
    RetentionPolicy,
    due_under_policy,
    purge_problem,
    reason_problem,
    seal_problem,
)
from vomdesk.domain.stages import Stage
from vomdesk.safe_save import sync_folder
from vomdesk.services import errors
from vomdesk.services.backup_log import is_inside
from vomdesk.services.backups import AUTOMATIC, made_at_of, make_backup, remove_stale_partials
from vomdesk.services.case_derived import refresh_derived
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.services.settings import read_settings
from vomdesk.store.case_models import Case, Participant, StageHistory
from vomdesk.store.files import UPGRADE_COPY_PREFIX
from vomdesk.store.models import BackupRecord, Draft
from vomdesk.store.retention_models import CaseSeal

CASE = "case"
POLICY_REASON = "retention policy"
_AGREEMENT_OPEN = {Stage.AGREEMENT_SIGNED.value, Stage.MONITORING.value}


def read_policy(store: OpenStore) -> RetentionPolicy:
    """The program's policy from Settings (0 years: never)."""
    values = read_settings(store)
    return RetentionPolicy(
        purge_after_years=int(values[setting.RETENTION_PURGE_YEARS.key]),
        seal_juvenile_after_years=int(values[setting.RETENTION_SEAL_JUVENILE_YEARS.key]),
    )


def _closed_on(session: Session, case_ids: list[int] | None) -> dict[int, date]:
    """The day each closed case was last closed, from its stage history."""
    statement = (
        select(StageHistory.case_id, StageHistory.at)
        .where(StageHistory.to_stage == Stage.CLOSED.value)
        .order_by(col(StageHistory.id))
    )
    if case_ids is not None:
        statement = statement.where(col(StageHistory.case_id).in_(case_ids))
    return {case_id: at.astimezone().date() for case_id, at in session.exec(statement).all()}


def _all_facts(
    session: Session, case_ids: list[int] | None = None, *, closed_only: bool = False
) -> list[CaseFacts]:
    """The facts of the cases given (or of every case), reading only the columns they need."""
    statement = select(Case.id, Case.number, Case.stage, Case.juvenile)
    if case_ids is not None:
        statement = statement.where(col(Case.id).in_(case_ids))
    if closed_only:
        statement = statement.where(Case.stage == Stage.CLOSED.value)
    rows = session.exec(statement).all()
    seals = {seal.case_id: seal for seal in session.exec(select(CaseSeal)).all()}
    closed = _closed_on(session, case_ids)
    facts = []
    for row_id, number, stage, juvenile in rows:
        case_id = int(row_id or 0)  # a stored case always has its id
        seal = seals.get(case_id)
        facts.append(
            CaseFacts(
                case_id=case_id,
                number=number,
                closed_on=closed.get(case_id) if stage == Stage.CLOSED.value else None,
                juvenile=juvenile,
                sealed=seal is not None and seal.in_force,
                seal_lifted=seal is not None and not seal.in_force,
                agreement_open=stage in _AGREEMENT_OPEN,
            )
        )
    return facts


def preview(store: OpenStore, today: date, policy: RetentionPolicy | None = None) -> list[Due]:
    """What the policy would seal or purge today; nothing is changed."""
    policy = policy or read_policy(store)
    if not policy.is_set:
        return []
    with reading(store) as session:
        return due_under_policy(_all_facts(session, closed_only=True), policy, today)


def sealed_case_ids(store: OpenStore, among: list[int] | None = None) -> set[int]:
    """The cases whose seal is in force (of ``among``, when given)."""
    with reading(store) as session:
        statement = select(CaseSeal.case_id).where(col(CaseSeal.unsealed_at).is_(None))
        if among is not None:
            statement = statement.where(col(CaseSeal.case_id).in_(among))
        return set(session.exec(statement).all())


def is_sealed(store: OpenStore, case_id: int) -> bool:
    return case_id in sealed_case_ids(store, [case_id])


def _one(session: Session, case_id: int) -> CaseFacts:
    found = _all_facts(session, [case_id])
    if not found:
        raise errors.CaseNotFound()
    return found[0]


def _require_reason(why: str) -> None:
    problem = reason_problem(why)
    if problem is not None:
        raise errors.NeedsCorrection({"reason": problem})


def seal_case(store: OpenStore, case_id: int, why: str) -> None:
    """Seal a closed case: the list and search show its number only until it is unsealed."""
    if why != POLICY_REASON:
        _require_reason(why)
    with unit_of_work(store) as work:
        facts = _one(work.session, case_id)
        problem = seal_problem(facts)
        if problem is not None:
            raise errors.NeedsCorrection({"case": problem})
        seal = work.session.get(CaseSeal, case_id) or CaseSeal(case_id=case_id, sealed_by="")
        seal.sealed_at, seal.sealed_by, seal.why = datetime.now(UTC), work.actor, why.strip()
        seal.unsealed_at, seal.unsealed_by, seal.unseal_why = None, "", ""
        work.session.add(seal)
        work.session.flush()
        case = work.session.get(Case, case_id)
        assert case is not None
        refresh_derived(work.session, case)
        work.audit(AuditAction.SEALED, CASE, facts.number)


def unseal_case(store: OpenStore, case_id: int, why: str) -> None:
    """Lift a seal with a reason; the policy will not seal this case again by itself."""
    _require_reason(why)
    with unit_of_work(store) as work:
        seal = work.session.get(CaseSeal, case_id)
        case = work.session.get(Case, case_id)
        if case is None:
            raise errors.CaseNotFound()
        if seal is None or not seal.in_force:
            return
        seal.unsealed_at, seal.unsealed_by, seal.unseal_why = (
            datetime.now(UTC), work.actor, why.strip(),
        )  # fmt: skip
        work.session.add(seal)
        work.session.flush()
        refresh_derived(work.session, case)
        work.audit(AuditAction.UNSEALED, CASE, case.number)


@dataclass
class PurgeResult:
    """What a purge did, and the copies made elsewhere that still hold the purged cases."""

    purged: list[str]
    automatic_deleted: list[Path] = field(default_factory=list)
    new_backup: BackupRecord | None = None
    backup_problem: errors.StoreProblem | None = None
    compacted: bool = True
    copies_elsewhere: list[BackupRecord] = field(default_factory=list)


def _purge_one(session: Session, case_id: int) -> None:
    """Every row of one case: cascades from the case, its drafts, its search text, its people."""
    people = set(session.exec(select(Participant.person_id).where(Participant.case_id == case_id)))
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})
    for draft in session.exec(
        select(Draft).where(col(Draft.form).startswith(f"case-{case_id}-", autoescape=True))
    ):
        session.delete(draft)
    session.execute(text("DELETE FROM case_record WHERE id = :id"), {"id": case_id})
    for person_id in people:
        still_used = session.exec(
            select(Participant.id).where(Participant.person_id == person_id)
        ).first()
        if still_used is None:
            session.execute(text("DELETE FROM person WHERE id = :id"), {"id": person_id})


def _compact(store: OpenStore) -> bool:
    """Rebuild the file so no freed page keeps what was purged, and empty the WAL.

    False when the disk had no room for the rebuild: the purge stands, the file is as large.
    """
    connection = store.engine.raw_connection()  # outside SQLAlchemy's BEGIN, as VACUUM needs
    driver = connection.driver_connection
    assert driver is not None
    try:
        for statement in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM"):
            driver.execute(statement)
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return True
    except sqlcipher3.OperationalError:
        return False
    finally:
        connection.close()


def copies_elsewhere(store: OpenStore, before: datetime) -> list[BackupRecord]:
    """Backups written anywhere but the app's own backups/ before ``before`` (a USB stick, or
    a folder the mediator chose inside the data folder): the mediator destroys them."""
    with reading(store) as session:
        records = session.exec(
            select(BackupRecord)
            .where(col(BackupRecord.made_at) < before)
            .order_by(col(BackupRecord.made_at).desc())
        ).all()
    return [r for r in records if not is_inside(r.location, store.files.backups)]


def _replace_automatic_backups(store: OpenStore, result: PurgeResult) -> None:
    """A fresh verified backup first; only then the automatic ones that hold purged cases go."""
    try:
        result.new_backup = make_backup(store, store.files.backups, AUTOMATIC)
    except errors.StoreProblem as problem:
        result.backup_problem = problem  # the older backups are kept: never none at all
        return
    result.automatic_deleted += remove_stale_partials(store.files.backups, older_than=60)
    kept = Path(result.new_backup.location)
    for path in sorted(store.files.backups.iterdir()):  # every other one was made before it
        if path.is_dir() and made_at_of(path) is not None and path.resolve() != kept:
            shutil.rmtree(path, ignore_errors=True)
            result.automatic_deleted.append(path)
        elif path.is_file() and path.name.startswith(UPGRADE_COPY_PREFIX):  # .db and its .keys
            path.unlink(missing_ok=True)
            if path.suffix == ".db":
                result.automatic_deleted.append(path)
    if result.automatic_deleted:
        with contextlib.suppress(OSError):
            sync_folder(store.files.backups)
        with unit_of_work(store) as work:
            work.audit(
                AuditAction.BACKUP_DELETED, "backup",
                detail=f"{len(result.automatic_deleted)} automatic backups held purged cases",
            )  # fmt: skip


def purge_cases(store: OpenStore, case_ids: list[int], why: str = POLICY_REASON) -> PurgeResult:
    """Remove closed cases from every table, then compact the file and replace the backups.

    Refused, with nothing changed, when any case is open or has an agreement still monitored.
    The audit trail keeps one entry per purged case (its number, never its content).
    """
    if why != POLICY_REASON:
        _require_reason(why)
    moment = datetime.now(UTC)
    with unit_of_work(store) as work:
        facts = [_one(work.session, case_id) for case_id in case_ids]
        for one in facts:
            problem = purge_problem(one)
            if problem is not None:
                raise errors.PurgeRefused(one.number, problem)
        for one in facts:
            _purge_one(work.session, one.case_id)
            work.audit(AuditAction.PURGED, CASE, one.number, detail=why.strip()[:200])
    result = PurgeResult(purged=[one.number for one in facts])
    result.compacted = _compact(store)
    _replace_automatic_backups(store, result)
    result.copies_elsewhere = copies_elsewhere(store, moment)
    return result


@dataclass
class Applied:
    """What applying the policy (or one decision) did: the cases sealed and the purge."""

    sealed: list[str]
    purge: PurgeResult | None


def apply_retention(
    store: OpenStore, seal_ids: list[int], purge_ids: list[int], why: str = POLICY_REASON
) -> Applied:
    """Seal, then purge, the cases chosen from the preview; a refused purge changes nothing."""
    if why != POLICY_REASON:
        _require_reason(why)
    if purge_ids:  # refuse before sealing anything, so a refusal leaves everything as it was
        with reading(store) as session:
            for one in _all_facts(session, purge_ids):
                problem = purge_problem(one)
                if problem is not None:
                    raise errors.PurgeRefused(one.number, problem)
    sealed = []
    with reading(store) as session:
        numbers = {facts.case_id: facts.number for facts in _all_facts(session, seal_ids)}
    for case_id in seal_ids:
        seal_case(store, case_id, why)
        sealed.append(numbers[case_id])
    return Applied(sealed, purge_cases(store, purge_ids, why) if purge_ids else None)


def case_facts(store: OpenStore, case_id: int) -> CaseFacts:
    """What retention knows of one case (closed on, juvenile, sealed, agreement open)."""
    with reading(store) as session:
        return _one(session, case_id)
