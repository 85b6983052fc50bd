"""The main window (DESIGN.md §13): side bar, the clients and subscriptions tables with
search-as-you-type and a status filter, the client's detail pane, actions.

Threads: the tables read pages through the GUI thread's `Listing` (bounded LIMIT
queries); a new search, filter, sort or refresh runs on the `QueryService` thread; every
facade call (detail, lifecycle, side pages) runs through the `TaskRunner`. Until the
`Desk` is handed in with `set_desk` (start-up fast path), the tables work and the
detail pane says "Loading…".
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QStyle, QWidget

from app.listing import Listing
from ui.detail_pane import ClientDetail, load_client_detail
from ui.dialog_service import DialogService
from ui.formatting import format_count
from ui.refusals import describe, reason
from ui.settings_store import LayoutStore, default_settings
from ui.side_pages import ListPage
from ui.table_models import CLIENTS, SUBSCRIPTIONS
from ui.table_page import TablePage
from ui.window_layout import WindowLayout
from ui.workers import QueryRequest, QueryResult, QueryService, TaskRunner

SEARCH_DEBOUNCE_MS = 25
# The detail pane follows the selection after a short pause, so holding an arrow key or
# typing a search does not read every client passed over.
DETAIL_DEBOUNCE_MS = 40
LIFECYCLE_EVERY_MS = 60 * 60 * 1000
# The outbox sender runs this often in a worker; it skips emails whose back-off has not passed.
SEND_EVERY_MS = 60 * 1000


def _with_f5(standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's keys for `standard`, and F5 everywhere (macOS has Cmd+R only)."""
    keys = QKeySequence.keyBindings(standard)
    f5 = QKeySequence(Qt.Key.Key_F5)
    return keys if f5 in keys else [f5, *keys]


