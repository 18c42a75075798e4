"""Scans and photos of signed agreements, kept inside the encrypted store."""

from __future__ import annotations

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.translation import QT_TRANSLATE_NOOP
from vomdesk.services import errors
from vomdesk.services.agreements import agreement_in
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.store.agreement_models import AgreementAttachment

MAX_ATTACHMENT = 25 * 1024 * 1024
ATTACHMENT_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".heic": "image/heic",
}


def attach_scan(store: OpenStore, agreement_id: int, filename: str, data: bytes) -> int:
    """Keep a scan or photo of the signed paper inside the encrypted store."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    media_type = ATTACHMENT_TYPES.get(suffix)
    if media_type is None:
        raise errors.NeedsCorrection(
            {
                "attachment": QT_TRANSLATE_NOOP(
                    "Agreements", "Attach a PDF or a photo (PNG, JPEG, TIFF or HEIC)."
                )
            }
        )
    if not data:
        raise errors.NeedsCorrection(
            {"attachment": QT_TRANSLATE_NOOP("Agreements", "This file is empty.")}
        )
    if len(data) > MAX_ATTACHMENT:
        raise errors.NeedsCorrection(
            {
                "attachment": QT_TRANSLATE_NOOP(
                    "Agreements", "This file is larger than 25 MB: scan at a lower resolution."
                )
            }
        )
    with unit_of_work(store) as work:
        _, case = agreement_in(work, agreement_id)
        row = AgreementAttachment(
            agreement_id=agreement_id,
            filename=filename[-200:],
            media_type=media_type,
            size=len(data),
            data=data,
        )
        work.session.add(row)
        work.session.flush()
        work.audit(AuditAction.CREATE, "agreement_attachment", case.number)
        assert row.id is not None
        return row.id


def attachment_data(store: OpenStore, attachment_id: int) -> tuple[str, str, bytes]:
    """(file name, media type, bytes) of an attachment, for viewing or saving a copy."""
    with reading(store) as session:
        row = session.get(AgreementAttachment, attachment_id)
        if row is None:
            raise errors.CaseNotFound()
        return row.filename, row.media_type, bytes(row.data)
