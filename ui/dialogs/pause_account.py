"""Pausing an account at its owner's request (DESIGN.md §8).

The dialog asks why (required), when the client expects to resume, a reason category,
and whether to keep the account's data for up to one year (checked by default). The
dates that will apply are shown live. Unchecking the box turns the pause into a
deletion: a red warning with an icon and words, the client's name typed exactly, and
a manager. A final confirmation window (through the DialogService) ends the dialog.

Thread rule: GUI thread; `Desk.pause` is one short transaction.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.account_rules import CATEGORIES, RESUME_IN_MONTHS, pause_dates
from app.desk import Desk
from app.errors import DeskError
from app.services.account_forms import AccountForm
from ui.dialog_service import DialogService
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.dialogs.typed_name import TypedNameConfirmation
from ui.formatting import long_date
from ui.i18n import _t
from ui.refusals import describe as refusal_text

CATEGORY_OBJECT_NAMES = {"seasonal": "categorySeasonal", "budget": "categoryBudget",
                         "low_usage": "categoryLowUsage", "switching": "categorySwitching",
                         "other": "categoryOther"}


def _contact_combo(parent: QWidget, client, name: str) -> QComboBox:  # noqa: ANN001 - a ClientView
    """The client's contacts, the account owner first and chosen."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    contacts = sorted(client.contacts, key=lambda c: (c.role != "primary_admin", c.name))
    for contact in contacts:
        role = {"primary_admin": _t("ContactCombo", "primary admin"), "admin": _t("ContactCombo", "admin")}.get(
            contact.role, _t("ContactCombo", "user"))
        combo.addItem(_t("ContactCombo", "{name} ({role})").format(name=contact.name, role=role), contact.id)
    return combo


