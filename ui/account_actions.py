"""The window's account and file actions (DESIGN.md §8–§10, §14), from the same table as
the subscription actions (`ui/window_actions.py`): each is enabled by its entry of the
client's `actions` map, acts on the client the current page has selected, and opens its
dialog or wizard here, so the main window stays a shell.

Thread rule: GUI thread only; the dialogs read and write through the facade.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle

from ui.i18n import _t
from ui.pages import Page
from ui.window_actions import ActionSpec, Needs

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _client_id(window: MainWindow) -> int | None:
    selection = window.selection()
    return selection.client_id if selection is not None else None


def _today(window: MainWindow) -> date:
    return window.desk.today if window.desk is not None else date.today()


def export_view(window: MainWindow) -> None:
    from ui.export_view import ask_and_export_view

    page = window.current_table()
    if page is None:
        window.dialogs.information(window, _t("MainWindow", "Export"),
                                   _t("MainWindow", "Only the Clients and Subscriptions tables can be exported "
                                                    "as a view; choose one of them first."))
        return
    staff = window.desk is not None and window.desk.me().role == "staff"
    ask_and_export_view(window, page, window.url, runner=window.runner, dialogs=window.dialogs,
                        title=window.current_page().title(), today=_today(window), leave_out_expired=staff)


def export_everything(window: MainWindow) -> None:
    from ui.export_view import ask_and_export_workbook

    if window.desk is not None:
        ask_and_export_workbook(window, window.desk, runner=window.runner, dialogs=window.dialogs,
                                today=_today(window))


def export_client(window: MainWindow) -> None:
    from ui.export_view import ask_and_export_workbook

    detail = window.detail.detail
    if window.desk is not None and detail is not None and window.action("actionExportClient").isEnabled():
        ask_and_export_workbook(window, window.desk, runner=window.runner, dialogs=window.dialogs,
                                today=_today(window), client_id=detail.client.id, client_name=detail.client.name)


def import_file(window: MainWindow) -> None:
    """File > Import: the template (or a full export) with its preview, or a file from another
    program with the column-mapping step (DESIGN.md §14); managers and administrators."""
    from ui.dialogs.import_choice import FILE_FILTER, import_dialog

    if window.desk is None or not window.action("actionImport").isEnabled():
        return
    path = window.dialogs.open_file_name(window, _t("MainWindow", "Import"), FILE_FILTER)
    if path and import_dialog(window.desk, path, window).exec():
        window.changed_by_action()


def deactivate(window: MainWindow) -> None:
    from ui.dialogs.deactivate_confirm import run_deactivation

    client_id = _client_id(window)
    if window.desk is not None and client_id is not None and window.action("actionDeactivate").isEnabled():
        if run_deactivation(window.desk, client_id, window, dialogs=window.dialogs) is not None:
            window.changed_by_action()


def install_pages(window: MainWindow) -> None:
    """The pages that need the open facade and belong to the account actions."""
    from ui.pending_deactivations_page import PendingDeactivationsPage

    page = PendingDeactivationsPage(window.desk, window, dialog_service=window.dialogs)
    page.finished.connect(window.changed_by_action)
    window.install_page(Page.DELETIONS, page)


def account_action_specs() -> list[ActionSpec]:
    sp = QStyle.StandardPixmap
    return [
        ActionSpec("actionExportView", _t("MainWindow", "&Export this view…"), export_view,
                   _t("MainWindow", "Export the rows of this table as shown: its filter, sort and visible columns"),
                   icon=sp.SP_DialogSaveButton, needs=Needs.DESK, menu="file", separator_before=True),
        ActionSpec("actionExportEverything", _t("MainWindow", "Export &everything…"), export_everything,
                   _t("MainWindow", "Every kind of record of every client, one sheet each"), needs=Needs.DESK,
                   menu="file"),
        ActionSpec("actionImport", _t("MainWindow", "&Import…"), import_file,
                   _t("MainWindow", "Clients, contacts, subscriptions, cards and requests from a workbook or CSV"),
                   icon=sp.SP_DialogOpenButton, needs=Needs.DESK, permission="import", menu="file"),
        ActionSpec("actionExportClient", _t("MainWindow", "E&xport this client…"), export_client,
                   _t("MainWindow", "Every record of the selected client, one sheet each"), needs=Needs.CLIENT,
                   allowed_by="export", menu="account", context=True),
        ActionSpec("actionDeactivate", _t("MainWindow", "&Deactivate account…"), deactivate,
                   _t("MainWindow", "Delete the account's data for good after 14 days (a manager)"),
                   icon=sp.SP_MessageBoxWarning, needs=Needs.CLIENT, allowed_by="deactivate", menu="account",
                   separator_before=True),
    ]
