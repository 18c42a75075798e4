"""Demo cases: made-up, realistic case records in an empty store, showing every feature there is."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import func, select

from vomdesk.domain.audit import AuditAction
from vomdesk.domain.parties import Role
from vomdesk.domain.people import fold
from vomdesk.domain.referrals import JusticeStage, SourceType
from vomdesk.domain.stages import ClosingReason, Stage
from vomdesk.services import demo_material as material
from vomdesk.services import errors
from vomdesk.services.case_derived import refresh_derived
from vomdesk.services.cases import create_case
from vomdesk.services.demo_monitoring import Pace, after_dating, monitor_open_case
from vomdesk.services.demo_preparation import Progress, add_demo_venues, walk_demo_case
from vomdesk.services.open_store import OpenStore, reading, unit_of_work
from vomdesk.services.participants import add_participant_in
from vomdesk.services.settings import read_settings, save_settings
from vomdesk.store import case_repository as repo
from vomdesk.store.case_models import (
    Case,
    CaseCreate,
    ContactFields,
    OffenceCreate,
    ParticipantCreate,
)


class StoreHasCases(errors.StoreProblem):
    """Demo cases go only into a store without cases, so they never mix with real records."""

    # Only the command line offers the demo; mark this for translation when the app offers it.
    text = (
        "These case records already hold cases. Demo cases go only into a new, empty store, "
        "so they never mix with real records. Nothing was changed."
    )


# --- the plan: one line per case, in the order a smaller demo takes them ---------------------
# Tags: juvenile / adult offender(s); co2 / co3 co-offenders; business victim; two_victims;
# school (a juvenile victim with a parent); es_offender / es_victim (Spanish speakers with an
# interpreter); no_contact order; care_serious / care_partner flags; advocate, attorney,
# probation, co_mediator, community participants; access (accessibility needs); back (a move
# back, with its reason); amended agreement; rearrest, and repeat (the same offender, later).
_C = ClosingReason
_PLAN: tuple[tuple[Stage, ClosingReason | None, str], ...] = (
    (Stage.REFERRAL, None, "juvenile es_offender"),
    (Stage.MONITORING, None, "juvenile business"),
    (Stage.CLOSED, _C.COMPLETED, "juvenile co2"),
    (Stage.PREPARATION, None, "adult no_contact es_victim advocate"),
    (Stage.INTAKE, None, "juvenile school"),
    (Stage.SCHEDULED, None, "juvenile co3"),
    (Stage.CLOSED, _C.VICTIM_DECLINED, "adult"),
    (Stage.AGREEMENT_SIGNED, None, "juvenile es_offender probation"),
    (Stage.PREPARATION, None, "adult care_serious advocate"),
    (Stage.READY, None, "adult two_victims attorney"),
    (Stage.SESSION_HELD, None, "juvenile co_mediator"),
    (Stage.CLOSED, _C.NOT_SUITABLE, "adult care_partner"),
    (Stage.REFERRAL, None, "juvenile repeat"),
    (Stage.MONITORING, None, "adult es_victim access"),
    (Stage.CLOSED, _C.REARREST, "juvenile rearrest"),
    (Stage.INTAKE, None, "adult business"),
    (Stage.CLOSED, _C.NO_AGREEMENT, "adult year_ago"),
    (Stage.SCHEDULED, None, "juvenile back"),
    (Stage.MONITORING, None, "juvenile amended community"),
    (Stage.CLOSED, _C.OFFENDER_DECLINED, "juvenile"),
    (Stage.PREPARATION, None, "juvenile es_offender"),
    (Stage.READY, None, "juvenile co2"),
    (Stage.CLOSED, _C.PARTIALLY_COMPLETED, "adult"),
    (Stage.REFERRAL, None, "adult"),
    (Stage.AGREEMENT_SIGNED, None, "adult"),
    (Stage.CLOSED, _C.COMPLETED, "juvenile es_victim"),
    (Stage.INTAKE, None, "juvenile"),
    (Stage.MONITORING, None, "juvenile co2 es_offender"),
    (Stage.CLOSED, _C.NO_CONTACT, "adult"),
    (Stage.PREPARATION, None, "juvenile"),
    (Stage.SCHEDULED, None, "adult es_victim"),
    (Stage.CLOSED, _C.NOT_COMPLETED_RETURNED, "juvenile"),
    (Stage.SESSION_HELD, None, "adult"),
    (Stage.REFERRAL, None, "juvenile"),
    (Stage.MONITORING, None, "adult probation"),
    (Stage.CLOSED, _C.COMPLETED, "adult business"),
    (Stage.READY, None, "juvenile access"),
    (Stage.INTAKE, None, "adult attorney"),
    (Stage.AGREEMENT_SIGNED, None, "juvenile advocate"),
    (Stage.MONITORING, None, "juvenile"),
)
_ONCE = {"no_contact", "care_serious", "care_partner", "rearrest", "repeat", "year_ago"}

_FORWARD = (
    Stage.REFERRAL,
    Stage.INTAKE,
    Stage.PREPARATION,
    Stage.READY,
    Stage.SCHEDULED,
    Stage.SESSION_HELD,
    Stage.AGREEMENT_SIGNED,
    Stage.MONITORING,
)
# The stage a case reaches before it is closed for each reason.
_CLOSED_FROM = {
    _C.COMPLETED: Stage.MONITORING,
    _C.PARTIALLY_COMPLETED: Stage.MONITORING,
    _C.NOT_COMPLETED_RETURNED: Stage.MONITORING,
    _C.REARREST: Stage.MONITORING,
    _C.NO_AGREEMENT: Stage.SESSION_HELD,
    _C.VICTIM_DECLINED: Stage.PREPARATION,
    _C.NOT_SUITABLE: Stage.PREPARATION,
    _C.OFFENDER_DECLINED: Stage.INTAKE,
    _C.NO_CONTACT: Stage.INTAKE,
}
# Days between reaching the previous stage and this one.
_GAP_DAYS = {
    Stage.INTAKE: (2, 10),
    Stage.PREPARATION: (4, 18),
    Stage.READY: (10, 35),
    Stage.SCHEDULED: (2, 10),
    Stage.SESSION_HELD: (7, 24),
    Stage.AGREEMENT_SIGNED: (0, 0),
    Stage.MONITORING: (1, 7),
}
_CLOSE_DAYS = {
    _C.COMPLETED: (60, 200),
    _C.PARTIALLY_COMPLETED: (90, 220),
    _C.NOT_COMPLETED_RETURNED: (100, 240),
    _C.REARREST: (30, 90),
    _C.NO_AGREEMENT: (3, 20),
    _C.VICTIM_DECLINED: (5, 25),
    _C.NOT_SUITABLE: (3, 20),
    _C.OFFENDER_DECLINED: (5, 20),
    _C.NO_CONTACT: (25, 45),
}
# Days a case has stayed where it is now.
_WAIT_DAYS = {
    Stage.REFERRAL: (0, 12),
    Stage.INTAKE: (0, 18),
    Stage.PREPARATION: (0, 25),
    Stage.READY: (0, 12),
    Stage.SCHEDULED: (0, 18),
    Stage.SESSION_HELD: (0, 8),
    Stage.AGREEMENT_SIGNED: (0, 6),
    Stage.MONITORING: (10, 150),
    Stage.CLOSED: (10, 360),
}
OLDEST_DAYS = 545  # referrals reach back about eighteen months

_MOVE_WHY = {
    Stage.INTAKE: ("", "Referral accepted; intake call booked.", "Referral papers complete."),
    Stage.PREPARATION: (
        "",
        "Intake done. Meet the offender first, then the victim.",
        "Both sides reached by phone; first meetings to arrange.",
    ),
    Stage.READY: (
        "",
        "Both sides prepared and willing; safety plan agreed.",
        "The victim chose a face-to-face meeting.",
    ),
    Stage.SCHEDULED: (
        "",
        "Session set at the program office.",
        "Session set in the meeting room of the public library.",
    ),
    Stage.SESSION_HELD: ("",),
    Stage.AGREEMENT_SIGNED: ("", "Restitution agreement signed by everyone present."),
    Stage.MONITORING: ("", "Copies sent to each party and to the referral source."),
}
_CLOSING_WHY = {
    _C.COMPLETED: "All terms met: restitution paid in full and the apology letter delivered.",
    _C.PARTIALLY_COMPLETED: (
        "Apology and service hours done; part of the restitution unpaid. Referral source told."
    ),
    _C.NOT_COMPLETED_RETURNED: (
        "No payment after the second instalment and no reply to three letters; "
        "returned to the referral source."
    ),
    _C.REARREST: "New charge during monitoring; the case went back to the court.",
    _C.NO_AGREEMENT: "Session held; the parties could not agree on the amount of restitution.",
    _C.VICTIM_DECLINED: "After the preparation meeting the victim decided not to take part.",
    _C.NOT_SUITABLE: (
        "Screening: fear of the offender and a history of control in the relationship; "
        "mediation is not safe."
    ),
    _C.OFFENDER_DECLINED: "The offender denies responsibility and declined mediation.",
    _C.NO_CONTACT: "No reply to calls and two letters to the victim within 30 days.",
}


# --- what the demo builds before it writes anything ------------------------------------------
@dataclass
class _Party:
    key: str
    role: Role
    name: str
    birth: date | None = None
    organisation: bool = False
    accompanies: str | None = None  # the key of the party accompanied
    language: str = "en"
    interpreter: bool = False
    accessibility: str = ""
    contact: ContactFields = field(default_factory=ContactFields)
    same_as: tuple[int, str] | None = None  # the same person in an earlier demo case


@dataclass
class _Spec:
    index: int
    tags: set[str]
    case: CaseCreate
    parties: list[_Party]
    steps: list[tuple[Stage | ClosingReason, str]]
    times: list[datetime]  # of each history entry: the referral first, then each step


def _birth_for_age(rng: random.Random, age: int, on: date) -> date:
    """A date of birth that makes someone exactly ``age`` years old on ``on``."""
    try:
        latest = on.replace(year=on.year - age)
    except ValueError:  # 29 February
        latest = on.replace(year=on.year - age, day=28)
    return latest - timedelta(days=rng.randint(0, 360))


class _Demo:
    """Draws the demo cases from one seeded random generator: the same seed, the same cases."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.names: set[str] = set()
        self.addresses: set[str] = set()
        self.emails: set[str] = set()
        self.phones = 0
        self.court = 0
        self.sources = list(SourceType)
        self.rng.shuffle(self.sources)
        self.offences = list(material.OFFENCES)
        self.rng.shuffle(self.offences)
        self.businesses = list(material.BUSINESSES)
        self.rng.shuffle(self.businesses)
        self.business_victims = 0
        self.cases_built = 0
        self.rearrest: _Spec | None = None

    # people, contacts, places
    def _first(self, spanish: bool, female: bool) -> str:
        pool = (material.ES_FEMALE if female else material.ES_MALE) if spanish else (
            material.EN_FEMALE if female else material.EN_MALE
        )  # fmt: skip
        return self.rng.choice(pool)

    def _unused(self, name: str) -> bool:
        if name in self.names:
            return False
        self.names.add(name)
        return True

    def name(self, spanish: bool, female: bool | None = None) -> str:
        while True:
            woman = self.rng.random() < 0.5 if female is None else female
            if spanish:
                first, second = self.rng.sample(material.ES_SURNAMES, 2)
                surnames = f"{first} {second}" if self.rng.random() < 0.7 else first
            else:
                surnames = self.rng.choice(material.EN_SURNAMES)
            name = f"{self._first(spanish, woman)} {surnames}"
            if self._unused(name):
                return name

    def family(self, spanish: bool) -> tuple[str, str]:
        """A young person's name and their parent's or guardian's, as families name them."""
        while True:
            child_female = self.rng.random() < 0.35
            mother = self.rng.random() < 0.65
            if spanish:
                father_s, mother_s, other = self.rng.sample(material.ES_SURNAMES, 3)
                child = f"{self._first(True, child_female)} {father_s} {mother_s}"
                parent = f"{self._first(True, mother)} {mother_s if mother else father_s} {other}"
            else:
                surname, other = self.rng.sample(material.EN_SURNAMES, 2)
                child = f"{self._first(False, child_female)} {surname}"
                # some are raised by a grandparent or an aunt with another surname
                kin = surname if self.rng.random() < 0.75 else other
                parent = f"{self._first(False, mother)} {kin}"
            if child not in self.names and parent not in self.names and child != parent:
                self.names.update((child, parent))
                return child, parent

    def phone(self) -> str:
        n = self.phones
        self.phones += 1
        return f"({material.AREA_CODES[(n // 100) % len(material.AREA_CODES)]}) 555-01{n % 100:02d}"

    def address(self) -> str:
        while True:
            street, town = self.rng.choice(material.STREETS), self.rng.choice(material.TOWNS)
            address = f"{self.rng.randint(12, 4800)} {street}, {town}"
            if address not in self.addresses:
                self.addresses.add(address)
                return address

    def email(self, name: str, domain: str) -> str:
        words = fold(name).replace("'", "").split()
        email, n = f"{words[0]}.{words[-1]}@{domain}", 1
        while email in self.emails:
            n += 1
            email = f"{words[0]}.{words[-1]}{n}@{domain}"
        self.emails.add(email)
        return email

    def place(self, template: str, business: str = "", school: str = "") -> str:
        return template.format(
            town=self.rng.choice(material.TOWNS), street=self.rng.choice(material.STREETS),
            business=business, school=school,
        )  # fmt: skip

    def when(self, day: date) -> datetime:
        """A time in office hours (Pacific) on ``day``, in UTC."""
        at = time(self.rng.randint(16, 22), self.rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))
        return datetime.combine(day, at, tzinfo=UTC)

    # the stage history
    def steps(
        self, stage: Stage, reason: ClosingReason | None, tags: set[str]
    ) -> list[tuple[Stage | ClosingReason, str]]:
        target = _CLOSED_FROM[reason] if reason else stage
        path = _FORWARD[1 : _FORWARD.index(target) + 1]
        steps: list[tuple[Stage | ClosingReason, str]] = [
            (s, self.rng.choice(_MOVE_WHY[s])) for s in path
        ]
        if "back" in tags and Stage.SCHEDULED in path:
            at = path.index(Stage.SCHEDULED) + 1
            steps[at:at] = [
                (
                    Stage.READY,
                    "The victim is in hospital; the session waits until the victim is well.",
                ),
                (Stage.SCHEDULED, "New date agreed with both sides."),
            ]
        if "amended" in tags and Stage.MONITORING in path:
            at = path.index(Stage.MONITORING) + 1
            steps[at:at] = [
                (
                    Stage.AGREEMENT_SIGNED,
                    "Amended agreement: smaller instalments after the offender lost a job.",
                ),
                (Stage.MONITORING, ""),
            ]
        if reason is not None:
            steps.append((reason, _CLOSING_WHY[reason]))
        return steps

    def gap(self, previous: Stage, step: Stage | ClosingReason) -> int:
        if isinstance(step, ClosingReason):
            low, high = _CLOSE_DAYS[step]
        elif previous is Stage.MONITORING:  # an amended agreement, some months on
            low, high = 30, 90
        elif _FORWARD.index(step) < _FORWARD.index(previous):  # a step back
            low, high = 3, 10
        else:
            low, high = _GAP_DAYS[step]
        return self.rng.randint(low, high)

    def timeline(
        self, steps: list[tuple[Stage | ClosingReason, str]], wait: tuple[int, int]
    ) -> tuple[date, list[datetime]]:
        """The referral date and when each history entry happened, all before today."""
        offsets, previous = [0], Stage.REFERRAL
        for step, _ in steps:
            offsets.append(offsets[-1] + self.gap(previous, step))
            previous = step if isinstance(step, Stage) else previous
        span = offsets[-1]
        age = span + self.rng.randint(*wait) + 1
        if age > OLDEST_DAYS:
            age = self.rng.randint(min(span + 1, OLDEST_DAYS), OLDEST_DAYS)
        if span > age - 1:
            offsets = [round(o * (age - 1) / span) for o in offsets]
        received = self.today - timedelta(days=age)
        return received, self.increasing([self.when(received + timedelta(o)) for o in offsets])

    @staticmethod
    def increasing(times: list[datetime]) -> list[datetime]:
        for i in range(1, len(times)):
            if times[i] <= times[i - 1]:
                times[i] = times[i - 1] + timedelta(minutes=25)
        return times

    # the referral
    def source(self, tags: set[str]) -> SourceType:
        """Every kind of referral source in turn, so a small demo has them all too."""
        source = self.sources[self.cases_built % len(self.sources)]
        self.cases_built += 1
        return SourceType.SCHOOL if "school" in tags else source

    def referral(
        self, source: SourceType, juvenile: bool, received: date, incident: date
    ) -> dict[str, object]:
        agency, person_form, domain = self.rng.choice(material.AGENCIES[source])
        person = self.name(self.rng.random() < 0.3)
        contact = self.phone()
        if self.rng.random() < 0.7:
            contact += ", " + self.email(person, domain)
        justice = self.rng.choice(material.JUSTICE_STAGES[source])
        yy = received.year % 100
        court = prosecutor = ""
        if justice not in (JusticeStage.DIVERSION, None):
            self.court += 1
            court = f"{'JV' if juvenile else 'CR'}{yy}-{self.court * 37 % 9000 + 100:05d}"
        if source is SourceType.PROSECUTOR or justice is JusticeStage.PRE_ADJUDICATION:
            self.court += 1
            prosecutor = f"DA-{yy}-{self.court * 53 % 9000 + 1000:04d}"
        deadline, kind = None, ""
        if justice is not None and self.rng.random() < 0.75:
            deadline = received + timedelta(days=self.rng.randint(45, 150))
            kind = material.DEADLINE_KINDS[justice]
        return {
            "received_on": received,
            "source_type": source.value,
            "source_agency": agency,
            "source_person": person_form.format(name=person),
            "source_contact": contact,
            "justice_stage": justice.value if justice else None,
            "court_number": court,
            "prosecutor_number": prosecutor,
            "deadline": deadline,
            "deadline_kind": kind,
            "incident_date": incident,
        }

    # the participants
    def victims(self, tags: set[str], incident: date) -> tuple[list[_Party], str]:
        """The victim side, and the business's name when a business is the victim."""
        rng = self.rng
        if "business" in tags:
            business = self.businesses[self.business_victims % len(self.businesses)]
            self.business_victims += 1
            slug = fold(business).replace("&", "and").replace(" ", "")
            store = _Party(
                "v1", Role.VICTIM, business, organisation=True,
                contact=ContactFields(
                    address=self.address(), phone=self.phone(), email=f"office@{slug}.example"
                ),
            )  # fmt: skip
            manager = self.name(rng.random() < 0.4)
            speaks_for = _Party(
                "v1.support", Role.SUPPORT_PERSON, manager, accompanies="v1",
                contact=ContactFields(
                    phone=self.phone(), email=self.email(manager, "mail.example")
                ),
            )  # fmt: skip
            return [store, speaks_for], business
        parties: list[_Party] = []
        if "school" in tags:
            spanish = rng.random() < 0.4
            child, parent = self.family(spanish)
            home = self.address()
            parties.append(
                _Party(
                    "v1", Role.VICTIM, child,
                    birth=_birth_for_age(rng, rng.randint(13, 16), incident),
                    contact=ContactFields(address=home, phone=self.phone()),
                )
            )  # fmt: skip
            parties.append(
                _Party(
                    "v1.guardian", Role.PARENT_GUARDIAN, parent, accompanies="v1",
                    language="es" if spanish and rng.random() < 0.5 else "en",
                    contact=ContactFields(
                        phone=self.phone(), employer=rng.choice(material.VICTIM_EMPLOYERS)
                    ),
                )
            )  # fmt: skip
            return parties, ""
        for n in range(2 if "two_victims" in tags else 1):
            key = f"v{n + 1}"
            spanish = "es_victim" in tags or rng.random() < 0.35
            name = self.name(spanish)
            speaks_spanish = "es_victim" in tags or (spanish and rng.random() < 0.3)
            victim = _Party(
                key, Role.VICTIM, name,
                birth=_birth_for_age(rng, rng.randint(19, 80), incident)
                if rng.random() < 0.3 else None,
                language="es" if speaks_spanish else "en",
                interpreter="es_victim" in tags and n == 0,
                contact=ContactFields(
                    address=self.address(),
                    phone=self.phone(),
                    email=self.email(name, "mail.example") if rng.random() < 0.7 else "",
                    employer=rng.choice(material.VICTIM_EMPLOYERS) if rng.random() < 0.6 else "",
                ),
            )  # fmt: skip
            parties.append(victim)
            if victim.interpreter:
                parties.append(self.interpreter(key))
            if n == 0 and rng.random() < 0.25:
                supporter = self.name(spanish)
                parties.append(
                    _Party(
                        f"{key}.support", Role.SUPPORT_PERSON, supporter, accompanies=key,
                        language=victim.language, contact=ContactFields(phone=self.phone()),
                    )
                )  # fmt: skip
        if "advocate" in tags:
            domain = rng.choice(("harborhouse.example", "da-victimwitness.example"))
            advocate = self.name(rng.random() < 0.4)
            parties.append(
                _Party(
                    "v1.advocate", Role.VICTIM_ADVOCATE, advocate, accompanies="v1",
                    contact=ContactFields(
                        phone=self.phone(), email=self.email(advocate, domain)
                    ),
                )
            )  # fmt: skip
        return parties, ""

    def interpreter(self, key: str) -> _Party:
        name = self.name(True)
        # a victim's interpreter comes from another service than the offender side's
        employer, domain = (
            ("Puente Language Services", "puente.example")
            if key.startswith("v") else ("Lengua Viva Interpreting", "lenguaviva.example")
        )  # fmt: skip
        return _Party(
            f"{key}.interpreter", Role.INTERPRETER, name, accompanies=key,
            contact=ContactFields(
                phone=self.phone(), email=self.email(name, domain), employer=employer
            ),
        )  # fmt: skip

    def offenders(self, tags: set[str], juvenile: bool, incident: date) -> list[_Party]:
        rng = self.rng
        parties: list[_Party] = []
        count = 3 if "co3" in tags else 2 if "co2" in tags else 1
        for n in range(count):
            key = f"o{n + 1}"
            spanish = "es_offender" in tags or rng.random() < 0.4
            young = juvenile and n != 2  # the third of three co-offenders is 18
            if young:
                age = rng.randint(14, 15) if "rearrest" in tags else rng.randint(13, 17)
            else:
                age = 18 if juvenile else rng.choice((18, 19, 20, 22, 24, 27, 31, 36, 44, 58))
            if young:
                name, parent = self.family(spanish)
            else:
                name, parent = self.name(spanish, female=rng.random() < 0.25), ""
            home = self.address()
            needs_interpreter = "es_offender" in tags and n == 0
            offender = _Party(
                key, Role.OFFENDER, name, birth=_birth_for_age(rng, age, incident),
                language="es" if needs_interpreter and not young else "en",
                interpreter=needs_interpreter and not young,
                contact=ContactFields(
                    address=home, phone=self.phone(),
                    email=self.email(name, "mail.example") if rng.random() < 0.4 else "",
                    employer=(
                        rng.choice(material.OTHER_EMPLOYERS)
                        if not young and rng.random() < 0.6
                        else ""
                    ),
                ),
            )  # fmt: skip
            parties.append(offender)
            if young:
                parties.append(
                    _Party(
                        f"{key}.guardian", Role.PARENT_GUARDIAN, parent, accompanies=key,
                        language="es" if needs_interpreter or (spanish and rng.random() < 0.3)
                        else "en",
                        interpreter=needs_interpreter,
                        contact=ContactFields(
                            address=home, phone=self.phone(),
                            employer=(
                                rng.choice(material.OTHER_EMPLOYERS)
                                if rng.random() < 0.7
                                else ""
                            ),
                        ),
                    )
                )  # fmt: skip
            if needs_interpreter:
                parties.append(self.interpreter(key))
            if "attorney" in tags and n == 0:
                lawyer = self.name(rng.random() < 0.3)
                parties.append(
                    _Party(
                        f"{key}.attorney", Role.ATTORNEY, lawyer, accompanies=key,
                        contact=ContactFields(
                            phone=self.phone(), email=self.email(lawyer, "pd.cedar.example"),
                            employer="Cedar County Public Defender",
                        ),
                    )
                )  # fmt: skip
        return parties

    def neutral(self, tags: set[str]) -> list[_Party]:
        rng = self.rng
        parties = []
        if "probation" in tags:
            officer = self.name(rng.random() < 0.4)
            parties.append(
                _Party(
                    "probation", Role.PROBATION_OFFICER, officer,
                    contact=ContactFields(
                        phone=self.phone(), email=self.email(officer, "probation.cedar.example"),
                        employer="Cedar County Probation Department",
                    ),
                )
            )  # fmt: skip
        if "community" in tags:
            parties.append(
                _Party(
                    "community", Role.COMMUNITY_MEMBER, self.name(rng.random() < 0.4),
                    contact=ContactFields(phone=self.phone()),
                )
            )  # fmt: skip
        if "co_mediator" in tags or rng.random() < 0.1:
            parties.append(
                _Party(
                    "co_mediator", Role.CO_MEDIATOR, self.name(rng.random() < 0.5),
                    contact=ContactFields(phone=self.phone()),
                )
            )  # fmt: skip
        return parties

    # one case
    def case(self, index: int, stage: Stage, reason: ClosingReason | None, tags: set[str]) -> _Spec:
        rng = self.rng
        juvenile = "juvenile" in tags or ("adult" not in tags and rng.random() < 0.55)
        steps = self.steps(stage, reason, tags)
        wait = (20, 40) if "rearrest" in tags else _WAIT_DAYS[stage]
        if "year_ago" in tags:  # closed over a year ago: its one-year follow-up is recorded
            wait = (375, 410)
        received, times = self.timeline(steps, wait)
        same_offender = self.rearrest if "repeat" in tags else None
        if same_offender is not None:  # a new referral of the offender re-arrested earlier
            closed_on = same_offender.times[-1].date()
            incident = closed_on - timedelta(days=rng.randint(1, 6))
            received = closed_on + timedelta(days=rng.randint(5, 12))
            times = [self.when(received)]
        source = self.source(tags)
        if same_offender is None:
            quick = source in (SourceType.POLICE, SourceType.SCHOOL)
            incident = received - timedelta(days=rng.randint(*((2, 21) if quick else (14, 120))))
        referral = self.referral(source, juvenile, received, incident)

        victims, business = self.victims(tags, incident)
        offenders = self.offenders(tags, juvenile, incident)
        if same_offender is not None:
            self.same_offender(offenders, same_offender)
        parties = victims + offenders + self.neutral(tags)
        if "access" in tags:
            choice = rng.choice(
                [p for p in parties if not p.organisation and p.accompanies is None]
            )
            choice.accessibility = rng.choice(material.ACCESS_NEEDS)

        special = next(
            (material.SPECIAL_OFFENCES[t] for t in material.SPECIAL_OFFENCES if t in tags), None
        )
        if business:
            offence = rng.choice(material.BUSINESS_OFFENCES)
        elif special is not None:
            offence = special
        else:
            offence = self.offences[index % len(self.offences)]
        chosen = [offence]
        if rng.random() < 0.2:
            chosen.append(
                rng.choice(material.SECOND_OFFENCES if juvenile else material.SECOND_OFFENCES[:2])
            )
        offences = [
            OffenceCreate(description=o.description, category=o.category.value, level=o.level.value)
            for o in chosen
        ]
        case = CaseCreate.model_validate(
            {
                **referral,
                "incident_place": self.place(
                    offence.place, business, str(referral["source_agency"])
                ),
                "care_serious_violence": "care_serious" in tags,
                "care_partner_violence": "care_partner" in tags,
                "no_contact_order": "no_contact" in tags,
                "no_contact_allows_contact": "no_contact" in tags,
                "no_contact_note": material.NO_CONTACT_NOTE if "no_contact" in tags else "",
                "offences": offences,
            }
        )
        spec = _Spec(index, tags, case, parties, steps, times)
        if "rearrest" in tags:
            self.rearrest = spec
        return spec

    @staticmethod
    def same_offender(offenders: list[_Party], earlier: _Spec) -> None:
        """The first offender (and their guardian) are the same people as in ``earlier``."""
        before = {p.key: p for p in earlier.parties}
        offender = offenders[0]
        offender.name, offender.birth = before["o1"].name, before["o1"].birth
        offender.contact = before["o1"].contact
        offender.same_as = (earlier.index, "o1")
        guardian = next((p for p in offenders if p.key == "o1.guardian"), None)
        if guardian is not None and "o1.guardian" in before:
            guardian.name = before["o1.guardian"].name
            guardian.contact = before["o1.guardian"].contact
            guardian.same_as = (earlier.index, "o1.guardian")

    def cases(self, count: int) -> list[_Spec]:
        plan = []
        for index in range(count):
            stage, reason, words = _PLAN[index % len(_PLAN)]
            tags = set(words.split())
            if index >= len(_PLAN):
                tags -= _ONCE
            plan.append((index, stage, reason, tags))
        # the re-arrested offender's case is drawn first: the repeat referral refers to it
        plan.sort(key=lambda entry: "repeat" in entry[3])
        return [self.case(*entry) for entry in plan]


