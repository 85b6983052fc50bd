"""The window's account and file actions (DESIGN.md §8–§10, §14), from the same table as
the subscription actions (`ui/window_actions.py`): each is enabled by its entry of the
client's `actions` map, acts on the client the current page has selected, and opens its
dialog or wizard here, so the main window stays a shell.

Thread rule: GUI thread only; the dialogs read and write through the facade.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QToolButton

from ui.changes import run_change, say
from ui.i18n import _t
from ui.pages import Page
from ui.way_out import WAY_OUT_ACTION, open_way_out, way_out_check
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
    """The checklist, then the irreversible-action dialog; each opens on a fresh read of the
    client's deactivation form in a worker (the counts shown are those of the moment)."""
    from ui.dialogs.deactivate_checklist import DeactivateChecklistDialog
    from ui.dialogs.deactivate_confirm import DeactivateConfirmDialog

    client_id, desk = _client_id(window), window.desk
    if desk is None or client_id is None or not window.action("actionDeactivate").isEnabled():
        return

    def confirm(checklist: Any) -> None:
        if checklist.result_value is not None:
            window.open_dialog(lambda: desk.deactivation_form(client_id),
                               lambda form: DeactivateConfirmDialog(desk, form, checklist.result_value, window))

    window.opener.open(lambda: desk.deactivation_form(client_id),
                       lambda form: DeactivateChecklistDialog(desk, form, window, dialogs=window.dialogs), confirm)


def _open_account_dialog(window: MainWindow, action: str, build: Callable[[Any, Any], Any],
                         read: Callable[[Any, int], Any] | None = None) -> None:
    """Opens an account dialog on the selected client, its form read in a worker (one read)."""
    client_id, desk = _client_id(window), window.desk
    if desk is None or client_id is None or not window.action(action).isEnabled():
        return
    reader = read or (lambda d, cid: d.account_form(cid))
    window.open_dialog(lambda: reader(desk, client_id), lambda form: build(desk, form))


def cancel_all(window: MainWindow) -> None:
    from ui.dialogs.cancel_all import CancelAllDialog

    _open_account_dialog(window, "actionCancelAll", lambda desk, form: CancelAllDialog(desk, form, window),
                         read=lambda desk, cid: desk.cancel_all_form(cid))


def pause(window: MainWindow) -> None:
    from ui.dialogs.pause_account import PauseAccountDialog

    _open_account_dialog(window, "actionPause",
                         lambda desk, form: PauseAccountDialog(desk, form, window, dialogs=window.dialogs))


def resume(window: MainWindow) -> None:
    from ui.dialogs.resume_account import ResumeAccountDialog

    _open_account_dialog(window, "actionResume", lambda desk, form: ResumeAccountDialog(desk, form, window))


def close_account(window: MainWindow) -> None:
    from ui.dialogs.close_account import CloseAccountWizard

    _open_account_dialog(window, "actionCloseAccount", lambda desk, form: CloseAccountWizard(desk, form, window))


def edit_details(window: MainWindow) -> None:
    """The client's email, phone, language and account manager (issue 10: the Overview's way out)."""
    from ui.dialogs.client_details import ClientDetailsDialog, read_form

    _open_account_dialog(window, "actionEditDetails",
                         lambda desk, form: ClientDetailsDialog(desk, form, window.runner, window), read=read_form)


def convert_trial(window: MainWindow) -> None:
    """A trial becomes a paying direct account: not a small step (billing starts), so a short
    confirmation says what changes first; then the status bar says it is done."""
    client_id, desk, detail = _client_id(window), window.desk, window.detail.detail
    if desk is None or client_id is None or detail is None or not window.action("actionConvertTrial").isEnabled():
        return
    name = detail.client.name
    question = _t("MainWindow", "Convert {client} from a trial to a paying direct account? Its running "
                                "subscriptions are billed from today, and the trial end date is dropped.")
    if window.dialogs.question(window, _t("MainWindow", "Convert trial"), question.format(client=name)):
        version = detail.version
        run_change(window, lambda: desk.convert_trial(client_id, expected_version=version),
                   said=_t("MainWindow", "{client} is now a paying direct account, billed from today.").format(
                       client=name))


