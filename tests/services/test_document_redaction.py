"""Every document, for every recipient, in both languages, from cases full of canary strings."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from vomdesk.domain.agreements import SessionOutcome, TermKind
from vomdesk.domain.choices import LossKind
from vomdesk.domain.consent import Shareable
from vomdesk.domain.instalments import Frequency, plan
from vomdesk.domain.stages import Stage
from vomdesk.services.agreement_signing import sign
from vomdesk.services.agreements import TermInput, agreements_of, save_draft, start_agreement
from vomdesk.services.case_stages import move_case
from vomdesk.services.cases import create_case, read_case
from vomdesk.services.choices import LossLine, save_victim_choices
from vomdesk.services.consents import record_sharing
from vomdesk.services.documents import DocumentKind, Request, build_document
from vomdesk.services.safety import save_safety_plan
from vomdesk.services.session_records import record_session
from vomdesk.services.sessions import schedule_session
from vomdesk.store.case_models import CaseCreate, ContactFields, OffenceCreate, ParticipantCreate
from vomdesk.store.preparation_models import SafetyPlanBase, VictimChoicesBase

TODAY = date.today()
# Victim-side secrets: none may reach the offender side or the referral source.
SECRET_FIELDS = (
    "address",
    "phone",
    "email",
    "employer",
    "topics",
    "questions",
    "arrival",
    "waiting",
    "notes",
)
canary_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíñóú", min_size=3, max_size=8)


def text_of(pdf: bytes) -> tuple[str, str]:
    """(the page text with spaces removed, every metadata and XMP string)."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = "".join(page.extract_text() for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    xmp = reader.xmp_metadata
    if xmp is not None:
        meta += xmp.rdf_root.toxml() if hasattr(xmp, "rdf_root") else ""
    return "".join(pages.split()), meta


def make_case(store, prepare_case, secret: dict[str, str], names: dict[str, str]) -> dict[str, int]:
    case = create_case(
        store,
        CaseCreate(
            received_on=TODAY - timedelta(days=30),
            source_type="judge",
            source_agency="Juzgado de Menores",
            incident_date=TODAY - timedelta(days=40),
            offences=[
                OffenceCreate(description="Daños", category="property", level="misdemeanour")
            ],
        ),
        [
            ParticipantCreate(
                role="victim",
                name=names["victim"],
                preferred_language="es",
                contact=ContactFields(
                    address=secret["address"],
                    phone=secret["phone"],
                    email=secret["email"],
                    employer=secret["employer"],
                ),
            ),
            ParticipantCreate(
                role="offender",
                name=names["offender"],
                birth=TODAY - timedelta(days=16 * 366),
                contact=ContactFields(address="1 Offender Road"),
            ),
            ParticipantCreate(role="parent_guardian", name=names["guardian"]),
        ],
        {2: 1},
    )
    ids = {p.role.value: p.id for p in read_case(store, case.id).participants}
    ids["guardian"] = ids["parent_guardian"]
    move_case(store, case.id, Stage.INTAKE)
    move_case(store, case.id, Stage.PREPARATION)
    prepare_case(ids, case.id)
    save_victim_choices(
        store,
        ids["victim"],
        VictimChoicesBase(form="direct", topics=secret["topics"], questions=secret["questions"]),
        takes_part=True,
        losses=[LossLine(LossKind.PROPERTY, "Ventana", 30_000)],
    )
    save_safety_plan(
        store,
        case.id,
        SafetyPlanBase(
            victim_arrival=secret["arrival"],
            victim_waiting_area=secret["waiting"],
            offender_arrival="10:15",
            ends_meeting="Either asks",
        ),
    )
    people = [ids["victim"], ids["offender"], ids["guardian"]]
    plan_id = schedule_session(
        store,
        case.id,
        starts=datetime.now(UTC) + timedelta(days=3),
        minutes=90,
        other_place="Sala 2",
        attendees=people,
    )
    for pid in (ids["victim"], ids["offender"]):
        record_sharing(store, pid, allowed={Shareable.STATUS}, given_on=TODAY, until=None)
    return {"case": case.id, "plan": plan_id, **ids}


