"""The gates before a session, over generated case states (hypothesis), and their wording."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vomdesk.domain.choices import INDIRECT_FORMS, MeetingForm
from vomdesk.domain.gates import (
    OVERRIDABLE,
    Gate,
    GateFacts,
    PartyFacts,
    blocking,
    may_schedule,
    meeting_form,
    override_problem,
    unmet_gates,
)
from vomdesk.domain.parties import Role
from vomdesk.domain.screening import Outcome


@st.composite
def parties(draw: st.DrawFn) -> tuple[PartyFacts, ...]:
    people: list[PartyFacts] = []
    next_id = 1
    for role in (Role.VICTIM, Role.OFFENDER):
        for _ in range(draw(st.integers(1, 2))):
            juvenile = role is Role.OFFENDER and draw(st.booleans())
            guardians: tuple[int, ...] = ()
            person_id = next_id
            next_id += 1
            if juvenile and draw(st.booleans()):
                guardians = (next_id,)
                people.append(
                    PartyFacts(
                        id=next_id,
                        name=f"G{next_id}",
                        role=Role.PARENT_GUARDIAN,
                        consent_active=draw(st.booleans()),
                        consent_withdrawn=draw(st.booleans()),
                    )
                )
                next_id += 1
            in_person = draw(st.booleans())
            people.append(
                PartyFacts(
                    id=person_id,
                    name=f"P{person_id}",
                    role=role,
                    taking_part=draw(st.booleans()) or draw(st.booleans()),
                    screening=draw(st.none() | st.sampled_from(Outcome)),
                    consent_active=draw(st.booleans()),
                    consent_withdrawn=draw(st.booleans()),
                    met_in_person=in_person,
                    met_at_all=in_person or draw(st.booleans()),
                    choices_recorded=role is Role.VICTIM and draw(st.booleans()),
                    form=draw(st.none() | st.sampled_from(MeetingForm))
                    if role is Role.VICTIM
                    else None,
                    juvenile=juvenile,
                    guardian_ids=guardians,
                )
            )
    return tuple(people)


case_states = st.builds(
    GateFacts,
    parties=parties(),
    extra_care=st.booleans(),
    safety_plan=st.booleans(),
    conflict_declared=st.booleans(),
    conflict_found=st.booleans(),
    contact_order=st.booleans(),
    order_allows_contact=st.booleans(),
    in_person_required=st.booleans(),
    overridden=st.frozensets(st.sampled_from(Gate)),
)


def _gate_holds(facts: GateFacts, gate: Gate) -> bool:
    """Each gate restated plainly, independent of how unmet_gates builds its list."""
    taking = facts.taking_part
    victims = [p for p in taking if p.role is Role.VICTIM]
    offenders = [p for p in taking if p.role is Role.OFFENDER]
    form = meeting_form(p.form for p in victims)
    if gate is Gate.PARTIES:
        return bool(victims) and bool(offenders)
    if gate is Gate.SCREENING:
        return all(p.screening is Outcome.READY for p in taking)
    if gate is Gate.CONSENT:
        needed = list(taking)
        for offender in offenders:
            if offender.juvenile:
                if not offender.guardian_ids:
                    return False
                needed += [g for g in facts.parties if g.id in offender.guardian_ids]
        return all(p.consent_active for p in needed)
    if gate is Gate.MEETINGS:
        in_person = facts.in_person_required and form not in INDIRECT_FORMS
        return all(p.met_in_person if in_person else p.met_at_all for p in taking)
    if gate is Gate.CHOICES:
        return all(p.choices_recorded for p in victims)
    if gate is Gate.SAFETY_PLAN:
        return facts.safety_plan or not facts.extra_care
    if gate is Gate.CONFLICT:
        return facts.conflict_declared and not facts.conflict_found
    assert gate is Gate.CONTACT_ORDER
    return not (
        facts.contact_order and not facts.order_allows_contact and form is MeetingForm.DIRECT
    )


@given(case_states)
def test_scheduling_is_allowed_exactly_when_every_gate_holds_or_is_overridden(facts):
    expected = all(
        _gate_holds(facts, gate) or (gate in facts.overridden and gate in OVERRIDABLE)
        for gate in Gate
    )
    assert may_schedule(facts) is expected


@given(case_states)
def test_never_without_consent_and_never_against_a_no_contact_order(facts):
    if not _gate_holds(facts, Gate.CONSENT) or not _gate_holds(facts, Gate.CONTACT_ORDER):
        assert not may_schedule(facts)
    for item in unmet_gates(facts):
        if item.gate in (Gate.CONSENT.value, Gate.CONTACT_ORDER.value):
            assert not item.overridden
        assert item.field and item.text, "every item says what is missing and where"


@given(case_states)
def test_each_unmet_item_belongs_to_a_gate_that_does_not_hold(facts):
    for item in unmet_gates(facts):
        assert not _gate_holds(facts, Gate(item.gate))
    held = {gate for gate in Gate if _gate_holds(facts, gate)}
    assert not {Gate(item.gate) for item in blocking(unmet_gates(facts))} & held


def test_the_offender_comes_first_and_names_fill_the_text():
    facts = GateFacts(
        parties=(
            PartyFacts(
                1, "Laura Gómez", Role.VICTIM, choices_recorded=True, form=MeetingForm.DIRECT
            ),
            PartyFacts(2, "José Muñoz", Role.OFFENDER),
        ),
        conflict_declared=True,
    )
    screening = [i for i in unmet_gates(facts) if i.gate == "screening"]
    assert [i.field for i in screening] == ["screening.2", "screening.1"]
    assert screening[0].text.format(**screening[0].params) == "Screen José Muñoz."


def test_indirect_forms_are_the_only_way_past_a_no_contact_order():
    assert meeting_form([MeetingForm.DIRECT, MeetingForm.SHUTTLE]) is MeetingForm.SHUTTLE
    assert meeting_form([MeetingForm.DIRECT, None]) is MeetingForm.DIRECT
    assert meeting_form([None]) is None
    assert override_problem(Gate.CONSENT, "A long enough reason") is not None
    assert override_problem(Gate.CONTACT_ORDER, "A long enough reason") is not None
    assert override_problem(Gate.SCREENING, "short") is not None
    assert override_problem(Gate.SCREENING, "Re-screened by phone, notes to follow") is None