# --- writing the demo through the services ---------------------------------------------------
def _record(store: OpenStore, spec: _Spec, people: dict[tuple[int, str], int]) -> str:
    created = create_case(store, spec.case)
    assert created.id is not None
    case_id = created.id
    with unit_of_work(store) as work:
        case = work.session.get(Case, case_id)
        assert case is not None
        ids: dict[str, int] = {}
        for party in spec.parties:
            participant = add_participant_in(
                work, case,
                ParticipantCreate(
                    role=party.role.value, name=party.name, birth=party.birth,
                    is_organisation=party.organisation,
                    person_id=people.get(party.same_as) if party.same_as else None,
                    accompanies_id=ids[party.accompanies] if party.accompanies else None,
                    preferred_language=party.language, interpreter_needed=party.interpreter,
                    accessibility_needs=party.accessibility, contact=party.contact,
                ),
                derive=False,
            )  # fmt: skip
            assert participant.id is not None
            ids[party.key] = participant.id
            people[(spec.index, party.key)] = participant.person_id
        refresh_derived(work.session, case)
    waiting = _PROGRESS.get(spec.index % len(_PLAN), Progress.HALFWAY)
    walk_demo_case(store, case_id, spec.steps, spec.times, waiting, random.Random(spec.index))
    if spec.steps and spec.steps[-1][0] is Stage.MONITORING:
        pace = _PACE.get(spec.index % len(_PLAN), Pace.ON_TIME)
        monitor_open_case(store, case_id, pace, random.Random(spec.index))
    # The steps were taken just now; date them over the months the case has lasted.
    with unit_of_work(store) as work:
        history = repo.history_of(session=work.session, case_id=case_id)
        assert len(history) == len(spec.times)
        for entry, at in zip(history, spec.times, strict=True):
            entry.at = at
            work.session.add(entry)
        case = work.session.get(Case, case_id)
        assert case is not None
        case.created_at, case.updated_at = spec.times[0], spec.times[-1]
        work.session.add(case)
        work.audit(
            AuditAction.UPDATE, "case", created.number, fields=["history.at"], detail="demo dates"
        )
    if spec.steps and isinstance(spec.steps[-1][0], ClosingReason):
        after_dating(store, case_id, recheck="year_ago" in spec.tags)
    return created.number