class OverviewButtons:
    """The Overview tab's buttons, each showing a window action (its text, state and reason)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.detail.overview_bar
        self.buttons: dict[str, QToolButton] = {}
        for name in ("actionEditDetails", "actionConvertTrial"):
            button = QToolButton(window.detail)
            button.setDefaultAction(window.action(name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(name.replace("action", "button", 1))
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch(1)
        window.detail_loaded.connect(lambda _client_id: self.update())
        self.update()

    def update(self) -> None:
        # Converting is offered on a trial's overview only; the Account menu keeps the action,
        # disabled with its reason, for every other client.
        detail = self.window.detail.detail
        self.buttons["actionConvertTrial"].setVisible(detail is not None and detail.client.kind == "trial")


def back_up(window: MainWindow) -> None:
    """File > Back up: SQLite through its online backup API, PostgreSQL through pg_dump."""
    from ui.backup_actions import BackupActions

    BackupActions(window, window.dialogs, window.runner, window.url, close_database=lambda: None,
                  reopen_database=lambda: None).back_up()


def restore(window: MainWindow) -> None:
    """File > Restore: the window lets go of the database, the backup replaces it (the
    current one kept aside, purged clients deleted again), and the window closes once the
    outcome is shown, so that it is opened again on the restored database."""
    from ui.backup_actions import BackupActions

    closed: list[bool] = []

    def close_database() -> None:
        closed.append(True)
        window.shutdown()
        if window.desk is not None:
            window.desk.engine.dispose()

    actions = BackupActions(window, window.dialogs, window.runner, window.url, close_database=close_database,
                            reopen_database=lambda: None)
    actions.done.connect(lambda _text: window.close() if closed else None)
    actions.restore()


def open_log_folder(window: MainWindow) -> None:
    from ui.crash import open_log_folder as show_folder

    if not show_folder():
        window.dialogs.warning(window, _t("MainWindow", "Log folder"),
                               _t("MainWindow", "The log folder could not be opened."))


def after_change(window: MainWindow, dialog: Any) -> None:
    """After an accepted dialog: every list follows, and the status bar says what happened
    (the dialog's `feedback` sentence, when it has one) for a while, offering the dialog's
    `undo` when it made a small reversible change (issue 10 item 4; §13)."""
    window.changed_by_action()
    feedback = getattr(dialog, "feedback", None)
    if feedback:
        say(window, feedback, getattr(dialog, "undo", None))


def linked_to_existing(dialog: Any, window: MainWindow) -> Any:
    """A record dialog whose "open the existing request" goes to that request's review."""
    def review(request_id: int) -> None:
        window.show_page(Page.REQUESTS)
        window.page(Page.REQUESTS).review_request(request_id)

    dialog.open_existing.connect(review)
    return dialog


def install_pages(window: MainWindow) -> None:
    """What needs the open facade and belongs to the account actions (the pages that need
    it are built when first shown, `ui.desk_pages`); where a refusal's link leads
    (`ui.way_out`); the organisation's currency, which every amount is written with; the
    status bar's signed-in person."""
    from ui.connection_actions import show_signed_in
    from ui.currency import follow_settings
    from ui.record_actions import RecordActions
    from ui.way_out import WayOutGuide

    window.record_actions = RecordActions(window)
    window.way_out = WayOutGuide(window)
    follow_dialogs(window, window.opener)
    window.overview_buttons = OverviewButtons(window)
    follow_settings(window)
    show_signed_in(window)


def follow_dialogs(window: MainWindow, opener: Any) -> None:
    """What the dialogs of `opener` (the window's, the Requests page's) end in reaches the
    window: a Conflict says who changed the record, with Reload (`ui.conflicts`); a
    refusal's link leads to where it is resolved (`ui.way_out`, issue 10)."""
    from ui import conflicts

    conflicts.install(window, opener)
    window.way_out.follow(opener)


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
        ActionSpec("actionBackUp", _t("MainWindow", "&Back up…"), back_up,
                   _t("MainWindow", "Copy the whole database into a backup file"), needs=Needs.DESK, menu="file",
                   separator_before=True),
        ActionSpec("actionRestore", _t("MainWindow", "Res&tore…"), restore,
                   _t("MainWindow", "Replace the database with a backup; the current one is kept aside"),
                   needs=Needs.DESK, permission="restore", menu="file"),
        ActionSpec("actionOpenLogFolder", _t("MainWindow", "Open &log folder"), open_log_folder,
                   _t("MainWindow", "The log holds ids, never names or emails"), menu="help"),
        ActionSpec("actionExportClient", _t("MainWindow", "E&xport this client…"), export_client,
                   _t("MainWindow", "Every record of the selected client, one sheet each"), needs=Needs.CLIENT,
                   allowed_by="export", menu="account", context=True),
        ActionSpec("actionEditDetails", _t("MainWindow", "Edit de&tails…"), edit_details,
                   _t("MainWindow", "Change the client's email, phone, language or account manager"),
                   needs=Needs.CLIENT, menu="account", context=True),
        ActionSpec("actionConvertTrial", _t("MainWindow", "Con&vert trial…"), convert_trial,
                   _t("MainWindow", "Make the trial a paying direct account, billed from today"),
                   needs=Needs.CLIENT, allowed_by="convert_trial", menu="account", context=True),
        ActionSpec("actionCancelAll", _t("MainWindow", "Cancel all at &renewal…"), cancel_all,
                   _t("MainWindow", "Cancel every subscription of the client at its own next renewal"),
                   icon=sp.SP_DialogCancelButton, needs=Needs.CLIENT, allowed_by="cancel_all", menu="account",
                   tool_bar=True, context=True),
        ActionSpec("actionPause", _t("MainWindow", "&Pause account…"), pause,
                   _t("MainWindow", "Stop billing, keep the data, and lock the account after 5 days"),
                   icon=sp.SP_MediaPause, needs=Needs.CLIENT, allowed_by="pause", menu="account", context=True),
        ActionSpec("actionResume", _t("MainWindow", "Res&ume account…"), resume,
                   _t("MainWindow", "Restart a paused account with new card details"), icon=sp.SP_MediaPlay,
                   needs=Needs.CLIENT, allowed_by="resume", menu="account", context=True),
        ActionSpec("actionCloseAccount", _t("MainWindow", "C&lose account…"), close_account,
                   _t("MainWindow", "Close the account at the request of its owner: every subscription ends with "
                                    "its term"),
                   icon=sp.SP_DialogCloseButton, needs=Needs.CLIENT, allowed_by="close", menu="account",
                   context=True),
        ActionSpec("actionDeactivate", _t("MainWindow", "&Deactivate account…"), deactivate,
                   _t("MainWindow", "Delete the account's data for good after 14 days (a manager)"),
                   icon=sp.SP_MessageBoxWarning, needs=Needs.CLIENT, allowed_by="deactivate", menu="account",
                   separator_before=True),
        ActionSpec(WAY_OUT_ACTION, _t("WayOut", "Open &where a refusal is resolved"), open_way_out,
                   needs=Needs.CLIENT, check=way_out_check, menu="account", context=True, separator_before=True),
    ]
