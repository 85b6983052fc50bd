"""Resuming a paused account with new card details (DESIGN.md §8).

Every paused subscription restarts as if bought today; the dialog says so and lists
them. An expired card is refused before anything is sent (and by the service too).

Thread rule: GUI thread; `Desk.resume` is one short transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.account_rules import card_expired
from app.desk import Desk
from app.errors import DeskError
from app.services.account_forms import AccountForm
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.dialogs.pause_account import _contact_combo
from ui.formatting import long_date
from ui.refusals import describe

BRANDS = ("Visa", "Mastercard", "American Express", "Discover", "JCB", "UnionPay")


class ResumeAccountDialog(DeskDialog):
    """Resumes the client of `form` (`Desk.account_form`). Accepted once resumed; a refusal
    stays on screen."""

    def __init__(self, desk: Desk, form: AccountForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeAccountDialog")
        self.desk = desk
        self.client = form.client
        self.today = form.today
        self.refusal = describe(form.resume) if form.resume is not None else None
        self.setWindowTitle(self.tr("Resume account: {name}").format(name=self.client.name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if self.refusal:
            self.blocker_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "blockerLabel", self)
            self.blocker_box.set_text(self.refusal)
            layout.addWidget(self.blocker_box)
        self.restart_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "restartNotice", self)
        paused = [s for s in form.subscriptions if s.status == "paused"]
        plans = ", ".join(f"{s.plan} ({s.participant})" for s in paused) or self.tr("none")
        self.restart_box.set_text(self.tr(
            "Every paused subscription restarts today, {today}, as if bought today: each gets a purchase invoice "
            "today; anniversary plans bill on this day from now on, billing-day plans keep their billing day. "
            "Paused subscriptions: {plans}.").format(today=long_date(self.locale(), self.today), plans=plans))
        layout.addWidget(self.restart_box)
        layout.addWidget(self._card_group())
        self.expired_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxCritical, "cardExpired", self)
        layout.addWidget(self.expired_box)
        layout.addStretch(1)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("Resume account"), destructive=False)
        self.button_box.accepted.connect(self.confirm)
        layout.addWidget(self.button_box)
        self._update()

    def _card_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("New card"), self)
        group.setObjectName("newCard")
        form = QFormLayout(group)
        self.contact = _contact_combo(self, self.client, "requestingContact")
        self.contact.setAccessibleName(self.tr("Requesting contact"))
        form.addRow(self.tr("Requested by:"), self.contact)
        self.brand = QComboBox(group)
        self.brand.setObjectName("cardBrand")
        self.brand.setAccessibleName(self.tr("Card brand"))
        self.brand.setEditable(True)
        self.brand.addItems(BRANDS)
        self.brand.currentTextChanged.connect(self._update)
        form.addRow(self.tr("Brand:"), self.brand)
        self.last4 = QLineEdit(group)
        self.last4.setObjectName("cardLast4")
        self.last4.setAccessibleName(self.tr("Last four digits of the card"))
        self.last4.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.last4))
        self.last4.setMaxLength(4)
        self.last4.setPlaceholderText("1234")
        self.last4.textChanged.connect(self._update)
        form.addRow(self.tr("Last four digits:"), self.last4)
        expiry = QHBoxLayout()
        self.exp_month = QSpinBox(group)
        self.exp_month.setObjectName("cardExpMonth")
        self.exp_month.setAccessibleName(self.tr("Expiry month"))
        self.exp_month.setRange(1, 12)
        self.exp_month.setValue(self.today.month)
        self.exp_year = QSpinBox(group)
        self.exp_year.setObjectName("cardExpYear")
        self.exp_year.setAccessibleName(self.tr("Expiry year"))
        self.exp_year.setRange(self.today.year - 5, self.today.year + 20)
        self.exp_year.setValue(self.today.year + 2)
        for spin in (self.exp_month, self.exp_year):
            spin.valueChanged.connect(self._update)
        expiry.addWidget(self.exp_month)
        expiry.addWidget(value_label("expirySeparator", group, "/"))
        expiry.addWidget(self.exp_year)
        expiry.addStretch(1)
        form.addRow(self.tr("Expiry (month / year):"), expiry)
        return group

    def expired(self) -> bool:
        return card_expired(self.exp_month.value(), self.exp_year.value(), self.today)

    def _update(self) -> None:
        expired = self.expired()
        self.expired_box.set_text(self.tr("This card expired at the end of {month}/{year}; ask the client for a "
                                          "card that is still valid.").format(month=f"{self.exp_month.value():02d}",
                                                                               year=self.exp_year.value()))
        self.expired_box.setVisible(expired)
        why_not = self.refusal
        if why_not is None and expired:
            why_not = self.tr("The card has expired.")
        if why_not is None and (len(self.last4.text()) != 4 or not self.brand.currentText().strip()):
            why_not = self.tr("Give the card's brand and its last four digits.")
        self.action_button.setEnabled(why_not is None)
        self.action_button.setToolTip(why_not or "")
        if self.isVisible():
            self.fit_height(grow_only=True)

    def confirm(self) -> None:
        self.clear_error()
        try:
            self.desk.resume(self.client.id, brand=self.brand.currentText().strip(), last4=self.last4.text(),
                             exp_month=self.exp_month.value(), exp_year=self.exp_year.value(),
                             contact_id=self.contact.currentData(), expected_version=self.client.version)
        except DeskError as exc:
            self.refused(exc)
            return
        self.accept()
