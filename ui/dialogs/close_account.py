"""The close-account wizard (DESIGN.md §9).

Pages (ids: `ClosePage`): the requesting contact (only the primary admin is accepted);
the one-to-one session offer; the closure reason (a list plus free text); the option to
deactivate when every subscription has ended (a deletion: manager, typed-name page);
a final page saying what happens and when. A trial or resold account gets one page
explaining why it is not closed here; a trial's offers to convert it. On Finish the
wizard hands one frozen `CloseAccountCommand` to the facade, in a worker.

Thread rule: GUI thread; `submit` runs on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QWidget,
    QWizard,
)

from app.account_rules import requester_refusal
from app.desk import Desk
from app.errors import DeskError
from app.services.account_forms import AccountForm
from app.views import ClientView
from ui.dialogs.base import NoticeBox, value_label
from ui.dialogs.pause_account import _contact_combo
from ui.dialogs.wizard_base import DeskWizard, DeskWizardPage, TypedNamePage
from ui.formatting import long_date
from ui.refusals import describe
from ui.workers import TaskRunner


class ClosePage(IntEnum):
    REQUESTER = 0
    NOT_HERE = 1
    SESSION = 2
    REASON = 3
    DEACTIVATE = 4
    TYPED_NAME = 5
    SUMMARY = 6


@dataclass(frozen=True)
class CloseAccountCommand:
    client_id: int
    contact_id: int
    reason: str
    session: date | str | None
    deactivate_when_ended: bool
    confirm_name: str | None
    expected_version: int | None = None  # the client's, as the wizard showed it


def run_close(desk: Desk) -> Callable[[CloseAccountCommand], int]:
    def submit(command: CloseAccountCommand) -> int:
        return desk.close_account(command.client_id, command.contact_id, reason=command.reason,
                                  session=command.session, deactivate_when_ended=command.deactivate_when_ended,
                                  confirm_name=command.confirm_name, expected_version=command.expected_version)
    return submit


class RequesterPage(DeskWizardPage):
    def __init__(self, wizard: CloseAccountWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("requesterPage")
        self.setTitle(self.tr("Who asks to close the account?"))
        self.setSubTitle(self.tr("Only the client's primary admin, the account owner, may close the account."))
        self.client = wizard.client
        self.blocker = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "closeBlocker", self)
        self.blocker.set_refusal(wizard.form.close, self.client.id, self.locale())
        self.blocker.setVisible(bool(wizard.refusal))
        self.body.addWidget(self.blocker)
        form = QFormLayout()
        self.contact = _contact_combo(self, self.client, "requestingContact")
        self.contact.setAccessibleName(self.tr("Requesting contact"))
        form.addRow(self.tr("Requesting contact:"), self.contact)
        self.body.addLayout(form)
        self.refused = wizard.refusal

    def isComplete(self) -> bool:  # Qt override
        return not self.refused and self.contact.count() > 0

    def refusal(self) -> str | None:
        contact = next((c for c in self.client.contacts if c.id == self.contact.currentData()), None)
        found = requester_refusal(action="account_close", client_name=self.client.name,
                                  contact_name=contact.name if contact else None,
                                  contact_role=contact.role if contact else None, same_client=contact is not None)
        return describe(found) if found else None


class NotHerePage(DeskWizardPage):
    """Trial and resold accounts: why they are not closed here; a trial may be converted."""

    def __init__(self, wizard: CloseAccountWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("notHerePage")
        self.wizard_ = wizard
        client = wizard.client
        self.setTitle(self.tr("This account is not closed here"))
        self.setSubTitle(self.tr("Trial and resold accounts have their own way out."))
        self.explanation = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "notHereExplanation", self)
        self.explanation.set_text(wizard.refusal or "")
        self.body.addWidget(self.explanation)
        self.convert_button: QPushButton | None = None
        if client.kind == "trial":
            self.convert_button = QPushButton(self.tr("&Convert to a paying account"), self)
            self.convert_button.setObjectName("convertTrial")
            self.convert_button.clicked.connect(self.convert)
            row = QHBoxLayout()
            row.addWidget(self.convert_button)
            row.addStretch(1)
            self.body.addLayout(row)
        self.setFinalPage(True)

    def convert(self) -> None:
        self.clear_error()
        try:
            self.wizard_.desk.convert_trial(self.wizard_.client.id)
        except DeskError as exc:
            self.show_error(describe(exc))
            return
        self.explanation.set_text(self.tr("{name} is now a paying account. Open Close account again if the "
                                          "client still wants to close it.").format(name=self.wizard_.client.name))
        assert self.convert_button is not None
        self.convert_button.setEnabled(False)
        self.wizard_.converted = True


class SessionPage(DeskWizardPage):
    def __init__(self, wizard: CloseAccountWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("sessionPage")
        self.setTitle(self.tr("One-to-one session"))
        self.setSubTitle(self.tr("Offer the client a free session with their account manager before closing."))
        self.choices = QButtonGroup(self)
        self.scheduled = QRadioButton(self.tr("Session &scheduled on"), self)
        self.scheduled.setObjectName("sessionScheduled")
        self.date = QDateEdit(self)
        self.date.setObjectName("sessionDate")
        self.date.setAccessibleName(self.tr("Session date"))
        self.date.setCalendarPopup(True)
        today = wizard.today
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        later = today + timedelta(days=2)
        self.date.setDate(QDate(later.year, later.month, later.day))
        self.declined = QRadioButton(self.tr("The client &declined the session"), self)
        self.declined.setObjectName("sessionDeclined")
        self.email = QRadioButton(self.tr("The client will &email their account manager"), self)
        self.email.setObjectName("sessionEmail")
        for index, button in enumerate((self.scheduled, self.declined, self.email)):
            self.choices.addButton(button, index)
        self.declined.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.scheduled)
        row.addWidget(self.date)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(self.declined)
        self.body.addWidget(self.email)
        self.scheduled.toggled.connect(self.date.setEnabled)
        self.date.setEnabled(False)

    def session(self) -> date | str:
        if self.scheduled.isChecked():
            return self.date.date().toPython()
        return "declined" if self.declined.isChecked() else "email"


REASONS = ("too_expensive", "missing_features", "switching", "not_using", "business_closed", "other")


class ReasonPage(DeskWizardPage):
    def __init__(self, wizard: CloseAccountWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("reasonPage")
        self.setTitle(self.tr("Why is the client closing the account?"))
        self.setSubTitle(self.tr("Choose the closest reason and add the client's own words."))
        labels = {"too_expensive": self.tr("Too expensive"), "missing_features": self.tr("Missing features"),
                  "switching": self.tr("Switching to another product"), "not_using": self.tr("Not using it enough"),
                  "business_closed": self.tr("Business closed or changed"), "other": self.tr("Other")}
        form = QFormLayout()
        self.reason = QComboBox(self)
        self.reason.setObjectName("closureReason")
        self.reason.setAccessibleName(self.tr("Closure reason"))
        for code in REASONS:
            self.reason.addItem(labels[code], code)
        form.addRow(self.tr("Reason:"), self.reason)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("closureDetails")
        self.details.setAccessibleName(self.tr("Closure reason, in the client's words"))
        self.details.setPlaceholderText(self.tr("In the client's words (required for Other)"))
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("Details:"), self.details)
        self.body.addLayout(form)

    def text(self) -> str:
        details = self.details.toPlainText().strip()
        label = self.reason.currentText()
        return f"{label}: {details}" if details else label

    def refusal(self) -> str | None:
        if self.reason.currentData() == "other" and not self.details.toPlainText().strip():
            return self.tr("Say in a few words why the client is closing the account.")
        return None


class DeactivatePage(DeskWizardPage):
    def __init__(self, wizard: CloseAccountWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("deactivatePage")
        self.setTitle(self.tr("After the last subscription ends"))
        self.setSubTitle(self.tr("Optionally, delete the account for good once nothing runs any more."))
        self.deactivate = QCheckBox(self.tr("&Deactivate the account when every subscription has ended "
                                            "(its data is then deleted)"), self)
        self.deactivate.setObjectName("deactivateWhenEnded")
        self.body.addWidget(self.deactivate)
        note = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "deactivateNote", self)
        note.set_text(self.tr("This schedules a deletion: on the day every subscription has ended the checks of "
                              "deactivation run again, and the account's data is purged {days} days later. It "
                              "needs a manager and the client's name typed exactly.").format(
            days=wizard.form.retention_days))
        self.body.addWidget(note)
        if not wizard.is_manager:
            self.deactivate.setEnabled(False)
            self.deactivate.setToolTip(self.tr("Only a manager can schedule a deletion."))

    def nextId(self) -> int:  # Qt override
        return int(ClosePage.TYPED_NAME if self.deactivate.isChecked() else ClosePage.SUMMARY)


class SummaryPage(DeskWizardPage):
    def __init__(self, wizard: CloseAccountWizard) -> None:
        super().__init__(wizard, destructive=True)
        self.setObjectName("summaryPage")
        self.wizard_ = wizard
        self.setTitle(self.tr("What happens and when"))
        self.setSubTitle(self.tr("Check the dates with the client before closing."))
        self.summary = value_label("closeSummary", self)
        self.body.addWidget(self.summary)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # Qt override
        self.summary.setText(self.wizard_.summary_text())


class CloseAccountWizard(DeskWizard):
    def __init__(self, desk: Desk, form: AccountForm, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(run_close(desk), parent, action_text=self.tr("Close account"), runner=runner)
        self.setObjectName("closeAccountWizard")
        self.desk = desk
        self.form = form
        self.client: ClientView = form.client
        self.client_id = form.client.id
        self.today = form.today
        self.is_manager = form.can_delete
        self.converted = False
        blocker = form.close
        self.refusal = describe(blocker) if blocker is not None else None
        self.not_here = blocker is not None and blocker.code in ("close_trial", "close_resold")
        self.setWindowTitle(self.tr("Close account: {name}").format(name=self.client.name))
        self.setMinimumSize(640, 460)
        if self.not_here:
            self.setPage(ClosePage.NOT_HERE, NotHerePage(self))
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Done"))
            return
        self.requester_page = RequesterPage(self)
        self.session_page = SessionPage(self)
        self.reason_page = ReasonPage(self)
        self.deactivate_page = DeactivatePage(self)
        self.typed_name_page = TypedNamePage(self.client.name, self)
        self.typed_name_page.setTitle(self.tr("Confirm the deletion"))
        self.typed_name_page.setSubTitle(self.tr("Type the client's name exactly to schedule the deactivation."))
        self.typed_name_page.confirmation.set_warning(self.tr(
            "Deactivating deletes ALL the data of {name} once every subscription has ended and the purge date has "
            "passed. This is irreversible.").format(name=self.client.name))
        self.summary_page = SummaryPage(self)
        for page_id, page in ((ClosePage.REQUESTER, self.requester_page), (ClosePage.SESSION, self.session_page),
                              (ClosePage.REASON, self.reason_page), (ClosePage.DEACTIVATE, self.deactivate_page),
                              (ClosePage.TYPED_NAME, self.typed_name_page), (ClosePage.SUMMARY, self.summary_page)):
            self.setPage(page_id, page)
        self.setStartId(ClosePage.REQUESTER)

    def accept(self) -> None:  # Qt override: the trial/resold page only closes the window
        if self.not_here:
            QWizard.accept(self)
            return
        super().accept()

    def command(self) -> CloseAccountCommand:
        deactivate = self.deactivate_page.deactivate.isChecked()
        return CloseAccountCommand(
            client_id=self.client.id, contact_id=self.requester_page.contact.currentData(),
            reason=self.reason_page.text(), session=self.session_page.session(),
            deactivate_when_ended=deactivate,
            confirm_name=self.typed_name_page.confirmation.typed if deactivate else None,
            expected_version=self.client.version)

    def summary_text(self) -> str:
        loc = self.locale()
        lines = [self.tr("When you click Close account, today {today}:").format(today=long_date(loc, self.today))]
        ends: list[date] = []
        for sub in self.form.subscriptions:
            end = _term_end(sub)
            if end is None:
                continue
            ends.append(end)
            lines.append(self.tr("• {plan} ({participant}) ends at the end of its current term: access until {end}; "
                                 "no further invoice.").format(plan=sub.plan, participant=sub.participant,
                                                               end=long_date(loc, end)))
        lines.append(self.tr("• The saved card is removed."))
        lines.append(self.tr("• The account owner is emailed, with a copy to the account manager."))
        session = self.session_page.session()
        if isinstance(session, date):
            lines.append(self.tr("• A one-to-one session is recorded for {day}.").format(day=long_date(loc, session)))
        if self.deactivate_page.deactivate.isChecked() and ends:
            day = max(ends) + timedelta(days=1)
            lines.append(self.tr("• On {day}, when every subscription has ended, the deactivation checks run again "
                                 "and the account is deactivated; its data is then purged.").format(
                day=long_date(loc, day)))
        elif ends:
            lines.append(self.tr("• From {day} nothing runs any more: the account is expired and stays as "
                                 "history.").format(day=long_date(loc, max(ends) + timedelta(days=1))))
        return "\n".join(lines)


def _term_end(sub: Any) -> date | None:
    """The end of the current term the closure keeps: what is already invoiced, or an earlier
    cancellation's access end."""
    if sub.status not in ("active", "cancelling"):
        return None
    invoiced = max((i.end for i in sub.invoices if i.status != "void"), default=None)
    if sub.status == "cancelling" and sub.access_end is not None and (invoiced is None or sub.access_end <= invoiced):
        return sub.access_end
    return invoiced
