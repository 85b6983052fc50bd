"""Voiding a subscription bought by mistake from its latest invoice (DESIGN.md §5): the
invoice is credited in full, an optional refund of at most what was paid is recorded,
the subscription leaves the client's purchases and its access ends today.

Thread rule: GUI thread. The dialog opens with a `VoidForm` read in a worker
(`Desk.void_form`, see `ui.dialog_opener`); `Desk.void_latest_invoice` is one short write.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from app.views import InvoiceView, SubscriptionView, VoidForm
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.dialogs.notified import NotifiedGroup
from ui.formatting import long_date, money, money_affixes
from ui.refusals import describe


def latest_invoice(sub: SubscriptionView) -> InvoiceView | None:
    """The invoice `void_latest_invoice` voids: the latest issued one not already void."""
    candidates = [i for i in sub.invoices if i.status != "void"]
    return max(candidates, key=lambda i: (i.issued, i.id), default=None)


class VoidInvoiceDialog(DeskDialog):
    """Voids the latest invoice of the form's subscription (managers and administrators).

    For a staff user, or a subscription without an invoice, the dialog says why and the
    action is disabled; a refusal raised on confirming is shown in `errorLabel` and the
    dialog stays open. Accepted once the void is written.
    """

    def __init__(self, desk: Desk, form: VoidForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voidInvoiceDialog")
        self.desk = desk
        self.form = form
        self.sub_id = form.subscription.id
        self.subscription = form.subscription
        self.client = form.client
        self.invoice = latest_invoice(self.subscription)
        # The facade's own refusal: the dialog and the service never disagree.
        self.refusal = form.refusal

        self.setWindowTitle(self.tr("Void invoice — {client}").format(client=self.client.name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if self.refusal:
            self.blocker_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "blockerLabel", self)
            self.blocker_box.set_text(describe(self.refusal, self.locale()))
            layout.addWidget(self.blocker_box)
        layout.addWidget(self._invoice_group())
        if self.invoice is not None:
            layout.addWidget(self._consequences())
            layout.addLayout(self._refund_row())
        layout.addWidget(NotifiedGroup(self.client, form.recipients, self))
        layout.addStretch(1)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("Void invoice"), destructive=True,
                                                                   keep_text=self.tr("&Keep invoice"))
        self.button_box.accepted.connect(self.confirm)
        if self.refusal:
            self.disable_with_reason(self.action_button, describe(self.refusal, self.locale()))
        layout.addWidget(self.button_box)

    # --- building --------------------------------------------------------------------
    def _invoice_group(self) -> QGroupBox:
        sub = self.subscription
        loc = self.locale()
        group = QGroupBox(self.tr("Latest invoice"), self)
        group.setObjectName("invoice")
        form = QFormLayout(group)
        form.addRow(self.tr("Client:"), value_label("client", group, self.tr("{client} ({account})").format(
            client=self.client.name, account=self.client.account_number)))
        form.addRow(self.tr("Subscription:"), value_label(
            "subscription", group, self.tr("{plan} for {participant}").format(plan=sub.plan,
                                                                              participant=sub.participant)))
        invoice = self.invoice
        if invoice is None:
            return group
        form.addRow(self.tr("Issued:"), value_label("invoiceIssued", group, long_date(loc, invoice.issued)))
        form.addRow(self.tr("Period:"), value_label("invoicePeriod", group, self.tr("{start} to {end}").format(
            start=long_date(loc, invoice.start), end=long_date(loc, invoice.end))))
        form.addRow(self.tr("Amount:"), value_label("invoiceAmount", group, money(loc, invoice.amount)))
        form.addRow(self.tr("Paid:"), value_label("invoicePaid", group, money(loc, invoice.paid)))
        return group

    def _consequences(self) -> QWidget:
        assert self.invoice is not None
        loc = self.locale()
        box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "voidConsequences", self)
        box.set_text(self.tr(
            "Voiding credits the whole invoice ({amount}), removes {plan} from the client's purchases (its "
            "invoices stay under billing) and ends access now, today {today}. It cannot be undone."
        ).format(amount=money(loc, self.invoice.amount), plan=self.subscription.plan,
                 today=long_date(loc, self.form.today)))
        return box

    def _refund_row(self) -> QHBoxLayout:
        assert self.invoice is not None
        paid = self.invoice.paid
        row = QHBoxLayout()
        self.refund_check = QCheckBox(self.tr("Also record a &refund of"), self)
        self.refund_check.setObjectName("refundEnabled")
        self.refund_check.setAccessibleName(self.tr("Record a refund"))
        self.refund_amount = QDoubleSpinBox(self)
        self.refund_amount.setObjectName("refundAmount")
        self.refund_amount.setAccessibleName(self.tr("Refund amount"))
        self.refund_amount.setDecimals(2)
        prefix, suffix = money_affixes(self.locale())
        self.refund_amount.setPrefix(prefix)
        self.refund_amount.setSuffix(suffix)
        self.refund_amount.setRange(0.0, float(paid))
        self.refund_amount.setValue(float(paid))
        self.refund_amount.setEnabled(False)
        self.refund_check.toggled.connect(self.refund_amount.setEnabled)
        limit = value_label("refundLimit", self, self.tr("at most {paid}, what was paid").format(
            paid=money(self.locale(), paid)))
        if paid <= 0:
            self.disable_with_reason(self.refund_check, self.tr("Nothing was paid on this invoice, so there is "
                                                                "nothing to refund."))
        if self.refusal:
            self.refund_check.setEnabled(False)
        row.addWidget(self.refund_check)
        row.addWidget(self.refund_amount)
        row.addWidget(limit, 1)
        return row

    # --- behaviour -------------------------------------------------------------------
    def refund(self) -> Decimal | None:
        if self.invoice is None or not self.refund_check.isChecked():
            return None
        return Decimal(f"{self.refund_amount.value():.2f}")

    def confirm(self) -> None:
        try:
            self.desk.void_latest_invoice(self.sub_id, refund=self.refund(),
                                          expected_version=self.subscription.version)
        except DeskError as exc:
            self.refused(exc)
            return
        self.feedback = self.tr("{plan} for {client}: latest invoice voided and credited; access ended today.").format(
            plan=self.subscription.plan, client=self.client.name)
        self.accept()
