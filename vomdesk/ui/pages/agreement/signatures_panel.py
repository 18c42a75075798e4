"""Who signs a version and when each one signed; recording a signature; amending a signed one."""

from __future__ import annotations

from datetime import date

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.agreements import SignerFacts, Status
from vomdesk.domain.parties import ROLE_LABELS, Role
from vomdesk.services import errors
from vomdesk.services.agreement_signing import amend, sign
from vomdesk.services.agreements import AgreementView
from vomdesk.services.open_store import OpenStore
from vomdesk.ui import prompts
from vomdesk.ui.dialogs.override_dialog import ReasonDialog
from vomdesk.ui.texts import correction_texts, domain_text, problem_text
from vomdesk.ui.widgets.date_field import DateField, format_date
from vomdesk.ui.widgets.field_message import FieldMessage


class SignatureDialog(QDialog):
    """The date one signer signed (today unless said otherwise); the service checks it."""

    signed = Signal(bool)  # True when everyone has now signed

    def __init__(
        self, store: OpenStore, agreement_id: int, signer: SignerFacts, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.store, self.agreement_id, self.signer = store, agreement_id, signer
        self.setWindowTitle(self.tr("Record a signature"))
        who = QLabel(self.tr("Signature of {name}").format(name=signer.name))
        who.setWordWrap(True)
        self.signed_on = DateField(accessible_name=self.tr("Signed on"))
        self.signed_on.set_value(date.today())
        self.message = FieldMessage()
        form = QFormLayout()
        caption = QLabel(self.tr("&Signed on *"))
        caption.setBuddy(self.signed_on)
        form.addRow(caption, self.signed_on)
        form.addRow("", self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.signed_on.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        problem = self.signed_on.problem()
        if problem:
            self.message.show_problem(problem)
            return False
        try:
            complete = sign(self.store, self.agreement_id, self.signer.key, self.signed_on.value())
        except errors.NeedsCorrection as refused:
            self.message.show_problem(" ".join(correction_texts(refused).values()))
            self.signed_on.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except (errors.StoreProblem, OSError) as error:
            self.message.show_problem(problem_text(error))
            return False
        self.accept()
        self.signed.emit(complete)
        return True


class SignaturesPanel(QGroupBox):
    """One row per required signer: name, role, the date signed or "not yet"."""

    changed = Signal()

    def __init__(self, store: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setTitle(self.tr("Signatures"))
        self.view: AgreementView | None = None
        self.signers: list[SignerFacts] = []
        self.dialog: QDialog | None = None
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Signatures"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Signs as"), self.tr("Signed on")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMaximumHeight(self.fontMetrics().height() * 9)
        self.sign_button = QPushButton(qta.icon("mdi6.draw-pen"), self.tr("Record &signature…"))
        self.amend_button = QPushButton(qta.icon("mdi6.file-replace-outline"), self.tr("Ame&nd…"))
        self.amend_button.setToolTip(
            self.tr("A signed agreement is never changed: an amendment is a new version.")
        )
        self.note = QLabel()
        self.note.setObjectName("help")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.amend_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.sign_button.clicked.connect(self.record_signature)
        self.amend_button.clicked.connect(self.amend)
        self.table.itemSelectionChanged.connect(self._enable)

    def role_text(self, role: str) -> str:
        if role == "mediator":
            return self.tr("Mediator")
        try:
            return domain_text(ROLE_LABELS[Role(role)])
        except ValueError:
            return role

    def show_view(self, view: AgreementView, signable: bool) -> None:
        """``signable``: a draft with nothing to correct and nothing unsaved."""
        self.view, self.signers = view, list(view.required)
        done = {s.signer_key: s for s in view.signatures}
        keys = [s.key for s in self.signers]
        extra = [s for s in view.signatures if s.signer_key not in keys]  # signed, since left
        self.table.setRowCount(len(self.signers) + len(extra))
        rows = [(s.key, s.name, s.role) for s in self.signers]
        rows += [(s.signer_key, s.name, s.role) for s in extra]
        for row, (key, name, role) in enumerate(rows):
            signature = done.get(key)
            when = format_date(signature.signed_on) if signature else self.tr("not yet")
            for column, text in enumerate((name, self.role_text(role), when)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        status = view.status
        self.sign_button.setVisible(status is Status.DRAFT)
        self.sign_button.setProperty("signable", signable)
        self.amend_button.setVisible(status is Status.SIGNED)
        if status is Status.DRAFT and not signable:
            self.note.setText(self.tr("Signing starts once nothing is left to correct."))
        elif status is Status.SIGNED:
            self.note.setText(
                self.tr("Signed by everyone on {date}: the agreement is in force.").format(
                    date=format_date(view.agreement.signed_on)
                )
            )
        else:
            self.note.setText("")
        self._enable()

    def current_signer(self) -> SignerFacts | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else None
        return self.signers[row] if row is not None and row < len(self.signers) else None

    def select(self, key: str) -> None:
        for row, signer in enumerate(self.signers):
            if signer.key == key:
                self.table.selectRow(row)

    def _enable(self) -> None:
        view, signer = self.view, self.current_signer()
        signed = {s.signer_key for s in view.signatures} if view else set()
        self.sign_button.setEnabled(
            bool(self.sign_button.property("signable"))
            and signer is not None
            and signer.key not in signed
        )

    # --- actions ----------------------------------------------------------------------
    def record_signature(self) -> SignatureDialog | None:
        signer, view = self.current_signer(), self.view
        if signer is None or view is None or view.agreement.id is None:
            return None
        dialog = SignatureDialog(self.store, view.agreement.id, signer, self)
        self.dialog = dialog
        dialog.signed.connect(self._signed)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _signed(self, complete: bool) -> None:
        self.changed.emit()
        if complete:
            prompts.show_info(
                self, self.tr("Agreement signed"),
                self.tr("Signed by everyone: the agreement is in force."),
            )  # fmt: skip

    def amend(self) -> ReasonDialog | None:
        view = self.view
        if view is None or view.agreement.id is None or view.status is not Status.SIGNED:
            return None
        agreement_id = view.agreement.id

        def act(reason: str) -> None:
            amend(self.store, agreement_id, reason)

        dialog = ReasonDialog(
            self.tr("Amend the agreement"),
            self.tr(
                "The signed version stays in force and readable; the amendment is a new draft, "
                "signed again by everyone. Say in a sentence why it changes."
            ),
            act,
            ok_text=self.tr("&Start the amendment"),
            parent=self,
        )
        self.dialog = dialog
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog
