"""The referral's fields in titled sections, shared by the new-referral form and the workspace."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.intake import referral_problems
from vomdesk.domain.referrals import (
    CARE_FLAG_LABELS,
    DEADLINE_KINDS,
    JUSTICE_STAGE_LABELS,
    SOURCE_LABELS,
    CareFlag,
)
from vomdesk.services.open_store import OpenStore
from vomdesk.store.case_models import Case, CaseCreate, CaseUpdate, Offence
from vomdesk.ui.texts import deadline_kind_label, domain_text
from vomdesk.ui.widgets.court_number import CourtNumberCheck
from vomdesk.ui.widgets.date_field import DateField, format_date
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.offence_list import OffenceList

CARE_FIELDS = {
    CareFlag.SEXUAL_OFFENCE: "care_sexual_offence",
    CareFlag.PARTNER_VIOLENCE: "care_partner_violence",
    CareFlag.STALKING: "care_stalking",
    CareFlag.SERIOUS_VIOLENCE: "care_serious_violence",
}
TEXT_FIELDS = {"source_agency": 200, "source_person": 200, "source_contact": 200,
               "court_number": 80, "prosecutor_number": 80, "incident_place": 300,
               "no_contact_note": 500}  # fmt: skip
TAB_ORDER = ("received_on", "source_type", "source_agency", "source_person",
             "source_contact", "justice_stage", "court_number", "prosecutor_number",
             "deadline", "deadline_kind")  # fmt: skip


class ReferralFields(QWidget):
    """Every field of a referral, its checks as the mediator types, and its values for saving."""

    changed = Signal()

    def __init__(
        self,
        store: OpenStore,
        *,
        except_case: int | None = None,
        offence_required: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.show_required = False  # "needed" messages wait for the first attempt to save
        self.court = CourtNumberCheck(store, except_case, self)
        self.messages: dict[str, FieldMessage] = {}
        self.dates = {key: DateField() for key in ("received_on", "deadline", "incident_date")}
        self.texts = {key: QLineEdit() for key in TEXT_FIELDS}
        for key, length in TEXT_FIELDS.items():
            self.texts[key].setMaxLength(length)
        self.source_type = QComboBox()
        self.source_type.setPlaceholderText(self.tr("Choose who referred the case"))
        for source, label in SOURCE_LABELS.items():
            self.source_type.addItem(domain_text(label), source.value)
        self.source_type.setCurrentIndex(-1)
        self.justice_stage = QComboBox()
        self.justice_stage.addItem(self.tr("Not known"), None)
        for stage, label in JUSTICE_STAGE_LABELS.items():
            self.justice_stage.addItem(domain_text(label), stage.value)
        self.deadline_kind = QComboBox()
        self.deadline_kind.setEditable(True)
        self.deadline_kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.deadline_kind.addItem("", "")
        for code in DEADLINE_KINDS:
            self.deadline_kind.addItem(deadline_kind_label(code), code)
        self.offences = OffenceList(required=offence_required)
        self.captions: list[QLabel] = []
        self.flags = {key: QCheckBox(domain_text(CARE_FLAG_LABELS[flag]))
                      for flag, key in CARE_FIELDS.items()}  # fmt: skip
        self.flags["no_contact_order"] = QCheckBox(self.tr("&No-contact order"))
        self.flags["no_contact_allows_contact"] = QCheckBox(
            self.tr("Contact through the &mediation program is allowed")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for section in self._sections():
            layout.addWidget(section)
        widest = max(caption.sizeHint().width() for caption in self.captions)
        for caption in self.captions:
            caption.setMinimumWidth(widest)  # one column of labels through every section

        for field in self.dates.values():
            field.changed.connect(self._edited)
        for edit in self.texts.values():
            edit.textChanged.connect(self._edited)
        for box in (self.source_type, self.justice_stage):
            box.currentIndexChanged.connect(self._edited)
        self.deadline_kind.currentTextChanged.connect(self._edited)
        for flag in self.flags.values():
            flag.toggled.connect(self._edited)
        self.offences.changed.connect(self._edited)
        self.texts["court_number"].textChanged.connect(self.court.typed)
        self.court.checked.connect(lambda _taken: self.show_problems(self.problems()))
        self._rows, self._filling = -1, False
        self._edited()

    # --- building ---------------------------------------------------------------------
    def _sections(self) -> list[QGroupBox]:
        referral = self._section(self.tr("Referral"), [
            ("received_on", self.tr("Date &received *")),
            ("source_type", self.tr("&Who referred *")),
            ("source_agency", self.tr("A&gency")),
            ("source_person", self.tr("&Person")),
            ("source_contact", self.tr("Contac&t")),
        ])  # fmt: skip
        justice = self._section(self.tr("Justice"), [
            ("justice_stage", self.tr("&Justice stage")),
            ("court_number", self.tr("&Court number")),
            ("prosecutor_number", self.tr("Prosecutor n&umber")),
            ("deadline", self.tr("Dead&line")),
            ("deadline_kind", self.tr("Deadline &kind")),
        ])  # fmt: skip
        required = self.offences.required
        offences = QGroupBox(self.tr("Offences *") if required else self.tr("Offences"))
        QVBoxLayout(offences).addWidget(self.offences)
        incident = self._section(self.tr("Incident"), [
            ("incident_date", self.tr("&Incident date")),
            ("incident_place", self.tr("Where it &happened")),
        ])  # fmt: skip
        care = QGroupBox(self.tr("Care and safety"))
        care_layout = QVBoxLayout(care)
        care_help = QLabel(self.tr("Offences the program excludes or handles with extra care:"))
        care_help.setObjectName("help")
        care_help.setWordWrap(True)
        care_layout.addWidget(care_help)
        for key in CARE_FIELDS.values():
            care_layout.addWidget(self.flags[key])
        care_layout.addSpacing(self.fontMetrics().height() // 2)
        care_layout.addWidget(self.flags["no_contact_order"])
        care_layout.addWidget(self.flags["no_contact_allows_contact"])
        note_form = QFormLayout()
        self._add_row(note_form, "no_contact_note", self.tr("Note a&bout the order"))
        care_layout.addLayout(note_form)
        return [referral, justice, offences, incident, care]

    def widget_of(self, key: str) -> QWidget:
        named: dict[str, QWidget] = {
            "source_type": self.source_type,
            "justice_stage": self.justice_stage,
            "deadline_kind": self.deadline_kind,
        }
        key = "offences" if key.startswith("offences") else key
        found = self.dates.get(key) or self.texts.get(key) or named.get(key) or self.flags.get(key)
        return found or self.offences

    def _add_row(self, form: QFormLayout, key: str, label: str) -> None:
        widget = self.widget_of(key)
        name = label.replace("&", "").rstrip(" *")
        if isinstance(widget, DateField):
            widget.set_accessible_name(name)
        else:
            widget.setAccessibleName(name)
        self.messages[key] = FieldMessage()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.messages[key])
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.captions.append(caption)
        form.addRow(caption, column)

    def _section(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in rows:
            self._add_row(form, key, label)
        return box

    def _fix_tab_order(self) -> None:
        chain = [self.widget_of(key) for key in TAB_ORDER]
        for row in self.offences.rows:
            chain += [row.description, row.category, row.level, row.remove]
        chain += [self.offences.add_button, self.dates["incident_date"]]
        chain += [self.texts["incident_place"], *self.flags.values(), self.texts["no_contact_note"]]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- values -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What is typed, as text (half-typed dates too): for drafts and for "unsaved?"."""
        kind = self.deadline_kind.currentText().strip()
        codes = {deadline_kind_label(code): code for code in DEADLINE_KINDS}
        return {
            **{key: field.text().strip() for key, field in self.dates.items()},
            **{key: edit.text().strip() for key, edit in self.texts.items()},
            **{key: flag.isChecked() for key, flag in self.flags.items()},
            "source_type": self.source_type.currentData(),
            "justice_stage": self.justice_stage.currentData(),
            "deadline_kind": codes.get(kind, kind),
            "offences": self.offences.values(),
        }

    def fill(self, values: dict[str, Any]) -> None:
        self._filling = True
        for key, field in self.dates.items():
            field.set_text(str(values.get(key) or ""))
        for key, edit in self.texts.items():
            edit.setText(str(values.get(key) or ""))
        for key, flag in self.flags.items():
            flag.setChecked(bool(values.get(key)))
        self.source_type.setCurrentIndex(self.source_type.findData(values.get("source_type")))
        stage = self.justice_stage.findData(values.get("justice_stage"))
        self.justice_stage.setCurrentIndex(max(stage, 0))
        self.deadline_kind.setEditText(deadline_kind_label(str(values.get("deadline_kind") or "")))
        self.offences.set_values(list(values.get("offences") or []))
        self._filling = False
        self._edited()

    def fill_from(self, case: Case, offences: list[Offence]) -> None:
        values: dict[str, Any] = case.model_dump()
        for key in self.dates:
            values[key] = format_date(values.get(key))
        keep = {"description", "category", "level"}
        values["offences"] = [offence.model_dump(include=keep) for offence in offences]
        self.fill(values)

    def typed(self) -> dict[str, Any]:
        """The values as the store takes them (dates as dates)."""
        values = self.values()
        for key, field in self.dates.items():
            values[key] = field.value()
        return values

    def case_create(self) -> CaseCreate:
        return CaseCreate.model_validate(self.typed())

    def case_update(self, saved: dict[str, Any]) -> CaseUpdate:
        """Only the fields that differ from ``saved`` (``typed()`` of the referral as stored)."""
        now = self.typed()
        return CaseUpdate.model_validate({k: v for k, v in now.items() if saved.get(k) != v})

    # --- checking ---------------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """Everything that keeps the referral from being saved, in the mediator's words."""
        found = {key: field.problem() for key, field in self.dates.items() if field.problem()}
        for key, text in referral_problems(
            received_on=self.dates["received_on"].value(),
            incident_date=self.dates["incident_date"].value(),
            deadline=self.dates["deadline"].value(),
            today=date.today(),
        ).items():
            found.setdefault(key, domain_text(text))
        if self.source_type.currentData() is None:
            found["source_type"] = self.tr("Choose who referred the case.")
        found.update(self.offences.problems())
        if self.court.taken:
            template = domain_text("Case {cases} already has this court number.")
            found["court_number"] = template.replace("{cases}", ", ".join(self.court.taken))
        return found

    def _is_needed_only(self, key: str) -> bool:
        """A field left empty: said only after the first attempt to save, not while typing."""
        if key == "received_on":
            return self.dates["received_on"].is_empty()
        return key in ("source_type", "offences") or key.startswith("offences.")

    def show_problems(self, problems: dict[str, str]) -> None:
        shown = {k: v for k, v in problems.items()
                 if self.show_required or not self._is_needed_only(k)}  # fmt: skip
        for key, message in self.messages.items():
            message.show_problem(shown.get(key, ""))
        self.offences.show_problems(shown)

    def focus_field(self, key: str) -> None:
        """Put the cursor in a field (offences: the offence concerned, or "Add an offence")."""
        if key.startswith("offences"):
            target = self.offences.first_problem_widget({key: ""})
            if target is None:
                self.offences.focus_first()
            else:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.widget_of(key).setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self) -> None:
        if self._filling:
            return
        order = self.flags["no_contact_order"].isChecked()
        self.flags["no_contact_allows_contact"].setEnabled(order)
        self.texts["no_contact_note"].setEnabled(order)
        if len(self.offences.rows) != self._rows:
            self._rows = len(self.offences.rows)
            self._fix_tab_order()
        self.show_problems(self.problems())
        self.changed.emit()