class MainWindow(QMainWindow):
    desk_ready = Signal()
    table_loaded = Signal(str)  # "clients" | "subscriptions": a query result is shown
    detail_loaded = Signal(int)  # client id shown in the detail pane
    lifecycle_done = Signal(object)  # counts per kind of action, or the exception

    def __init__(self, listing: Listing, url: str, *, desk: Any = None, settings: QSettings | None = None,
                 dialogs: DialogService | None = None, user: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Account Desk"))
        self.listing = listing
        self.desk: Any = None
        self.dialogs = dialogs or DialogService()
        self.store = LayoutStore(settings if settings is not None else default_settings(), user)
        self.runner = TaskRunner(self)
        self.queries = QueryService(url, self)
        self.queries.result.connect(self._on_query_result)
        self.queries.error.connect(self._on_query_error)
        self._detail_generation = 0
        self._detail_target: tuple[int, int | None] | None = None
        self._lifecycle_running = False
        self._shut = False

        self._build_actions()
        self.ui = WindowLayout(self)
        self.clients = TablePage(CLIENTS, listing, self.queries, self.ui.stack)
        self.subscriptions = TablePage(SUBSCRIPTIONS, listing, self.queries, self.ui.stack)
        self.ui.add_tables(self.clients, self.subscriptions)
        self.ui.build_menus_and_tool_bar(self.actions_by_name)
        self.detail = self.ui.detail
        self._connect()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DEBOUNCE_MS)
        self._detail_timer.timeout.connect(self._start_detail_load)
        self._lifecycle_timer = QTimer(self, interval=LIFECYCLE_EVERY_MS)
        self._lifecycle_timer.timeout.connect(self.run_lifecycle)
        self._sending = False
        self._send_timer = QTimer(self, interval=SEND_EVERY_MS)
        self._send_timer.timeout.connect(self.send_outbox)

        self.resize(1280, 800)
        self.ui.restore(self.store)
        self._page_changed(0)
        self._update_actions()
        if desk is not None:
            self.set_desk(desk)

    # --- construction -------------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()

        def make(name: str, text: str, slot: Any, shortcuts: list[Any] | None = None,
                 icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcuts:
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            action.setToolTip(tip or text.replace("…", ""))
            action.setStatusTip(action.toolTip())
            action.setProperty("defaultToolTip", action.toolTip())
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        sp = QStyle.StandardPixmap
        actions = [
            make("actionRefresh", self.tr("&Refresh"), self.refresh, _with_f5(QKeySequence.StandardKey.Refresh),
                 sp.SP_BrowserReload,
                 self.tr("Read the database again; filter, sort and selection stay")),
            make("actionRunLifecycle", self.tr("Bring up to &today"), self.run_lifecycle, None, None,
                 self.tr("Issue due invoices and handle every deadline up to today")),
            make("actionSettings", self.tr("&Settings…"), self.open_settings,
                 [QKeySequence.StandardKey.Preferences], None,
                 self.tr("Organisation, policies and email settings")),
            make("actionQuit", self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit]),
            make("actionFind", self.tr("&Find"), self.focus_search, [QKeySequence.StandardKey.Find], None,
                 self.tr("Search by name, account number, email or phone")),
            make("actionPreviousRecord", self.tr("&Previous record"), partial(self.move_record, -1),
                 [QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_Up)], sp.SP_ArrowUp),
            make("actionNextRecord", self.tr("&Next record"), partial(self.move_record, 1),
                 [QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_Down)], sp.SP_ArrowDown),
            make("actionOpenRecord", self.tr("&Open details"), self.open_detail, None, None,
                 self.tr("Move to the selected client's details")),
            make("actionChooseColumns", self.tr("&Columns…"), self.choose_columns, None, None,
                 self.tr("Choose the columns of the table")),
            make("actionCancelSubscription", self.tr("&Cancel subscription…"), self.cancel_subscription, None,
                 sp.SP_DialogCancelButton, self.tr("Cancel the selected subscription after a chosen month")),
            make("actionVoidInvoice", self.tr("&Void latest invoice…"), self.void_invoice, None,
                 sp.SP_TrashIcon, self.tr("Void the subscription's latest invoice: it was bought by mistake")),
            make("actionRecordRequest", self.tr("Record cancellation &request…"), self.record_request, None,
                 sp.SP_FileDialogNewFolder, self.tr("Record a cancellation request received from the client")),
        ]
        self.actions_by_name = {a.objectName(): a for a in actions}

    def _connect(self) -> None:
        ui = self.ui
        ui.side_bar.currentRowChanged.connect(self._page_changed)
        ui.search.textChanged.connect(lambda _text: self._search_timer.start())
        ui.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.clear_search.triggered.connect(ui.search.clear)
        for page in (self.clients, self.subscriptions):
            page.view.selectionModel().currentRowChanged.connect(partial(self._current_changed, page))
            page.view.open_requested.connect(self.open_detail)
        self.detail.subscription_changed.connect(self._update_actions)

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    # --- start-up -------------------------------------------------------------------------
    def load_first_page(self) -> None:
        """Fills the clients table on this thread (the first paint needs it)."""
        self.clients.load_now()
        self._set_badge(self.listing.count_requests("pending"))
        self._update_count_label()
        self.table_loaded.emit(self.clients.source.key)

    def set_desk(self, desk: Any) -> None:
        """The facade is open: details, actions and side pages start working."""
        self.desk = desk
        self._install_desk_pages(desk)
        if self._detail_target is not None:
            self._detail_timer.start()
        self._update_actions()
        self._load_side_page()
        self.desk_ready.emit()

    def _install_desk_pages(self, desk: Any) -> None:
        from ui.outbox_page import OutboxPage
        from ui.requests_page import RequestsPage

        self.requests_page = RequestsPage(desk, self)
        self.requests_page.client_for_recording = lambda: self._detail_target[0] if self._detail_target else None
        self.requests_page.changed.connect(self._requests_changed)
        self.install_page("requests", self.requests_page)
        self.outbox_page = OutboxPage(desk, self, dialog_service=self.dialogs)
        self.install_page("outbox", self.outbox_page)

    def _requests_changed(self) -> None:
        # A decision may have cancelled subscriptions or closed an account: lists follow.
        self._set_badge(self.listing.count_requests("pending"))
        self.refresh()

    def start_lifecycle_timer(self) -> None:
        self._lifecycle_timer.start()
        self._send_timer.start()

    def send_outbox(self) -> None:
        """Delivers due emails over SMTP in a worker (nothing happens without SMTP settings)."""
        if self.desk is None or self._sending:
            return
        self._sending = True
        self.runner.run(self.desk.deliver_outbox, on_result=self._outbox_sent, on_error=self._outbox_sent)

    def _outbox_sent(self, outcome: Any) -> None:
        self._sending = False
        if self._shut:
            return
        if isinstance(outcome, BaseException):
            self.ui.show_activity(self.tr("Emails could not be sent: {error}").format(error=outcome), 10000)
        elif outcome.get("sent") and getattr(self, "outbox_page", None) is self.ui.stack.currentWidget():
            self.outbox_page.refresh()

    # --- pages, search and filter ---------------------------------------------------------------
    def current_table(self) -> TablePage | None:
        return {0: self.clients, 1: self.subscriptions}.get(self.ui.stack.currentIndex())

    def _page_changed(self, index: int) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.apply_filter()
        self.ui.stack.setCurrentIndex(max(0, index))
        shown = self.ui.stack.currentWidget()
        if shown is not None and shown in self.ui.extra_pages.values() and hasattr(shown, "refresh"):
            shown.refresh()
        page = self.current_table()
        self.ui.show_filters_for(page)
        if page is self.subscriptions and page.model.rowCount() == 0 and not page.busy():
            page.request(page.requested, with_total=True)
        elif page is not None and page.current_row() >= 0:  # the detail pane follows this table's record
            self._current_changed(page, page.view.selectionModel().currentIndex(), QModelIndex())
        self._load_side_page()
        self._update_count_label()

    def apply_filter(self) -> None:
        """Search text and status filter to the current table (in the query thread)."""
        page = self.current_table()
        if page is None:
            return
        query = replace(page.requested, search=self.ui.search.text(), status=self.ui.status_filter.currentData())
        if query != page.requested:
            page.request(query, keep=True, keep_scroll=False)

    def focus_search(self) -> None:
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()

    def _on_query_result(self, result: QueryResult) -> None:
        for page in (self.clients, self.subscriptions):
            if page.apply_result(result):
                if result.pending_requests is not None:
                    self._set_badge(result.pending_requests)
                if page is self.current_table():
                    self._update_count_label()
                self.table_loaded.emit(page.source.key)

    def _on_query_error(self, request: QueryRequest, exc: BaseException) -> None:
        for page in (self.clients, self.subscriptions):
            if page.source.key == request.key:
                page.request_failed(request.generation)
        self.ui.show_activity(self.tr("The list could not be read: {error}").format(error=exc))

    def _update_count_label(self) -> None:
        page = self.current_table()
        if page is None:
            self.ui.count_label.clear()
            return
        shown = format_count(page.model.rowCount())
        total = format_count(page.total if page.total is not None else page.model.rowCount())
        text = (self.tr("{shown} of {total} clients") if page is self.clients
                else self.tr("{shown} of {total} subscriptions"))
        self.ui.count_label.setText(text.format(shown=shown, total=total))

    def _set_badge(self, pending: int) -> None:
        item: QListWidgetItem = self.ui.side_bar.item(2)
        item.setText(self.tr("Requests ({count})").format(count=format_count(pending)) if pending
                     else self.tr("Requests"))

    # --- records and the detail pane ---------------------------------------------------------
    def _current_changed(self, page: TablePage, current: QModelIndex, _previous: QModelIndex) -> None:
        client_id = page.client_id_at(current)
        if client_id is None or page is not self.current_table():
            return
        self.show_client(client_id, page.current_id() if page is self.subscriptions else None)

    def show_client(self, client_id: int, subscription_id: int | None = None) -> None:
        self._detail_target = (client_id, subscription_id)
        if self.desk is None:
            self.detail.show_message(self.tr("Loading…"))
            return
        self._detail_timer.start()

    def _start_detail_load(self) -> None:
        if self._detail_target is None or self.desk is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation
        client_id, sub_id = self._detail_target
        desk = self.desk

        def load() -> ClientDetail | None:
            if generation != self._detail_generation:
                return None  # the selection moved on while this waited
            return load_client_detail(desk, client_id)

        self.runner.run(load, on_result=partial(self._detail_done, generation, sub_id),
                        on_error=partial(self._detail_failed, generation))

    def _detail_done(self, generation: int, sub_id: int | None, detail: ClientDetail | None) -> None:
        if detail is None or generation != self._detail_generation or self._shut:
            return
        self.detail.show_detail(detail, subscription_id=sub_id)
        self._update_actions()
        self.detail_loaded.emit(detail.client.id)

    def _detail_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._detail_generation and not self._shut:
            self.detail.show_message(describe(exc))

    def open_detail(self) -> None:
        """Enter on a record: the keyboard moves into the detail pane."""
        widget = self.detail.currentWidget()
        (widget or self.detail).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def move_record(self, step: int) -> None:
        page = self.current_table()
        if page is not None:
            page.move(step)

    def choose_columns(self) -> None:
        page = self.current_table()
        if page is not None:
            page.view.column_menu().exec(page.view.mapToGlobal(page.view.rect().topLeft()))

    # --- actions ---------------------------------------------------------------------------
    def _set_action(self, name: str, reason: str | None) -> None:
        action = self.action(name)
        action.setEnabled(reason is None)
        tip = reason if reason is not None else str(action.property("defaultToolTip"))
        action.setToolTip(tip)
        action.setStatusTip(tip)

    def _update_actions(self) -> None:
        sub = self.detail.current_subscription()
        if self.desk is None:
            waiting: str | None = self.tr("The database is still opening; a moment please.")
            cancel = void = waiting
        elif sub is None:
            cancel = void = self.tr("Select a subscription in the client's Purchases tab first.")
        else:
            cancel = reason(self.detail.blocker(sub.id))
            void = reason(self.detail.void_blocker(sub.id))
        self._set_action("actionCancelSubscription", cancel)
        self._set_action("actionVoidInvoice", void)
        record = None
        if self.desk is None:
            record = self.tr("The database is still opening; a moment please.")
        elif self.detail.detail is None:
            record = self.tr("Select a client first.")
        self._set_action("actionRecordRequest", record)
        self._set_action("actionSettings", None if self.desk is not None
                         else self.tr("The database is still opening; a moment please."))

    def open_settings(self) -> None:
        if self.desk is None:
            return
        from ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self.desk, self).exec():
            self.refresh()  # policies change what actions allow

    def record_request(self) -> None:
        if self.desk is None or self.detail.detail is None:
            return
        from ui.dialogs.record_request import RecordRequestDialog

        sub = self.detail.current_subscription()
        dialog = RecordRequestDialog(self.desk, self.detail.detail.client.id, self,
                                     subscription_id=sub.id if sub is not None else None)
        if dialog.exec():
            self._requests_changed()

    def cancel_subscription(self) -> None:
        self._open_dialog("ui.dialogs.cancel_subscription", "CancelSubscriptionDialog",
                          self.tr("Cancel subscription"))

    def void_invoice(self) -> None:
        self._open_dialog("ui.dialogs.void_invoice", "VoidInvoiceDialog", self.tr("Void latest invoice"))

    def _open_dialog(self, module: str, name: str, title: str) -> None:
        sub = self.detail.current_subscription()
        if sub is None or self.desk is None:
            return
        try:
            dialog_class = getattr(__import__(module, fromlist=[name]), name)
        except (ImportError, AttributeError):
            self.dialogs.information(self, title, self.tr("This dialog is not available yet."))
            return
        dialog = dialog_class(self.desk, sub.id, self)
        if dialog.exec():
            self.refresh()

    # --- refresh and lifecycle -------------------------------------------------------------------
    def refresh(self) -> None:
        """Reads everything again; each table keeps its filter, sort, selection and scroll."""
        self.clients.refresh(with_pending=True)
        if self.subscriptions.model.rowCount() or self.current_table() is self.subscriptions:
            self.subscriptions.refresh()
        if self._detail_target is not None and self.desk is not None:
            self._detail_timer.start()
        self._load_side_page(force=True)

    def run_lifecycle(self) -> None:
        """Brings the database up to today in a worker, then refreshes (§11)."""
        if self.desk is None or self._lifecycle_running:
            return
        self._lifecycle_running = True
        self.action("actionRunLifecycle").setEnabled(False)
        self.ui.show_activity(self.tr("Bringing the database up to today…"))
        self.runner.run(self.desk.run_lifecycle, on_result=self._lifecycle_finished,
                        on_error=self._lifecycle_finished)

    def _lifecycle_finished(self, outcome: Any) -> None:
        self._lifecycle_running = False
        if self._shut:
            return
        self.action("actionRunLifecycle").setEnabled(True)
        if isinstance(outcome, BaseException):
            self.ui.show_activity(self.tr("Bringing the database up to today failed: {error}").format(error=outcome))
        else:
            done = sum(outcome.values()) if isinstance(outcome, dict) else 0
            self.ui.show_activity(self.tr("The database is up to date ({count} changes).").format(
                count=format_count(done)), 10000)
            self.refresh()
            self.send_outbox()  # the run may have queued reminders
        self.lifecycle_done.emit(outcome)

    def _load_side_page(self, *, force: bool = False) -> None:
        page = self.ui.stack.currentWidget()
        if not isinstance(page, ListPage) or self.desk is None or (page.loaded and not force):
            return
        self.runner.run(page.reader, self.desk, on_result=page.show_rows,
                        on_error=lambda exc: page.show_error(describe(exc)))

    def install_page(self, key: str, page: QWidget) -> None:
        """Puts `page` in place of the side page `key` ("requests", "activity", "outbox")."""
        old = self.ui.side_pages.pop(key, None) or self.ui.extra_pages.pop(key, None)
        at = self.ui.stack.indexOf(old) if old is not None else self.ui.stack.count()
        self.ui.stack.insertWidget(at, page)
        self.ui.extra_pages[key] = page
        if old is not None:
            self.ui.stack.removeWidget(old)
            old.deleteLater()

    # --- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.ui.save(self.store)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stops timers and threads; waits for running facade calls (idempotent)."""
        if self._shut:
            return
        self._shut = True
        for timer in (self._search_timer, self._detail_timer, self._lifecycle_timer):
            timer.stop()
        self.queries.stop()
        self.runner.wait()
