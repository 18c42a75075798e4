"""The retention preview: the cases the policy (or the mediator) would seal or purge, then what
was done and which backups made elsewhere still hold the purged cases."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.domain.retention import Action, CaseFacts, Due, RetentionPolicy
from vomdesk.services import errors
from vomdesk.services.open_store import OpenStore
from vomdesk.services.retention import POLICY_REASON, Applied, apply_retention, preview, read_policy
from vomdesk.ui import prompts
from vomdesk.ui.events import app_events
from vomdesk.ui.models.case_table import short_date
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.texts import correction_texts, problem_text
from vomdesk.ui.widgets.field_message import FieldMessage
from vomdesk.ui.widgets.text_box import text_box


class RetentionDialog(QDialog):
    """Preview first, every case ticked; nothing changes until the mediator confirms."""

    def __init__(
        self, store: OpenStore, parent: QWidget | None = None, *, case: CaseFacts | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.case = store, case
        self.due: list[Due] = []
        self.applied: Applied | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Purge case {number}").format(number=case.number)
                            if case else self.tr("Retention: cases due"))  # fmt: skip
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Closed on"), self.tr("To do"), self.tr("Due since")]
        )
        self.table.setAccessibleName(self.tr("Cases due under the retention policy"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.why = text_box(self.tr("Reason"))
        self.message = FieldMessage()
        reason = QFormLayout()
        reason.addRow(self.tr("&Why *"), self.why)
        reason.addRow("", self.message)
        self.reason_row = QWidget()
        self.reason_row.setLayout(reason)
        self.reason_row.setVisible(case is not None)
        self.warning = QLabel(
            self.tr(
                "Purging cannot be undone: the case is removed from every table, draft and "
                "attachment, and the automatic backups that still hold it are replaced by a "
                "new one. The audit trail keeps only the case number."
            )
        )
        self.warning.setObjectName("help")
        self.warning.setWordWrap(True)
        self.copies = QListWidget()
        self.copies.setAccessibleName(self.tr("Backups made elsewhere that still hold the cases"))
        self.copies.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply to the ticked cases"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.table, self.reason_row, self.warning, self.copies):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 44, 460)
        self.load()

    # --- the preview ------------------------------------------------------------------
    def load(self) -> None:
        """Read the preview off the UI thread (every case is looked at)."""
        self.apply_button.setEnabled(False)
        if self.case is not None:
            facts = self.case
            self._show([Due(facts, Action.PURGE, facts.closed_on or date.today())], None)
            return
        store = self.store
        self.summary.setText(self.tr("Looking through the cases…"))
        run_in_background(
            lambda: (preview(store, date.today()), read_policy(store)),
            on_done=lambda found: self._show(*found),
            on_error=lambda error: self.summary.setText(problem_text(error)),
            owner=self,
        )

    def _policy_text(self, policy: RetentionPolicy | None) -> str:
        if policy is None:
            return self.tr("Purge this closed case now, outside the program's policy.")
        if not policy.is_set:
            return self.tr("The program has no retention policy: set one in Settings.")
        parts = []
        if policy.purge_after_years:
            years = policy.purge_after_years
            parts.append(self.tr("closed cases are purged one year after closing") if years == 1
                         else self.tr("closed cases are purged {years} years after closing")
                         .format(years=years))  # fmt: skip
        if policy.seal_juvenile_after_years:
            years = policy.seal_juvenile_after_years
            parts.append(self.tr("closed juvenile cases are sealed one year after closing")
                         if years == 1 else
                         self.tr("closed juvenile cases are sealed {years} years after closing")
                         .format(years=years))  # fmt: skip
        return self.tr("The program's policy: {rules}.").format(rules="; ".join(parts))

    def _show(self, due: list[Due], policy: RetentionPolicy | None) -> None:
        self.due = due
        text = self._policy_text(policy)
        if policy is not None and policy.is_set and not due:
            text += " " + self.tr("No case is due today.")
        self.summary.setText(text)
        self.table.setRowCount(len(due))
        for row, item in enumerate(due):
            number = QTableWidgetItem(item.facts.number)
            number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Checked)
            closed = item.facts.closed_on
            cells = [
                number,
                QTableWidgetItem(short_date(closed) if closed else ""),
                QTableWidgetItem(
                    self.tr("Purge") if item.action is Action.PURGE else self.tr("Seal")
                ),
                QTableWidgetItem(short_date(item.due_on)),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.apply_button.setEnabled(bool(due))

    def chosen(self) -> list[Due]:
        ticked = []
        for row, item in enumerate(self.due):
            cell = self.table.item(row, 0)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                ticked.append(item)
        return ticked

    # --- applying ---------------------------------------------------------------------
    def apply(self) -> None:
        chosen = self.chosen()
        purge = [item.facts.case_id for item in chosen if item.action is Action.PURGE]
        seal = [item.facts.case_id for item in chosen if item.action is Action.SEAL]
        if not chosen:
            self.message.show_problem(self.tr("Tick at least one case."))
            return
        why = self.why.toPlainText() if self.case is not None else POLICY_REASON
        if not seal:
            question = self.tr(
                "Purge the ticked cases ({count}) for good? A purge cannot be undone."
            ).format(count=len(purge))
        elif not purge:
            question = self.tr("Seal the ticked cases ({count})?").format(count=len(seal))
        else:
            question = self.tr(
                "Seal {sealed} and purge {purged} of the ticked cases? A purge cannot be undone."
            ).format(sealed=len(seal), purged=len(purge))
        answer = prompts.ask(
            self, self.windowTitle(), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._working(True)
        self.message.show_problem("")
        store = self.store
        run_in_background(
            lambda: apply_retention(store, seal, purge, why),
            on_done=self._applied,
            on_error=self._refused,
            label=self.tr("Purging…") if purge else self.tr("Sealing…"),
            owner=self,
        )

    def reject(self) -> None:
        if not self.busy:  # Escape or the title bar mid-purge: what was done is still shown
            super().reject()

    def _working(self, busy: bool) -> None:
        self.busy = busy
        self.apply_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)

    def _refused(self, error: BaseException) -> None:
        self._working(False)
        if isinstance(error, errors.NeedsCorrection):
            self.message.show_problem(" ".join(correction_texts(error).values()))
            self.why.setFocus()
        else:
            self.message.show_problem(problem_text(error))

    def _applied(self, applied: Applied) -> None:
        """Say what was done; list the copies elsewhere the mediator must destroy."""
        self.applied = applied
        self._working(False)
        app_events().data_changed.emit("case")
        self.table.setEnabled(False)
        self.reason_row.hide()
        lines = []
        if applied.sealed:
            lines.append(self.tr("Sealed: {numbers}.").format(numbers=", ".join(applied.sealed)))
        result = applied.purge
        if result is not None:
            lines.append(self.tr("Purged: {numbers}.").format(numbers=", ".join(result.purged)))
            if not result.compacted:
                lines.append(self.tr(
                    "The file could not be rebuilt (no room on the disk): the purged records are "
                    "gone, but freed space keeps their encrypted old content until the next purge."
                ))  # fmt: skip
            if result.backup_problem is not None:
                lines.append(self.tr(
                    "The new automatic backup could not be made ({problem}); the older automatic "
                    "backups, which still hold the purged cases, were kept. Back up again soon."
                ).format(problem=problem_text(result.backup_problem)))  # fmt: skip
            elif result.automatic_deleted:
                count = len(result.automatic_deleted)
                lines.append(self.tr("The older automatic backup was replaced by a new one.")
                             if count == 1 else
                             self.tr("{count} older automatic backups were replaced by a new one.")
                             .format(count=count))  # fmt: skip
            if result.copies_elsewhere:
                lines.append(self.tr(
                    "These backups were made elsewhere before the purge and still hold the "
                    "purged cases. Destroy them (or the USB sticks they are on):"
                ))  # fmt: skip
                for record in result.copies_elsewhere:
                    when = record.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
                    self.copies.addItem(f"{when}  {record.location}")
                self.copies.show()
        self.warning.setText("\n".join(lines))
        self.warning.setObjectName("")
        self.summary.setText(self.tr("Done."))
        self.apply_button.hide()
