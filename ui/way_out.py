"""The place in the window that resolves a refusal (issue 10 item 2: "a refusal's sentence
links to the place that resolves it").

`WAY_OUTS` is the one table: a refusal code -> the detail pane's tab that resolves it,
the row to select there and the button that acts on it. A refusal shown in a dialog
(`NoticeBox.set_refusal`, ui/dialogs/base.py) gets a link under its sentence when its code
is in the table; the link rejects the dialog (nothing changes) and asks the window,
through the `DialogOpener` that opened it (`way_out` signal), to go there: `WayOutGuide`
brings the client into the detail pane (on the Clients page when the current page does
not show it), opens the tab, selects the row and focuses the button.

Thread rule: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QToolButton, QWidget

from app.errors import DeskError
from ui.i18n import _t
from ui.pages import Page

if TYPE_CHECKING:
    from app.views import ClientDetailView
    from ui.main_window import MainWindow

RowPicker = Callable[["ClientDetailView", dict[str, Any]], "int | None"]


def _first_paid_seat(detail: ClientDetailView, _params: dict[str, Any]) -> int | None:
    """A seat to free: a user's before the account owner's (the owner usually keeps theirs)."""
    seats = [k for k in detail.contacts if k.seat]
    return next((k.id for k in seats if k.role != "primary_admin"), seats[0].id if seats else None)


def _oldest_unpaid_invoice(detail: ClientDetailView, _params: dict[str, Any]) -> int | None:
    unpaid = [i for _plan, i in detail.invoices if i.status == "open"]
    return min(unpaid, key=lambda i: (i.issued, i.id)).id if unpaid else None


def _new_owner(detail: ClientDetailView, params: dict[str, Any]) -> int | None:
    """The contact the refusal names when it is not the owner, else the first who is not."""
    others = [k for k in detail.contacts if k.role != "primary_admin"]
    named = next((k.id for k in others if k.name == params.get("contact")), None)
    return named if named is not None else (others[0].id if others else None)


@dataclass(frozen=True)
class WayOut:
    table: str  # the detail pane's table whose tab resolves it: "contacts" | "billing"
    button: str  # the objectName of the button that resolves it (ui/record_actions.py)
    row: RowPicker  # the record to select in that table (None: leave the selection)
    link: Callable[[], str] = field(repr=False)  # the link's words, translated when shown


def _contacts_tab() -> str:
    return _t("WayOut", "Open the Contacts and seats tab")


def _billing_tab() -> str:
    return _t("WayOut", "Open the Billing tab")


WAY_OUTS: dict[str, WayOut] = {
    "too_many_seats": WayOut("contacts", "buttonToggleSeat", _first_paid_seat, _contacts_tab),
    "unpaid_invoices": WayOut("billing", "buttonRecordPayment", _oldest_unpaid_invoice, _billing_tab),
    "contact_is_owner": WayOut("contacts", "buttonMakeOwner", _new_owner, _contacts_tab),
    "contact_owner_by_transfer": WayOut("contacts", "buttonMakeOwner", _new_owner, _contacts_tab),
}


@dataclass(frozen=True)
class Destination:
    """Where a taken link goes: the refusal's way out, for that client."""

    client_id: int
    code: str
    params: dict[str, Any]

    @property
    def way(self) -> WayOut:
        return WAY_OUTS[self.code]


def way_out_of(refusal: BaseException | None) -> WayOut | None:
    return WAY_OUTS.get(refusal.code) if isinstance(refusal, DeskError) else None


def take(widget: QWidget, destination: Destination) -> None:
    """The link under a refusal was clicked: its dialog (or wizard) is left as by Cancel, and
    the opener that opened it hands `destination` to the window (`DialogOpener.way_out`)."""
    dialog: Any = widget.window()
    dialog.way_out_taken = destination
    dialog.reject()


class WayOutGuide:
    """Takes the window to a `Destination`: the client in the detail pane, the tab, the row,
    the focused button. The client's details may still be loading: it finishes on
    `detail_loaded`."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.pending: Destination | None = None
        window.detail_loaded.connect(self._loaded)

    def follow(self, opener: Any) -> None:
        opener.way_out.connect(self.go)

    def go(self, destination: Destination) -> None:
        window = self.window
        page = window.pages[window.current_page()]
        selection = page.selection() if page.has_selection else None
        if selection is None or selection.client_id != destination.client_id:
            window.show_page(Page.CLIENTS)
            row = window.clients.model.find_row(destination.client_id)
            if row >= 0:
                window.clients.select_row(row)
            else:  # not among the rows loaded (a filter, a long list): the pane shows it all the same
                window.show_client(destination.client_id)
        pane = window.detail
        view: QTableView = getattr(pane, destination.way.table)
        tab = view.parentWidget() if pane.indexOf(view.parentWidget()) >= 0 else view
        pane.setCurrentWidget(tab)
        self.pending = destination
        window.activateWindow()
        detail = pane.detail
        if detail is not None and detail.client.id == destination.client_id:
            self._arrive()

    def _loaded(self, client_id: int) -> None:
        if self.pending is not None and self.pending.client_id == client_id:
            self._arrive()

    def _arrive(self) -> None:
        destination, self.pending = self.pending, None
        if destination is None:
            return
        pane, way = self.window.detail, destination.way
        view: QTableView = getattr(pane, way.table)
        record = way.row(pane.detail, destination.params) if pane.detail is not None else None
        row = view.model().find_row(record) if record is not None else -1
        if row >= 0:
            view.selectionModel().setCurrentIndex(
                view.model().index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            view.scrollTo(view.model().index(row, 0))
        button = self.window.findChild(QToolButton, way.button)
        target: QWidget = button if button is not None and button.isEnabled() else view
        target.setFocus(Qt.FocusReason.OtherFocusReason)


# --- the window's disabled actions ------------------------------------------------------
# A disabled action's tooltip cannot hold a link, so the Account menu and the context menu
# carry one more action beside the disabled ones: it names the way out of the first of
# them whose refusal has one (the current subscription's first, in the window's table
# order), and its tooltip is that refusal's sentence.
def blocked_destination(window: MainWindow) -> tuple[Destination, DeskError] | None:
    detail = window.detail.detail
    if detail is None:
        return None
    sub = window.detail.current_subscription()
    for spec in window.action_specs:
        if spec.allowed_by is None or (sub is None and spec.allowed_by not in detail.actions):
            continue  # a per-subscription action with no subscription chosen
        refusal = detail.refusal(spec.allowed_by, sub.id if sub is not None else None)
        if refusal is not None and refusal.code in WAY_OUTS:
            return Destination(detail.client.id, refusal.code, dict(refusal.params)), refusal
    return None


WAY_OUT_ACTION = "actionWayOut"


def way_out_check(window: MainWindow, action: QAction) -> str | None:
    """Enabled when an action on the selected client is refused with a way out in the window."""
    from ui.refusals import describe

    found = blocked_destination(window)
    if found is None:
        action.setText(_t("WayOut", "Open &where a refusal is resolved"))
        return _t("WayOut", "Nothing refused on this client is resolved in another tab.")
    destination, refusal = found
    action.setText(destination.way.link())
    action.setProperty("defaultToolTip", describe(refusal))
    return None


def open_way_out(window: MainWindow) -> None:
    found = blocked_destination(window)
    guide = getattr(window, "way_out", None)
    if found is not None and guide is not None:
        guide.go(found[0])
