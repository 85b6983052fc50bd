"""Cancelling a subscription at a chosen termination month, or moving a cancellation
earlier (DESIGN.md §4), with the live preview of what the month means.

Thread rule: GUI thread. The dialog opens with a `CancellationForm` read in a worker
(`Desk.cancellation_form`, see `ui.dialog_opener`); confirming is one short write.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.cancellation_rules import HORIZON_MONTHS, CancellationOption
from app.desk import Desk
from app.errors import DeskError
from app.views import CancellationForm, SubscriptionView
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.dialogs.notified import NotifiedGroup
from ui.formatting import long_date, money, month_year
from ui.refusals import describe


class CancelSubscriptionDialog(DeskDialog):
    """Sets (or moves earlier) the termination month of the form's subscription.

    Refuses nothing itself: when the form carries a blocker, the dialog
    shows it instead of the month selector and disables the action; a refusal raised on
    confirming is shown in `errorLabel` and the dialog stays open. Accepted once the
    cancellation (or a revoke) is written.
    """

    def __init__(self, desk: Desk, form: CancellationForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelSubscriptionDialog")
        self.desk = desk
        self.form = form
        self.sub_id = form.subscription.id
        self.subscription = form.subscription
        self.client = form.client
        self.client_id = form.client.id
        self.blocker = form.blocker
        self.options: list[CancellationOption] = [] if self.blocker else list(form.months)
        self.cancelling = self.subscription.status == "cancelling"
        self.month_combo: QComboBox | None = None
        self.revoke_button: QPushButton | None = None

        title = self.tr("Move cancellation earlier") if self.cancelling else self.tr("Cancel subscription")
        self.setWindowTitle(self.tr("{title} — {client}").format(title=title, client=self.client.name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary_group())
        if self.cancelling:
            layout.addWidget(self._current_cancellation())
        if self.blocker:
            self.blocker_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "blockerLabel", self)
            self.blocker_box.set_refusal(self.blocker, self.client_id, self.locale())
            layout.addWidget(self.blocker_box)
        else:
            layout.addLayout(self._month_row())
            layout.addWidget(self._preview_group())
            layout.addWidget(NotifiedGroup(self.client, form.recipients, self))
            if not self.cancelling:
                layout.addWidget(self._permanence_note())
        layout.addStretch(1)
        layout.addWidget(self.error_box)

        action_text = self.tr("Move cancellation earlier") if self.cancelling else self.tr("Cancel subscription")
        reject = QDialogButtonBox.StandardButton.Close if self.blocker else QDialogButtonBox.StandardButton.Cancel
        self.button_box, self.action_button = self.make_button_box(
            action_text, destructive=True, reject_button=reject,
            keep_text=None if self.blocker else self.tr("&Keep subscription"))
        self.button_box.accepted.connect(self.confirm)
        if self.blocker:
            self.disable_with_reason(self.action_button, describe(self.blocker, self.locale()))
        layout.addWidget(self.button_box)
        if self.month_combo is not None:
            # Moving earlier: start from the smallest step; a new cancellation: the earliest month.
            self.month_combo.setCurrentIndex(len(self.options) - 1 if self.cancelling else 0)
            self.update_preview()

    # --- building --------------------------------------------------------------------
    def _summary_group(self) -> QGroupBox:
        sub = self.subscription
        loc = self.locale()
        group = QGroupBox(self.tr("Subscription"), self)
        group.setObjectName("subscriptionSummary")
        form = QFormLayout(group)
        form.addRow(self.tr("Client:"), value_label("client", group, self.tr("{client} ({account})").format(
            client=self.client.name, account=self.client.account_number)))
        per = self.tr("per month") if sub.period == "monthly" else self.tr("per year")
        form.addRow(self.tr("Plan:"), value_label(
            "plan", group, self.tr("{plan}, {price} {per}").format(plan=sub.plan, price=money(loc, sub.price),
                                                                 per=per)))
        form.addRow(self.tr("Participant:"), value_label("participant", group, sub.participant))
        form.addRow(self.tr("Billing:"), value_label("billing", group, self._billing_text(sub)))
        next_billing = (long_date(loc, sub.next_billing_date) if sub.next_billing_date
                        else self.tr("None: no further invoice will be issued"))
        form.addRow(self.tr("Next billing date:"), value_label("nextBillingDate", group, next_billing))
        return group

    def _billing_text(self, sub: SubscriptionView) -> str:
        started = long_date(self.locale(), sub.start)
        if sub.period != "monthly":
            return self.tr("Annual, renewed each year on the purchase date (bought {date})").format(date=started)
        if sub.billing_day is None:
            return self.tr("Monthly, on the day of the month it was bought (bought {date})").format(date=started)
        return self.tr("Monthly, billing day {day}: each invoice covers the next calendar month").format(
            day=sub.billing_day)

    def _current_cancellation(self) -> QWidget:
        sub = self.subscription
        loc = self.locale()
        box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "currentCancellation", self)
        current = self.tr("Currently: after {month}, access until {end}.").format(
            month=month_year(loc, sub.cancellation_month), end=long_date(loc, sub.access_end))
        box.set_text(
            self.tr("This subscription is already being cancelled.") + "\n" + current + "\n"
            + self.tr("A cancellation can only be moved earlier, never later or removed. To undo a mistaken "
                      "cancellation, let the subscription expire and buy it again for the client."))
        self.revoke_button = QPushButton(self.tr("Revoke cancellation"), box)
        self.revoke_button.setObjectName("revokeCancellation")
        self.revoke_button.setAccessibleName(self.tr("Revoke cancellation"))
        self.revoke_button.setAutoDefault(False)
        if self.form.revoke is not None:
            self.disable_with_reason(self.revoke_button, describe(self.form.revoke))
        else:
            self.revoke_button.setToolTip(self.tr("Billing resumes as if the subscription had never been "
                                                  "cancelled."))
        self.revoke_button.clicked.connect(self.revoke)
        box.text_column.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _month_row(self) -> QFormLayout:
        form = QFormLayout()
        combo = QComboBox(self)
        combo.setObjectName("cancellationMonth")
        combo.setAccessibleName(self.tr("Termination month"))
        combo.setToolTip(self.tr("The month of the first billing date that will not be invoiced."))
        loc = self.locale()
        for option in self.options:
            combo.addItem(self.tr("after {month}").format(month=month_year(loc, option.month)))
        combo.currentIndexChanged.connect(self.update_preview)
        self.month_combo = combo
        label = self.tr("&Move to:") if self.cancelling else self.tr("&Cancel:")
        form.addRow(label, combo)
        return form

    def _preview_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("For the chosen month"), self)
        group.setObjectName("preview")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.last_invoice_label = value_label("lastInvoice", group)
        self.access_end_label = value_label("accessEnd", group)
        self.not_issued_label = value_label("invoicesNotIssued", group)
        form.addRow(self.tr("Last invoice:"), self.last_invoice_label)
        form.addRow(self.tr("Access ends:"), self.access_end_label)
        form.addRow(self.tr("Invoices no longer issued:"), self.not_issued_label)
        return group

    def _permanence_note(self) -> QWidget:
        note = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "permanenceNote", self)
        text = self.tr("Once set, a cancellation cannot be removed; it can only be moved to an earlier month. "
                       "To undo a mistaken cancellation, let the subscription expire and buy it again for the "
                       "client.")
        note.set_text(text)
        return note

    # --- behaviour -------------------------------------------------------------------
    def selected_option(self) -> CancellationOption | None:
        if self.month_combo is None or self.month_combo.currentIndex() < 0:
            return None
        return self.options[self.month_combo.currentIndex()]

    def update_preview(self) -> None:
        option = self.selected_option()
        if option is None:
            return
        loc = self.locale()
        self.last_invoice_label.setText(long_date(loc, option.last_invoice))
        self.access_end_label.setText(self.tr("{date} (end of the day)").format(date=long_date(loc, option.access_end)))
        if self.subscription.end_date is not None:
            span = self.tr("up to the end date, {date}").format(date=long_date(loc, self.subscription.end_date))
        else:
            span = self.tr("over the next {months} months").format(months=HORIZON_MONTHS)
        self.not_issued_label.setText(self.tr("{count} ({span})").format(count=loc.toString(option.invoices_not_issued),
                                                                         span=span))
        self.clear_error()

    def confirm(self) -> None:
        option = self.selected_option()
        if option is None:
            return
        try:
            self.desk.cancel_subscription(self.sub_id, option.month, expected_version=self.subscription.version)
        except DeskError as exc:
            self.refused(exc)
            return
        loc = self.locale()
        self.feedback = self.tr("{plan} for {client}: cancelled after {month}, access until {end}.").format(
            plan=self.subscription.plan, client=self.client.name, month=month_year(loc, option.month),
            end=long_date(loc, option.access_end))
        self.accept()

    def revoke(self) -> None:
        try:
            self.desk.revoke_cancellation(self.sub_id, expected_version=self.subscription.version)
        except DeskError as exc:
            self.refused(exc)
            return
        self.feedback = self.tr("{plan} for {client}: cancellation revoked; billing goes on.").format(
            plan=self.subscription.plan, client=self.client.name)
        self.accept()
