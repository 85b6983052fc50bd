"""Deciding a client's cancellation request (DESIGN.md §6): approve it with a final
billing date, reject it with a reason, or mark it as waiting for the client with a note.

Thread rule: GUI thread. The dialog opens with a `ReviewForm` read in a worker
(`Desk.review_form`, see `ui.dialog_opener`); deciding is one short write.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from functools import cache

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from app.views import ContactView, FinalBillingOption, ReviewForm, SubscriptionView
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.formatting import long_date, money
from ui.i18n import _t
from ui.labels import role_label, status_label
from ui.refusals import describe

_TEXT_LINES = 3  # visible lines of the reason and note boxes; they scroll beyond


class Outcome(IntEnum):
    APPROVE = 0
    REJECT = 1
    HOLD = 2


class BusinessDays(QObject):
    """A request's age in words, with each language's plural forms ("0 jour ouvré", "2 jours
    ouvrés"). A QObject only for `tr`: lupdate extracts plural forms from `tr(text, "", n)`,
    not from `translate`. English has no catalogue, so its source picks the singular for
    one; the catalogues give the forms of both texts. The count is written by the default
    locale (%Ln)."""

    def text(self, days: int) -> str:
        if days == 1:
            return self.tr("%Ln business day", "", days)
        return self.tr("%Ln business days", "", days)


@cache  # one for the process: the Age column asks for it per painted cell
def _business_days() -> BusinessDays:
    return BusinessDays()


def business_days_text(days: int) -> str:
    """'1 business day', '5 business days' (the queue's Age column)."""
    return _business_days().text(days)


def received_text(received: date, channel: str, age: int, today: date, locale: QLocale) -> str:
    """'Received Friday, 13 November 2026 by email, 5 business days ago'."""
    how = {
        "email": _t("ReviewRequest", "by email"),
        "phone": _t("ReviewRequest", "by phone"),
        "portal": _t("ReviewRequest", "through the client portal"),
        "letter": _t("ReviewRequest", "by letter"),
        "in_person": _t("ReviewRequest", "in person"),
    }.get(channel, channel)
    if received == today:
        when = _t("ReviewRequest", "today")
    elif age == 0:
        when = _t("ReviewRequest", "less than a business day ago")
    else:
        when = _t("ReviewRequest", "{age} ago").format(age=business_days_text(age))
    return _t("ReviewRequest", "Received {date} {how}, {when}").format(date=long_date(locale, received), how=how, when=when)


class ReviewRequestDialog(DeskDialog):
    """Decides the form's request; accepted once the decision is written.

    Refuses nothing itself: a non-manager, or a request already decided, sees everything
    disabled with the reason; an empty rejection reason or hold note leaves the action
    disabled (and `confirm` refuses it too); a refusal raised by the facade is shown in
    `errorLabel` and the dialog stays open.
    """

    def __init__(self, desk: Desk, form: ReviewForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewRequestDialog")
        self.desk = desk
        self.form = form
        self.request_id = form.request.id
        self.request = form.request
        self.client = form.client
        self.client_id = form.client.id
        self.contact: ContactView | None = next((c for c in self.client.contacts
                                                 if c.id == self.request.contact_id), None)
        self.subscription: SubscriptionView | None = form.subscription
        self.refusal = self._refusal()
        self.options: list[FinalBillingOption] = list(form.options)
        self.decided: Outcome | None = None
        self.latest_issued: date | None = None  # of the subscription's latest invoice still standing

        self.setWindowTitle(self.tr("Review cancellation request — {client}").format(client=self.client.name))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        if self.refusal:
            self.refusal_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "refusalLabel", self)
            self.refusal_box.set_text(self.refusal)
            layout.addWidget(self.refusal_box)
        layout.addWidget(self._request_group())
        note = self._note_text()
        if note:
            self.note_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "requestNote", self)
            self.note_box.set_text(note)
            layout.addWidget(self.note_box)
        if self.subscription is not None:
            layout.addWidget(self._subscription_group(self.subscription))
        layout.addWidget(self._decision_group())
        self.notified_label = value_label("notifiedNote", self)
        layout.addWidget(self.notified_label)
        layout.addStretch(1)
        layout.addWidget(self.error_box)

        self.button_box, self.action_button = self.make_button_box(self.tr("Approve cancellation"), destructive=True)
        self.button_box.accepted.connect(self.confirm)
        layout.addWidget(self.button_box)

        self.outcomes.idToggled.connect(lambda _id, checked: checked and self.update_state())
        self.reject_reason.textChanged.connect(lambda: self._typed(self.reject_reason, Outcome.REJECT))
        self.hold_note.textChanged.connect(lambda: self._typed(self.hold_note, Outcome.HOLD))
        if self.billing_combo is not None:
            self.billing_combo.currentIndexChanged.connect(self.update_state)
            self.billing_combo.activated.connect(lambda _i: self._choose(Outcome.APPROVE))
        if self.refusal:
            self._disable_all(self.refusal)
        else:
            first = next((b for b in self.outcomes.buttons() if b.isEnabled()), None)
            if first is not None:
                first.setChecked(True)
        self.update_state()

    # --- facts ---------------------------------------------------------------------
    def _refusal(self) -> str | None:
        """The facade's own refusal (role, then status): the dialog repeats no rule."""
        return describe(self.form.decide, self.locale()) if self.form.decide is not None else None

    def _note_text(self) -> str:
        req = self.request
        who = req.decided_by or self.tr("someone")
        if req.status == "rejected":
            return self.tr("Rejected by {who}: {reason}").format(who=who, reason=req.decision)
        if req.status == "approved":
            when = (long_date(self.locale(), req.final_billing_date) if req.final_billing_date
                    else self.tr("none, the latest invoice was the last"))
            return self.tr("Approved by {who}; final billing date: {when}.").format(who=who, when=when)
        if req.note and req.status == "waiting":
            return self.tr("Waiting for the client: {note}").format(note=req.note)
        if req.note:
            return self.tr("Note: {note}").format(note=req.note)
        return ""

    def _requester_text(self) -> str:
        contact = self.contact
        if contact is None:
            return self.request.contact_name
        role = role_label(contact.role).lower()
        if contact.email:
            return self.tr("{name} <{email}>, {role} of {client}").format(
                name=contact.name, email=contact.email, role=role, client=self.client.name)
        return self.tr("{name}, {role} of {client}").format(name=contact.name, role=role, client=self.client.name)

    def _owner_text(self) -> str:
        admin = self.client.primary_admin
        if admin is not None and (admin.email or "").strip():
            return self.tr("{name} <{email}>").format(name=admin.name, email=admin.email)
        if (self.client.email or "").strip():
            return self.tr("{name} <{email}>").format(name=self.client.name, email=self.client.email)
        return ""

    # --- building ------------------------------------------------------------------------
    def _request_group(self) -> QGroupBox:
        req = self.request
        loc = self.locale()
        group = QGroupBox(self.tr("Request"), self)
        group.setObjectName("requestSummary")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(value_label("received", group, received_text(req.received, req.channel, req.age_business_days,
                                                                 self.form.today, loc)))
        form.addRow(self.tr("From:"), value_label("requester", group, self._requester_text()))
        if self.subscription is not None:
            what = self.tr("{plan} for {participant}").format(plan=self.subscription.plan,
                                                              participant=self.subscription.participant)
        else:
            what = self.tr("The whole account (closing it)")
        form.addRow(self.tr("Asks to cancel:"), value_label("requestedWhat", group, what))
        form.addRow(self.tr("Status:"), value_label("requestStatus", group, status_label(req.status)))
        message = QPlainTextEdit(group)
        message.setObjectName("message")
        message.setAccessibleName(self.tr("The client's message"))
        message.setReadOnly(True)
        message.setPlainText(req.message)
        message.setPlaceholderText(self.tr("No message was recorded."))
        self._fit_lines(message, 4 if req.message else 1)
        form.addRow(self.tr("Message:"), message)
        return group

    def _subscription_group(self, sub: SubscriptionView) -> QGroupBox:
        loc = self.locale()
        group = QGroupBox(self.tr("Subscription"), self)
        group.setObjectName("subscriptionSummary")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        per = self.tr("per month") if sub.period == "monthly" else self.tr("per year")
        form.addRow(self.tr("Plan:"), value_label("plan", group, self.tr("{plan}, {price} {per} ({status})").format(
            plan=sub.plan, price=money(loc, sub.price), per=per, status=status_label(sub.status).lower())))
        form.addRow(self.tr("Participant:"), value_label("participant", group, sub.participant))
        form.addRow(self.tr("Billing:"), value_label("billing", group, self._billing_text(sub)))
        issued = [i for i in sub.invoices if i.status not in ("void", "credited")]
        latest = max(issued, key=lambda i: (i.issued, i.id)) if issued else None
        if latest is not None:
            self.latest_issued = latest.issued
            text = self.tr("{issued} ({status})").format(issued=long_date(loc, latest.issued),
                                                          status=status_label(latest.status).lower())
        else:
            text = self.tr("None yet")
        form.addRow(self.tr("Latest invoice:"), value_label("latestInvoice", group, text))
        next_billing = (long_date(loc, sub.next_billing_date) if sub.next_billing_date
                        else self.tr("None: no further invoice will be issued"))
        form.addRow(self.tr("Next billing date:"), value_label("nextBillingDate", group, next_billing))
        return group

    def _billing_text(self, sub: SubscriptionView) -> str:
        if sub.period != "monthly":
            return self.tr("Annual, renewed each year on the purchase date")
        if sub.billing_day is None:
            return self.tr("Monthly, on the day of the month it was bought")
        return self.tr("Monthly, billing day {day}: each invoice covers the next calendar month").format(
            day=sub.billing_day)

    def _decision_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Decision"), self)
        group.setObjectName("decision")
        column = QVBoxLayout(group)
        self.outcomes = QButtonGroup(self)
        self.approve_radio = self._radio(group, "outcomeApprove", self.tr("&Approve the cancellation"),
                                         Outcome.APPROVE, column)
        self.billing_combo: QComboBox | None = None
        self.access_end_label: QLabel | None = None
        self.last_invoice_label: QLabel | None = None
        approve_form = QFormLayout()
        approve_form.setContentsMargins(self._indent(), 0, 0, 0)
        approve_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if self.subscription is None:
            self.whole_account_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "wholeAccountNote", group)
            self.whole_account_box.set_text(self.tr(
                "Approving closes the whole account: every running subscription ends at the end of the period its "
                "latest invoice paid for, the saved card is removed and the account is marked closing."))
            approve_form.addRow(self.whole_account_box)
        elif self.options:
            self.billing_combo = QComboBox(group)
            self.billing_combo.setObjectName("finalBillingDate")
            self.billing_combo.setAccessibleName(self.tr("Final billing date"))
            self.billing_combo.setToolTip(self.tr("The last invoice issued; the subscription ends at the end of "
                                                  "the period that invoice pays for."))
            self.billing_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for option in self.options:
                self.billing_combo.addItem(self._option_text(option))
            self.access_end_label = value_label("resultingAccessEnd", group)
            self.last_invoice_label = value_label("resultingLastInvoice", group)
            label = QLabel(self.tr("&Final billing date:"), group)
            label.setBuddy(self.billing_combo)
            approve_form.addRow(label, self.billing_combo)
            approve_form.addRow(self.tr("Last invoice:"), self.last_invoice_label)
            approve_form.addRow(self.tr("Access ends:"), self.access_end_label)
        elif not self.refusal:
            self.disable_with_reason(self.approve_radio, self.tr(
                "This subscription is {status}: it has no billing date left to end with.").format(
                status=status_label(self.subscription.status).lower()))
        if self.form.approve is not None and not self.refusal:
            # Blockers up front (issue 10): said as the dialog opens, with the way out, not on Approve.
            blocked = describe(self.form.approve, self.locale())
            self.approve_blocker_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "approveBlocker", group)
            self.approve_blocker_box.set_refusal(self.form.approve, self.form.client.id, self.locale())
            approve_form.addRow(self.approve_blocker_box)
            self.disable_with_reason(self.approve_radio, blocked)
            if self.billing_combo is not None:
                self.billing_combo.setEnabled(False)
        column.addLayout(approve_form)

        self.reject_radio = self._radio(group, "outcomeReject", self.tr("Re&ject the request"), Outcome.REJECT, column)
        self.reject_reason = self._text_box(group, "rejectReason", self.tr("Reason for rejecting"),
                                            self.tr("Why the request is rejected; the client receives this "
                                                    "(required)."), column)
        self.hold_radio = self._radio(group, "outcomeHold", self.tr("Mark as &waiting for the client"), Outcome.HOLD,
                                      column)
        self.hold_note = self._text_box(group, "holdNote", self.tr("What the client must send"),
                                        self.tr("What the client must send or confirm, e.g. proof that they may "
                                                "act for the account (required)."), column)
        if self.request.status == "waiting" and not self.refusal:
            self.disable_with_reason(self.hold_radio, self.tr(
                "This request is already waiting for the client; approve or reject it once they answer."))
            self.hold_note.setEnabled(False)
        return group

    def _radio(self, parent: QWidget, name: str, text: str, outcome: Outcome, column: QVBoxLayout) -> QRadioButton:
        radio = QRadioButton(text, parent)
        radio.setObjectName(name)
        radio.setAccessibleName(text.replace("&", ""))
        self.outcomes.addButton(radio, int(outcome))
        column.addWidget(radio)
        return radio

    def _text_box(self, parent: QWidget, name: str, accessible: str, placeholder: str,
                  column: QVBoxLayout) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        self._fit_lines(box, _TEXT_LINES)
        holder = QVBoxLayout()
        holder.setContentsMargins(self._indent(), 0, 0, 0)
        holder.addWidget(box)
        column.addLayout(holder)
        return box

    def _indent(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8

    @staticmethod
    def _fit_lines(box: QPlainTextEdit, lines: int) -> None:
        """A fixed height showing `lines` whole lines; longer text scrolls vertically, never sideways."""
        box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        spacing = box.fontMetrics().lineSpacing()
        margins = box.contentsMargins()
        height = (spacing * lines + spacing // 2 + 2 * box.document().documentMargin()
                  + margins.top() + margins.bottom() + 2 * box.frameWidth())
        box.setFixedHeight(int(height))

    def _option_text(self, option: FinalBillingOption) -> str:
        loc = self.locale()
        end = long_date(loc, option.access_end)
        if option.final_billing_date is None:
            return self.tr("None: the latest invoice is the last (access until {end})").format(end=end)
        return self.tr("{date} (access until {end})").format(date=long_date(loc, option.final_billing_date), end=end)

    # --- behaviour -------------------------------------------------------------------------
    def outcome(self) -> Outcome | None:
        checked = self.outcomes.checkedId()
        return Outcome(checked) if checked >= 0 else None

    def selected_option(self) -> FinalBillingOption | None:
        if self.billing_combo is None or self.billing_combo.currentIndex() < 0:
            return None
        return self.options[self.billing_combo.currentIndex()]

    def _choose(self, outcome: Outcome) -> None:
        button = self.outcomes.button(int(outcome))
        if button is not None and button.isEnabled() and not button.isChecked():
            button.setChecked(True)

    def _typed(self, box: QPlainTextEdit, outcome: Outcome) -> None:
        if box.toPlainText().strip():
            self._choose(outcome)  # typing a reason or a note chooses its outcome
        self.update_state()

    def _disable_all(self, reason: str) -> None:
        for widget in (self.approve_radio, self.reject_radio, self.hold_radio, self.reject_reason, self.hold_note,
                       self.billing_combo):
            if widget is not None:
                self.disable_with_reason(widget, reason)

    def update_state(self) -> None:
        """The action button's verb and whether it may act; the access-end preview; who is emailed."""
        self.clear_error()
        option = self.selected_option()
        if option is not None and self.access_end_label is not None and self.last_invoice_label is not None:
            loc = self.locale()
            self.access_end_label.setText(self.tr("{date} (end of the day)").format(
                date=long_date(loc, option.access_end)))
            if option.final_billing_date is not None:
                last = long_date(loc, option.final_billing_date)
            elif self.latest_issued is not None:
                last = self.tr("The latest one, issued {date}").format(date=long_date(loc, self.latest_issued))
            else:
                last = self.tr("The latest one, already issued")
            self.last_invoice_label.setText(last)
        outcome = self.outcome()
        verbs = {Outcome.APPROVE: self.tr("Approve cancellation"), Outcome.REJECT: self.tr("Reject request"),
                 Outcome.HOLD: self.tr("Mark as waiting")}
        text = verbs[outcome if outcome is not None else Outcome.APPROVE]
        self.action_button.setText(text)
        self.action_button.setAccessibleName(text)
        reason = self.refusal or self._missing(outcome)
        if reason:
            self.disable_with_reason(self.action_button, reason)
        else:
            self.action_button.setEnabled(True)
            self.action_button.setToolTip("")
        self.notified_label.setText(self._notified_text(outcome))

    def _missing(self, outcome: Outcome | None) -> str | None:
        if outcome is None:
            return self.tr("Choose an outcome: approve, reject or wait for the client.")
        if outcome == Outcome.APPROVE and self.subscription is not None and self.selected_option() is None:
            return self.approve_radio.toolTip() or self.tr("Choose the final billing date.")
        if outcome == Outcome.REJECT and not self.reject_reason.toPlainText().strip():
            return self.tr("Type the reason for rejecting; the client receives it.")
        if outcome == Outcome.HOLD and not self.hold_note.toPlainText().strip():
            return self.tr("Type what the client must send before the request can be decided.")
        return None

    def _notified_text(self, outcome: Outcome | None) -> str:
        if self.refusal or outcome is None:
            return ""
        if outcome == Outcome.HOLD:
            return self.tr("No email is sent: tell the client what they must send.")
        owner = self._owner_text()
        if not owner:
            return self.tr("Nobody is emailed: the client has no account owner with an address and no email.")
        if outcome == Outcome.REJECT:
            return self.tr("Emailed with the reason: the account owner, {owner}.").format(owner=owner)
        if self.client.account_manager:
            manager = self.tr("{name} <{email}>").format(
                name=self.client.account_manager_name or self.client.account_manager,
                email=self.client.account_manager)
            return self.tr("Emailed: the account owner, {owner}; a copy to the account manager, {manager}.").format(
                owner=owner, manager=manager)
        return self.tr("Emailed: the account owner, {owner} (the client has no account manager to copy).").format(
            owner=owner)

    def confirm(self) -> None:
        outcome = self.outcome()
        reason = self.refusal or self._missing(outcome)
        if reason:
            self.show_error(reason)
            return
        try:
            if outcome == Outcome.APPROVE:
                option = self.selected_option()
                self.desk.approve_request(self.request_id,
                                          final_billing_date=option.final_billing_date if option else None,
                                          expected_version=self.request.version)
            elif outcome == Outcome.REJECT:
                self.desk.reject_request(self.request_id, self.reject_reason.toPlainText().strip(),
                                         expected_version=self.request.version)
            else:
                self.desk.hold_request(self.request_id, self.hold_note.toPlainText().strip(),
                                       expected_version=self.request.version)
        except DeskError as exc:
            self.refused(exc)
            return
        self.decided = outcome
        client = self.form.client.name
        self.feedback = {
            Outcome.APPROVE: self.tr("Request of {client} approved; the client is emailed.").format(client=client),
            Outcome.REJECT: self.tr("Request of {client} rejected; the client is emailed.").format(client=client),
            Outcome.HOLD: self.tr("Request of {client} is waiting for the client.").format(client=client),
        }.get(outcome)
        self.accept()
