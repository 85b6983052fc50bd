"""Steps the window tests share: choosing a client in the table, a row in one of the detail
pane's small tables, and waiting for the pane to show a change."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel


def select_client(qtbot, window, client_id: int) -> None:
    """Selects the client in the Clients table and waits for its details (at once if shown)."""
    detail = window.detail.detail
    if detail is not None and detail.client.id == client_id:
        return
    # That client's details: a load for the one shown before may still land first.
    with qtbot.waitSignal(window.detail_loaded, timeout=5000, check_params_cb=lambda shown: shown == client_id):
        window.clients.select_row(window.clients.model.find_row(client_id))


def select_row(view, record_id: int) -> None:
    """Makes the row of `record_id` current in one of the detail pane's tables."""
    row = view.model().find_row(record_id)
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)


def reloaded(qtbot, window) -> None:
    """Waits for the detail pane to show the client again (after a change)."""
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        pass