# Where preparation stands for the demo cases that wait in preparation, by plan line.
_PROGRESS = {3: Progress.HALFWAY, 8: Progress.STARTED, 20: Progress.WITHDRAWN, 29: Progress.NOTHING}
# How the agreements still in monitoring are going, by plan line (the others: on time).
_PACE = {1: Pace.CORRECTED, 13: Pace.BEHIND, 34: Pace.BEHIND}


# A made-up program for the letterhead, used only where the store has none of its own.
DEMO_PROGRAM = {
    "program.name": "Valle Verde Community Mediation",
    "program.address": "210 Main Street, Suite 4\nValle Verde, NM 87000",
    "program.phone": "(505) 555-0142",
    "mediator.name": "Ana Ruiz",
}


def _letterhead_if_blank(store: OpenStore) -> None:
    """Fill the program's letterhead settings that are still empty, so demo letters look real."""
    current = read_settings(store)
    blank = {key: value for key, value in DEMO_PROGRAM.items() if not current.get(key)}
    if blank:
        save_settings(store, blank)


def fill_with_demo_cases(store: OpenStore, *, count: int = 40, seed: int = 2026) -> list[str]:
    """Add ``count`` made-up cases to a store that has none; the numbers given, oldest first.

    The same seed gives the same cases on the same day; referral dates reach back about
    eighteen months from today and nothing lies in the future.
    """
    if count < 1:
        raise ValueError("the demo needs at least one case")
    with reading(store) as session:
        existing = session.exec(select(func.count()).select_from(Case)).one()
    if existing:
        raise StoreHasCases()
    specs = _Demo(seed, date.today()).cases(count)
    _letterhead_if_blank(store)
    add_demo_venues(store)
    people: dict[tuple[int, str], int] = {}
    return [
        _record(store, spec, people)
        for spec in sorted(specs, key=lambda s: (s.case.received_on, s.index))
    ]