class PauseAccountDialog(DeskDialog):
    """Pauses the client of `form` (read by `Desk.account_form`). Accepted once the pause is
    written; a refusal is shown in `errorLabel` and the dialog stays open."""

    def __init__(self, desk: Desk, form: AccountForm, parent: QWidget | None = None, *,
                 dialogs: DialogService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pauseAccountDialog")
        self.desk = desk
        self.dialogs = dialogs or DialogService()
        self.client = form.client
        self.client_id = form.client.id
        self.today = form.today
        self.refusal = refusal_text(form.pause) if form.pause is not None else None
        self.is_manager = form.can_delete
        self.setWindowTitle(self.tr("Pause account: {name}").format(name=self.client.name))
        self.setMinimumWidth(600)

        layout = QVBoxLayout(self)
        if self.refusal:
            self.blocker_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "blockerLabel", self)
            self.blocker_box.set_refusal(form.pause, self.client.id, self.locale())
            layout.addWidget(self.blocker_box)
        layout.addWidget(self._request_group())
        layout.addWidget(self._keep_group())
        layout.addWidget(self._dates_group())
        layout.addStretch(1)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("Pause account"), destructive=True)
        self.button_box.accepted.connect(self.confirm)
        layout.addWidget(self.button_box)
        self._update()

    # --- building --------------------------------------------------------------------
    def _request_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("The client's request"), self)
        group.setObjectName("pauseRequest")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contact = _contact_combo(self, self.client, "requestingContact")
        self.contact.setAccessibleName(self.tr("Requesting contact"))
        form.addRow(self.tr("Requested by:"), self.contact)
        self.reason = QPlainTextEdit(group)
        self.reason.setObjectName("pauseReason")
        self.reason.setAccessibleName(self.tr("Why the client pauses the account (required)"))
        self.reason.setPlaceholderText(self.tr("Why does the client want to pause the account? (required)"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4)
        self.reason.textChanged.connect(self._update)
        form.addRow(self.tr("Why:"), self.reason)
        self.resume_in = QComboBox(group)
        self.resume_in.setObjectName("resumeInMonths")
        self.resume_in.setAccessibleName(self.tr("Expected resume"))
        words = {1: self.tr("In 1 month"), 2: self.tr("In 2 months"), 3: self.tr("In 3 months"),
                 6: self.tr("In 6 months"), 12: self.tr("In 12 months")}
        for months in RESUME_IN_MONTHS:
            self.resume_in.addItem(words[months], months)
        self.resume_in.setCurrentIndex(RESUME_IN_MONTHS.index(3))
        self.resume_in.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("Expected resume:"), self.resume_in)
        labels = {"seasonal": self.tr("Seasonal"), "budget": self.tr("Budget"),
                  "low_usage": self.tr("Not using it enough"), "switching": self.tr("Switching product"),
                  "other": self.tr("Other")}
        self.categories = QButtonGroup(self)
        row = QHBoxLayout()
        for index, code in enumerate(CATEGORIES):
            button = QRadioButton(labels[code], group)
            button.setObjectName(CATEGORY_OBJECT_NAMES[code])
            button.setProperty("category", code)
            self.categories.addButton(button, index)
            row.addWidget(button)
        self.categories.button(0).setChecked(True)
        row.addStretch(1)
        form.addRow(self.tr("Reason category:"), row)
        return group

    def _keep_group(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.keep_data = QCheckBox(self.tr("&Keep the account's data for up to one year"), box)
        self.keep_data.setObjectName("keepData")
        self.keep_data.setChecked(True)
        self.keep_data.toggled.connect(self._update)
        column.addWidget(self.keep_data)
        self.deletion_warning = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxCritical, "deletionWarning", box)
        self.deletion_warning.set_text(self.tr(
            "Warning: without kept data, ALL of the account's data will be deleted when the grace period ends. "
            "It cannot be restored. This is a deletion: it needs a manager and the client's name typed exactly."))
        palette = self.deletion_warning.text.palette()
        # Red as well as the icon and the words: never colour alone (DESIGN.md §13).
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c62828"))
        self.deletion_warning.text.setPalette(palette)
        column.addWidget(self.deletion_warning)
        self.typed_name = TypedNameConfirmation(self.client.name, box)
        self.typed_name.set_warning(self.tr("Deleting the data of {name} is irreversible once the purge date "
                                            "has passed.").format(name=self.client.name))
        self.typed_name.changed.connect(self._update)
        column.addWidget(self.typed_name)
        self.manager_note = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "managerNeeded", box)
        self.manager_note.set_text(self.tr("Only a manager can confirm a deletion; ask a manager to pause this "
                                           "account without keeping its data."))
        column.addWidget(self.manager_note)
        return box

    def _dates_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Dates that will apply"), self)
        group.setObjectName("pauseDates")
        form = QFormLayout(group)
        self.grace_label = value_label("graceEnd", group)
        self.lock_label = value_label("lockDate", group)
        self.purge_label = value_label("purgeDate", group)
        self.reminder_label = value_label("reminderDate", group)
        self.resume_label = value_label("expectedResume", group)
        form.addRow(self.tr("Billing stops, card removed:"), value_label(
            "pauseStart", group, long_date(self.locale(), self.today)))
        form.addRow(self.tr("Export possible until:"), self.grace_label)
        form.addRow(self.tr("Account locked from:"), self.lock_label)
        form.addRow(self.tr("Data deleted on:"), self.purge_label)
        form.addRow(self.tr("Reminder email:"), self.reminder_label)
        form.addRow(self.tr("Expected resume:"), self.resume_label)
        return group

    # --- behaviour -------------------------------------------------------------------
    def category(self) -> str:
        return str(self.categories.checkedButton().property("category"))

    def deleting(self) -> bool:
        return not self.keep_data.isChecked()

    def _update(self) -> None:
        loc = self.locale()
        deleting = self.deleting()
        dates = pause_dates(self.today, keep_data=not deleting, resume_in_months=self.resume_in.currentData())
        # The grace is the 5 days before the grace end, which is the first day locked.
        self.grace_label.setText(long_date(loc, dates.grace_end - timedelta(days=1)))
        self.lock_label.setText(long_date(loc, dates.lock_on))
        purge = long_date(loc, dates.purge_on)
        self.purge_label.setText(purge if deleting else self.tr("{date}, unless the account resumes before").format(
            date=purge))
        self.reminder_label.setText(long_date(loc, dates.reminder_on) if dates.reminder_on else self.tr("none"))
        self.resume_label.setText(long_date(loc, dates.expected_resume) if dates.expected_resume else "")
        self.deletion_warning.setVisible(deleting)
        self.typed_name.setVisible(deleting)
        self.manager_note.setVisible(deleting and not self.is_manager)
        reason_missing = not self.reason.toPlainText().strip()
        why_not = None
        if self.refusal:
            why_not = self.refusal
        elif reason_missing:
            why_not = self.tr("Give the reason for the pause first.")
        elif deleting and not self.is_manager:
            why_not = self.tr("Only a manager can confirm a deletion.")
        elif deleting and not self.typed_name.matches:
            why_not = self.tr("Type the client's name exactly to confirm the deletion.")
        self.action_button.setEnabled(why_not is None)
        self.action_button.setToolTip(why_not or "")
        self.action_button.setText(self.tr("Pause and delete data") if deleting else self.tr("Pause account"))
        if self.isVisible():
            self.fit_height(grow_only=True)

    def confirmation_text(self) -> str:
        loc = self.locale()
        dates = pause_dates(self.today, keep_data=not self.deleting(), resume_in_months=self.resume_in.currentData())
        if self.deleting():
            return self.tr("Pause {name} today? Billing stops and the saved card is removed. The account is locked "
                           "on {lock} and ALL its data is deleted that day; it cannot be restored.").format(
                name=self.client.name, lock=long_date(loc, dates.lock_on))
        return self.tr("Pause {name} today? Billing stops and the saved card is removed. The account is locked on "
                       "{lock}; its data is kept until {purge} unless it resumes before.").format(
            name=self.client.name, lock=long_date(loc, dates.lock_on), purge=long_date(loc, dates.purge_on))

    def confirm(self) -> None:
        self.clear_error()
        if not self.dialogs.question(self, self.tr("Pause account"), self.confirmation_text()):
            return
        try:
            self.desk.pause(self.client.id, self.contact.currentData(), reason=self.reason.toPlainText(),
                            resume_in_months=self.resume_in.currentData(), category=self.category(),
                            keep_data=not self.deleting(),
                            confirm_name=self.typed_name.typed if self.deleting() else None,
                            expected_version=self.client.version)
        except DeskError as exc:
            self.refused(exc)
            return
        self.accept()