@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(canary_words, min_size=9, max_size=9, unique=True))
def test_no_victim_secret_reaches_the_offender_side_or_the_source(store, prepare, words):
    secret = {
        key: f"ZQ{key.upper()}{word}QZ" for key, word in zip(SECRET_FIELDS, words, strict=True)
    }
    names = {"victim": "Laura Gómez", "offender": "José Muñoz", "guardian": "María Muñoz"}

    def prepare_case(ids, case_id):
        case = type(
            "C",
            (),
            {
                "case_id": case_id,
                "victim": ids["victim"],
                "offender": ids["offender"],
                "guardian": ids["parent_guardian"],
            },
        )
        prepare(store, case, on=TODAY)

    ids = make_case(store, prepare_case, secret, names)
    case_id = ids["case"]
    offender_side = [ids["offender"], ids["parent_guardian"]]
    built = []
    for language in ("en", "es"):
        for person in offender_side:
            built.append(
                (
                    "offender",
                    build_document(
                        store,
                        Request(
                            DocumentKind.CONFIRMATION,
                            case_id,
                            participant_id=person,
                            language=language,
                        ),
                    ),
                )
            )
            built.append(
                (
                    "offender",
                    build_document(
                        store,
                        Request(
                            DocumentKind.CONSENT, case_id, participant_id=person, language=language
                        ),
                    ),
                )
            )
        built.append(
            (
                "source",
                build_document(
                    store, Request(DocumentKind.ACKNOWLEDGMENT, case_id, language=language)
                ),
            )
        )
        built.append(
            (
                "all",
                build_document(
                    store, Request(DocumentKind.CONFIDENTIALITY, case_id, language=language)
                ),
            )
        )
        built.append(
            (
                "victim",
                build_document(
                    store,
                    Request(
                        DocumentKind.CONFIRMATION,
                        case_id,
                        participant_id=ids["victim"],
                        language=language,
                    ),
                ),
            )
        )
    # The session, then an agreement everyone signs: its documents go to both sides.
    record_session(
        store,
        case_id,
        held_at=datetime.now(UTC) - timedelta(minutes=1),
        minutes=90,
        attendees=[ids["victim"], ids["offender"]],
        speaking_order=[],
        outcome=SessionOutcome.AGREEMENT,
        notes=secret["notes"],
        session_plan_id=ids["plan"],
    )
    agreement = start_agreement(store, case_id, governing_language="es")
    save_draft(
        store,
        agreement,
        [
            TermInput(
                TermKind.FINANCIAL,
                "Reparación de la ventana",
                (ids["offender"],),
                amount_cents=30_000,
                payee=names["victim"],
                frequency="monthly",
                payments=tuple(plan(30_000, TODAY + timedelta(days=7), Frequency.MONTHLY, count=3)),
            )
        ],
    )
    for signer in agreements_of(store, case_id)[0].required:
        sign(store, agreement, signer.key, TODAY)
    for language in ("en", "es"):
        for kind in (DocumentKind.AGREEMENT, DocumentKind.SCHEDULE):
            built.append(
                (
                    "offender",
                    build_document(
                        store,
                        Request(kind, case_id, participant_id=ids["offender"], language=language),
                    ),
                )
            )
        built.append(
            (
                "source",
                build_document(
                    store, Request(DocumentKind.ACKNOWLEDGMENT, case_id, language=language)
                ),
            )
        )

    victim_letters = 0
    for audience, document in built:
        text, meta = text_of(document.pdf)
        assert "ZQ" not in meta, "no canary in any metadata"
        for name in names.values():
            assert name not in meta and name not in document.job_title
        leaked = [key for key, value in secret.items() if value in text]
        if audience == "victim":
            victim_letters += 1
            assert secret["arrival"] in text and secret["waiting"] in text
            assert not set(leaked) - {"arrival", "waiting", "address"}
        else:
            assert leaked == [], f"{audience}: {leaked}"
        if audience == "source":
            assert names["victim"].replace(" ", "") not in text, "status only, no victim"
    assert victim_letters == 2
