"""The detail pane of the selected client: overview, purchases, billing, contacts and
seats, timeline.

The window reads `Desk.client_detail` in a worker (one transaction); the pane only
shows the immutable `ClientDetailView` it returns. Choosing a row in the purchases tab
makes it the window's current subscription (`subscription_changed`).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import format_date, format_datetime, format_money, format_month
from ui.labels import column_title, kind_label, language_label, period_label, role_label, status_label
from ui.row_table import RowTableView
from ui.table_models import RowsTableModel

if TYPE_CHECKING:  # app.views imports SQLAlchemy, which the first paint must not wait for
    from app.views import ClientDetailView, SubscriptionView

PARTICIPANT_WIDTH = 160  # a long name is elided; its tooltip has all of it


class Purchase(IntEnum):
    """The purchases tab's columns: enough to tell two purchases of one plan apart."""

    PLAN = 0
    PARTICIPANT = 1
    PRICE = 2
    PERIOD = 3
    STATUS = 4
    NEXT_BILLING = 5
    ACCESS_END = 6
    CANCELLATION_MONTH = 7


def small_table(name: str, accessible: str, parent: QWidget) -> QTableView:
    view = RowTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setAccessibleName(QCoreApplication.translate("DetailPane", "Column headers"))
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def fit_columns(view: QTableView, widest: int = 200) -> None:
    """Columns as wide as their contents (short lists: cheap to measure), none wider than
    `widest`, so the last one, which stretches, stays in view."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), widest))
    if header.stretchLastSection():  # measured to its contents too: the last one takes the rest again
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)


class DetailPane(QTabWidget):
    subscription_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Client details"))
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)  # every tab title stays readable: the pane is as wide as its tabs
        self.detail: ClientDetailView | None = None
        self._unsized: set[QTableView] = set()  # tables whose columns wait for their tab to be shown
        self.currentChanged.connect(lambda _index: self._fit_shown_tab())
        self._overview = self._build_overview()
        self.addTab(self._overview, self.tr("Overview"))

        # The words of the Subscriptions table's columns, so both tables say the same.
        self.purchases_model = RowsTableModel(
            [self.tr("Plan"), column_title("participant", "Participant"), column_title("price", "Price"),
             column_title("period", "Period"), self.tr("Status"), self.tr("Next billing"), self.tr("Access end"),
             self.tr("Cancellation month")], right_aligned=(Purchase.PRICE,), parent=self)
        self.purchases = small_table("purchasesTable", self.tr("Purchases"), self)
        self.purchases.setModel(self.purchases_model)
        self.purchases.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.purchases.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.purchases.selectionModel().selectionChanged.connect(self._purchase_selected)
        self.addTab(self.purchases, self.tr("Purchases"))

        self.billing_model = RowsTableModel(
            [self.tr("Issued"), self.tr("Period"), self.tr("Amount"), self.tr("Status"), self.tr("Plan")],
            right_aligned=(2,), parent=self)
        self.billing = small_table("billingTable", self.tr("Billing"), self)
        self.billing.setModel(self.billing_model)
        self.addTab(self.billing, self.tr("Billing"))

        self.contacts_model = RowsTableModel(
            [self.tr("Name"), self.tr("Role"), self.tr("Paid seat"), self.tr("Email"), self.tr("Phone")],
            parent=self)
        self.contacts = small_table("contactsTable", self.tr("Contacts and seats"), self)
        self.contacts.setModel(self.contacts_model)
        self.addTab(self.contacts, self.tr("Contacts and seats"))

        self.timeline_model = RowsTableModel([self.tr("When"), self.tr("Who"), self.tr("What")], parent=self)
        self.timeline = small_table("timelineTable", self.tr("Timeline"), self)
        self.timeline.setModel(self.timeline_model)
        self.addTab(self.timeline, self.tr("Timeline"))
        self.show_message(self.tr("Select a client to see its details."))

    def _build_overview(self) -> QScrollArea:
        area = QScrollArea(self)
        area.setObjectName("overviewTab")
        area.setWidgetResizable(True)
        body = QWidget(area)
        layout = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        # The overview's buttons (edit the details, convert a trial): ui/account_actions.py fills it.
        self.overview_bar = QHBoxLayout()
        layout.addLayout(self.overview_bar)
        self.form_box = QWidget(body)  # hidden while there is only a message to show
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("account_number", self.tr("Account")), ("status", self.tr("Status")), ("kind", self.tr("Kind")),
            ("email", self.tr("Email")), ("phone", self.tr("Phone")), ("language", self.tr("Language")),
            ("account_manager", self.tr("Account manager")), ("created", self.tr("Client since")),
            ("owner", self.tr("Account owner")), ("seats", self.tr("Active paid seats")),
            ("card", self.tr("Saved card")), ("running", self.tr("Running subscriptions")),
            ("unpaid", self.tr("Unpaid invoices")),
        ):
            value = QLabel(self.form_box)
            value.setObjectName(f"overview_{key}")
            # No word wrap: wrapped labels in a form inside a scroll area get wrong heights;
            # a value with two parts says so with a line break.
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(label, value)
        layout.addWidget(self.form_box)
        layout.addStretch(1)
        area.setWidget(body)
        return area

    # --- states ---------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """No client shown: "Loading…", "Select a client…", or an error sentence."""
        self.detail = None
        self.title.setText(text)
        self.form_box.hide()
        for value in self.fields.values():
            value.clear()
        for model in (self.purchases_model, self.billing_model, self.contacts_model, self.timeline_model):
            model.set_rows([], [])
        self.subscription_changed.emit()

    def show_detail(self, detail: ClientDetailView, *, subscription_id: int | None = None) -> None:
        """Fills every tab; keeps (or picks) the current subscription."""
        previous = self.current_subscription()
        same_client = self.detail is not None and self.detail.client.id == detail.client.id
        self.detail = detail
        locale = QLocale()
        self._fill_overview(detail, locale)
        self._fill_purchases(detail, locale)
        self._fill_billing(detail, locale)
        self._fill_contacts(detail)
        self.timeline_model.set_rows(
            [(format_datetime(e.at, locale), e.actor, e.summary) for e in detail.timeline],
            [e.id for e in detail.timeline])
        # Columns are measured when their tab is shown: measuring the hidden tabs' rows
        # took 3-5 ms of every client shown, the first one included (issue 13).
        self._unsized = {self.purchases, self.billing, self.contacts, self.timeline}
        self._fit_shown_tab()
        wanted = subscription_id or (previous.id if previous is not None and same_client else None)
        self.select_subscription(wanted)

    def _fit_shown_tab(self) -> None:
        """Fits the columns of the table on the tab now shown, once per client shown."""
        tab = self.currentWidget()
        for view in [v for v in self._unsized if tab is not None and (v is tab or tab.isAncestorOf(v))]:
            self._unsized.discard(view)
            fit_columns(view)
            if view is self.purchases:
                header = view.horizontalHeader()
                header.resizeSection(Purchase.PARTICIPANT, min(header.sectionSize(Purchase.PARTICIPANT),
                                                               PARTICIPANT_WIDTH))

    def _fill_overview(self, detail: ClientDetailView, locale: QLocale) -> None:
        c = detail.client
        self.title.setText(c.name)
        self.form_box.show()
        kind = kind_label(c.kind)
        if c.kind == "trial" and c.trial_end:
            kind = self.tr("{kind}, ends {date}").format(kind=kind, date=format_date(c.trial_end, locale))
        elif c.kind == "resold" and c.reseller:
            kind = self.tr("{kind} by {reseller}").format(kind=kind, reseller=c.reseller)
        owner = c.primary_admin
        running = len(detail.running)  # by the status the purchases tab shows
        unpaid = [i for _s, i in detail.invoices if i.status == "open"]
        values = {
            "account_number": c.account_number, "status": status_label(c.status), "kind": kind,
            "email": c.email or "", "phone": c.phone or "", "language": language_label(c.language),
            "account_manager": c.account_manager_name or c.account_manager or self.tr("None"),
            "created": format_date(c.created, locale),
            # Name and address on two lines: an address has no space to wrap at.
            "owner": ("\n".join(filter(None, (owner.name, owner.email))) if owner
                      else self.tr("None: the client's own email is used")),
            "seats": locale.toString(c.active_seats),
            "card": detail.cards[0].masked if detail.cards else self.tr("None"),
            "running": locale.toString(running),
            "unpaid": (self.tr("{count}, {amount} in total").format(
                count=locale.toString(len(unpaid)),
                amount=format_money(sum(i.amount - i.paid for i in unpaid), locale)) if unpaid else self.tr("None")),
        }
        for key, text in values.items():
            self.fields[key].setText(text)

    def _fill_purchases(self, detail: ClientDetailView, locale: QLocale) -> None:
        subs = detail.subscriptions
        rows = [(s.plan, s.participant, format_money(s.price, locale), period_label(s.period),
                 status_label(detail.status_of(s)), format_date(s.next_billing_date, locale),
                 format_date(s.access_end, locale), format_month(s.cancellation_month, locale)) for s in subs]
        # The whole purchase in one tooltip, the participant's full name with it (its column elides).
        tips = [self.tr("{plan} for {participant}: {period}, {price}, bought {start}, {seats} seat(s)").format(
            plan=s.plan, participant=s.participant, period=period_label(s.period).lower(),
            price=format_money(s.price, locale), start=format_date(s.purchased, locale),
            seats=locale.toString(s.seats)) for s in subs]
        self.purchases_model.set_rows(rows, [s.id for s in subs], tips)

    def _fill_billing(self, detail: ClientDetailView, locale: QLocale) -> None:
        pairs = detail.invoices
        rows = [(
            format_date(i.issued, locale),
            self.tr("{start} – {end}").format(start=format_date(i.start, locale), end=format_date(i.end, locale)),
            format_money(i.amount, locale), status_label(i.status), plan,
        ) for plan, i in pairs]
        self.billing_model.set_rows(rows, [i.id for _plan, i in pairs])

    def _fill_contacts(self, detail: ClientDetailView) -> None:
        contacts = detail.contacts
        rows = [(k.name, role_label(k.role), self.tr("Yes") if k.seat else self.tr("No"), k.email or "",
                 k.phone or "") for k in contacts]
        self.contacts_model.set_rows(rows, [k.id for k in contacts])

    # --- current subscription -----------------------------------------------------------
    def select_subscription(self, sub_id: int | None) -> None:
        """Makes `sub_id` current; None picks the first running one (else the first)."""
        detail = self.detail
        if detail is None or not detail.subscriptions:
            self.subscription_changed.emit()
            return
        row = self.purchases_model.find_row(sub_id) if sub_id is not None else -1
        if row < 0:
            running_ids = {s.id for s in detail.running}
            running = [n for n, s in enumerate(detail.subscriptions) if s.id in running_ids]
            row = running[0] if running else 0
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.purchases.selectionModel().setCurrentIndex(self.purchases_model.index(row, 0), flags)
        self.subscription_changed.emit()

    def current_subscription(self) -> SubscriptionView | None:
        if self.detail is None:
            return None
        rows = self.purchases.selectionModel().selectedRows()
        if not rows:
            return None
        sub_id = self.purchases_model.row_id(rows[0].row())
        return next((s for s in self.detail.subscriptions if s.id == sub_id), None)

    def _purchase_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.subscription_changed.emit()
