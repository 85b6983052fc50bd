"""Recording a cancellation request a client sent (DESIGN.md §6): who asked, for what,
how and when it arrived, and what they wrote.

Recording is small and reversible under the default `approval` policy, so it needs no
extra confirmation (§13: friction follows risk); under `immediate` recording cancels at
once, so Cancel becomes the default button and the dialog says so.

Thread rule: GUI thread. The dialog opens with a `RecordRequestForm` read in a worker
(`Desk.record_request_form`, see `ui.dialog_opener`); recording is one short write.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from app.models import CHANNELS
from app.views import ContactView, RecordRequestForm, SubscriptionView
from ui.changes import Undo
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.formatting import long_date, qdate
from ui.labels import channel_label, role_label, status_label
from ui.refusals import describe

WHOLE_ACCOUNT = -1  # the item data of "The whole account" in the subject combo
_MESSAGE_LINES = 5


class RecordRequestDialog(DeskDialog):
    # The id of the request already open for the same subscription (or whole account),
    # when the user chooses to open it instead of recording a second one (issue 10).
    open_existing = Signal(int)

    """Records a request of the form's client, preselecting `subscription_id` if given.

    Refuses nothing itself beyond what it can see: the whole account asked by someone
    other than the primary admin is explained inline at once and the action disabled;
    any refusal of the facade is shown in `errorLabel` and the dialog stays open.
    Accepted once recorded; `request_id` is then the new request's id.
    """

    def __init__(self, desk: Desk, data: RecordRequestForm, parent: QWidget | None = None,
                 subscription_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordRequestDialog")
        self.desk = desk
        self.client = data.client
        self.request_id: int | None = None
        self.undo: Undo | None = None  # offered in the status bar once recorded
        self.immediate = data.immediate
        self.form = data
        self.contacts: list[ContactView] = sorted(
            self.client.contacts, key=lambda c: (c.role != "primary_admin", c.name.casefold(), c.id))
        self.subscriptions: list[SubscriptionView] = [
            s for s in data.subscriptions if s.status == "active" or s.id == subscription_id]

        self.setWindowTitle(self.tr("Record cancellation request — {client}").format(client=self.client.name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(value_label("clientLabel", self, self.tr(
            "What {client} ({account}) asked, as they sent it.").format(
            client=self.client.name, account=self.client.account_number)))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contact_combo = self._combo("requestContact", self.tr("Requested by"))
        for contact in self.contacts:
            self.contact_combo.addItem(self._contact_text(contact), contact.id)
        self._add_row(form, self.tr("&From:"), self.contact_combo)

        self.subject_combo = self._combo("requestSubject", self.tr("What to cancel"))
        for sub in self.subscriptions:
            self.subject_combo.addItem(self._subscription_text(sub), sub.id)
        self.subject_combo.addItem(self.tr("The whole account (close it)"), WHOLE_ACCOUNT)
        self._add_row(form, self.tr("&Asks to cancel:"), self.subject_combo)
        self.whole_account_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "wholeAccountNotice", self)
        self.whole_account_box.hide()
        form.addRow(self.whole_account_box)

        self.channel_combo = self._combo("requestChannel", self.tr("How the request arrived"))
        for code in CHANNELS:
            self.channel_combo.addItem(channel_label(code), code)
        self._add_row(form, self.tr("Received &by:"), self.channel_combo)

        self.received_edit = QDateEdit(self)
        self.received_edit.setObjectName("requestReceived")
        self.received_edit.setAccessibleName(self.tr("Day the request was received"))
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setMaximumDate(qdate(data.today))
        self.received_edit.setDate(qdate(data.today))
        self.received_edit.setToolTip(self.tr("The day the client sent the request; never later than today."))
        self._add_row(form, self.tr("Received &on:"), self.received_edit)

        self.message_edit = QPlainTextEdit(self)
        self.message_edit.setObjectName("requestMessage")
        self.message_edit.setAccessibleName(self.tr("The client's message"))
        self.message_edit.setPlaceholderText(self.tr("What the client wrote or said (optional)"))
        self.message_edit.setTabChangesFocus(True)
        self.message_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message_edit.setFixedHeight(self.message_edit.fontMetrics().lineSpacing() * _MESSAGE_LINES + 12)
        self._add_row(form, self.tr("&Message:"), self.message_edit)
        layout.addLayout(form)

        self.policy_label = value_label("policyNote", self)
        layout.addWidget(self.policy_label)
        layout.addStretch(1)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("Record request"),
                                                                   destructive=self.immediate)
        self.button_box.accepted.connect(self.confirm)
        layout.addWidget(self.button_box)

        if subscription_id is not None and (at := self.subject_combo.findData(subscription_id)) >= 0:
            self.subject_combo.setCurrentIndex(at)
        self.contact_combo.currentIndexChanged.connect(self.update_state)
        self.subject_combo.currentIndexChanged.connect(self.update_state)
        self.received_edit.dateChanged.connect(lambda _d: self.clear_error())
        self.update_state()

    # --- building ------------------------------------------------------------------
    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    def _contact_text(self, contact: ContactView) -> str:
        if contact.role == "primary_admin":
            return self.tr("{name} (account owner)").format(name=contact.name)
        return self.tr("{name} ({role})").format(name=contact.name, role=role_label(contact.role).lower())

    def _subscription_text(self, sub: SubscriptionView) -> str:
        if sub.status != "active":
            return self.tr("{plan} for {participant} ({status})").format(
                plan=sub.plan, participant=sub.participant, status=status_label(sub.status).lower())
        if sub.next_billing_date is None:
            return self.tr("{plan} for {participant}").format(plan=sub.plan, participant=sub.participant)
        return self.tr("{plan} for {participant}, next billing {date}").format(
            plan=sub.plan, participant=sub.participant, date=long_date(self.locale(), sub.next_billing_date))

    # --- behaviour -------------------------------------------------------------------------
    def contact(self) -> ContactView | None:
        at = self.contact_combo.currentIndex()
        return self.contacts[at] if 0 <= at < len(self.contacts) else None

    def subscription_id(self) -> int | None:
        """The chosen subscription's id; None for the whole account."""
        data = self.subject_combo.currentData()
        return None if data is None or data == WHOLE_ACCOUNT else int(data)

    def _version_shown(self) -> int:
        """The version of what the request is about as the dialog showed it: the chosen
        subscription, or the client for the whole account."""
        sub_id = self.subscription_id()
        return next((s.version for s in self.subscriptions if s.id == sub_id), self.client.version)

    def whole_account_problem(self) -> str | None:
        """Why the chosen contact cannot ask for the whole account (None when they can): the
        facade's own refusal, read with the form; the dialog repeats no rule."""
        contact = self.contact()
        if self.subscription_id() is not None or contact is None:
            return None
        refusal = self.form.whole_account.get(contact.id)
        return describe(refusal, self.locale()) if refusal is not None else None

    def update_state(self) -> None:
        self.clear_error()
        problem = self.whole_account_problem()
        self.whole_account_box.set_text(problem or "")
        self.whole_account_box.setVisible(bool(problem))
        if self.contact() is None:
            problem = self.tr("{client} has no contact: add the person who asked as a contact first.").format(
                client=self.client.name)
        if problem:
            self.disable_with_reason(self.action_button, problem)
        else:
            self.action_button.setEnabled(True)
            self.action_button.setToolTip("")
        self.policy_label.setText(self._policy_text())
        if self.isVisible():
            self.fit_height(grow_only=True)

    def _policy_text(self) -> str:
        whole = self.subscription_id() is None
        if not self.immediate:
            return self.tr("The request waits in the Requests queue until a manager decides it; the organisation "
                           "and the client's account owner are emailed an acknowledgement.")
        if whole:
            return self.tr("The cancellation policy is immediate: recording this request closes the account now, "
                           "each subscription ending with the period its latest invoice paid for.")
        return self.tr("The cancellation policy is immediate: recording this request cancels the subscription now, "
                       "at the end of the period its latest invoice paid for.")

    def confirm(self) -> None:
        contact = self.contact()
        problem = self.whole_account_problem()
        if contact is None or problem:
            if problem:
                self.show_error(problem)
            return
        received = self.received_edit.date()
        try:
            self.request_id = self.desk.record_request(
                contact.id, subscription_id=self.subscription_id(),
                channel=self.channel_combo.currentData(), received=received.toPython(),
                message=self.message_edit.toPlainText().strip(), expected_version=self._version_shown())
        except DeskError as exc:
            self.refused(exc)
            if exc.code == "request_duplicate":
                self._offer_existing(int(exc.params["request"]))
            return
        self.feedback = self.tr("Cancellation request of {client} recorded.").format(client=self.client.name)
        if not self.immediate:  # it waits in the queue: a small step, taken back by withdrawing it (§13)
            desk, request_id = self.desk, self.request_id
            self.undo = Undo(lambda: desk.withdraw_request(request_id),
                             self.tr("Cancellation request of {client} withdrawn.").format(client=self.client.name))
        self.accept()

    def _offer_existing(self, request_id: int) -> None:
        """A button under the refusal that opens the request already there."""
        button = self.findChild(QPushButton, "openExistingRequest")
        if button is None:
            button = QPushButton(self.tr("&Open the existing request"), self)
            button.setObjectName("openExistingRequest")
            self.error_box.text_column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.clicked.connect(self._open_existing)
        self._existing_request = request_id
        button.show()

    def _open_existing(self) -> None:
        self.reject()
        self.open_existing.emit(self._existing_request)
