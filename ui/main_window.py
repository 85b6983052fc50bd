"""The main window (DESIGN.md §13): a shell around the pages (`ui.pages.Page`, one interface
each), the client's detail pane, and the actions built from one table (`ui.window_actions`).

The detail pane and the actions follow what the CURRENT page has selected (issue 10); on a
page that selects no client the pane hides. Every dialog opens one way, `open_dialog`: its
data read by one facade call in a worker, then the dialog.

Threads: the tables read pages through the GUI thread's `Listing` (bounded LIMIT queries); a
new search, filter, sort or refresh runs on the `QueryService` thread; every facade call
(detail, dialogs' data, lifecycle, side pages) runs through the `TaskRunner`. Until the `Desk`
is handed in with `set_desk` (start-up fast path), the tables work and the pane says "Loading…".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from app.listing import Listing
from ui.account_actions import account_action_specs, after_change, install_pages, linked_to_existing
from ui.background_jobs import BackgroundJobs
from ui.count_words import CountWords
from ui.desk_pages import desk_page_builders
from ui.dialog_opener import DialogOpener
from ui.dialog_service import DialogService
from ui.formatting import format_count
from ui.pages import Page, Selection, WindowPage
from ui.refusals import describe
from ui.settings_store import LayoutStore, default_settings
from ui.side_pages import ListPage, build_side_pages
from ui.table_models import CLIENTS, SUBSCRIPTIONS
from ui.table_page import TablePage
from ui.window_actions import action_specs, build_actions, update_actions
from ui.window_layout import WindowLayout
from ui.workers import QueryRequest, QueryResult, QueryService, TaskRunner

SEARCH_DEBOUNCE_MS = 25
# The detail pane follows the selection after a short pause, so holding an arrow key or
# typing a search does not read every client passed over.
DETAIL_DEBOUNCE_MS = 40


class MainWindow(QMainWindow):
    desk_ready = Signal()
    rows_shown = Signal(str)  # "clients" | "subscriptions": a query's first rows are shown
    table_loaded = Signal(str)  # "clients" | "subscriptions": a query's result is shown, its count too
    detail_loaded = Signal(int)  # client id shown in the detail pane
    lifecycle_done = Signal(object)  # counts per kind of action, or the exception

    def __init__(self, listing: Listing, url: str, *, desk: Any = None, settings: QSettings | None = None,
                 dialogs: DialogService | None = None, user: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Account Desk"))
        self.listing = listing
        self.url = url
        self.desk: Any = None
        self.dialogs = dialogs or DialogService()
        self.store = LayoutStore(settings if settings is not None else default_settings(), user)
        self.runner = TaskRunner(self)
        self.opener = DialogOpener(self.runner, self._dialog_refused, self, dialogs=self.dialogs)
        self.queries = QueryService(url, self)
        self.queries.result.connect(self._on_query_result)
        self.queries.error.connect(self._on_query_error)
        self._detail_generation = 0
        self._detail_target: Selection | None = None
        self._shut = False
        self._page_builders: dict[Page, Callable[[], WindowPage]] = {}

        self.action_specs = action_specs() + account_action_specs()
        self.actions_by_name = build_actions(self, self.action_specs)
        self.ui = WindowLayout(self)
        self.clients = TablePage(CLIENTS, listing, self.queries, self.ui.stack)
        self.subscriptions = TablePage(SUBSCRIPTIONS, listing, self.queries, self.ui.stack)
        self.pages: dict[Page, WindowPage] = {Page.CLIENTS: self.clients, Page.SUBSCRIPTIONS: self.subscriptions,
                                              **build_side_pages(self.ui.stack)}
        self.ui.add_pages(self.pages)
        self.ui.size_tables(self.clients, self.subscriptions)
        self.ui.build_menus_and_tool_bar(self.action_specs, self.actions_by_name)
        self.detail = self.ui.detail
        self._connect()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DEBOUNCE_MS)
        self._detail_timer.timeout.connect(self._start_detail_load)
        self.jobs = BackgroundJobs(self)

        self.resize(1280, 800)
        self.ui.restore(self.store)
        self.ui.show_filters_for(self.clients)
        self._follow_selection()  # the first page comes from load_first_page
        if desk is not None:
            self.set_desk(desk)

    # --- construction -------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.side_bar.currentRowChanged.connect(self._page_changed)
        ui.search.textChanged.connect(lambda _text: self._search_timer.start())
        ui.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.clear_search.triggered.connect(ui.search.clear)
        for page in (self.clients, self.subscriptions):
            page.view.selectionModel().currentRowChanged.connect(partial(self._selection_changed, page))
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
        self.rows_shown.emit(self.clients.source.key)
        self.table_loaded.emit(self.clients.source.key)

    def set_desk(self, desk: Any) -> None:
        """The facade is open: details and actions work; its pages are built when first shown."""
        self.desk = desk
        self._page_builders = desk_page_builders(self)
        install_pages(self)
        for page in self.pages.values():
            if isinstance(page, ListPage):
                page.attach(desk, self.runner)
        self._page_changed(self.current_page())
        self.desk_ready.emit()

    def page(self, key: Page) -> WindowPage:
        """The page `key`; one that needs the facade is built the first time it is asked for."""
        if (build := self._page_builders.pop(key, None)) is not None:
            self.install_page(key, build())
        return self.pages[key]

    def install_page(self, key: Page, page: WindowPage) -> None:
        """Puts `page` in place of the page `key` (a placeholder until the Desk is open)."""
        old = self.pages[key]
        self.pages[key] = page
        page.widget().setAccessibleName(key.title())
        self.ui.replace_page(old.widget(), page.widget())

    def start_lifecycle_timer(self) -> None:
        self.jobs.start_timers()

    def send_outbox(self) -> None:
        self.jobs.send_outbox()

    def run_lifecycle(self) -> None:
        self.jobs.run_lifecycle()

    def is_shut(self) -> bool:
        return self._shut

    # --- pages, search and filter ---------------------------------------------------------------
    def current_page(self) -> Page:
        return Page(max(0, self.ui.side_bar.currentRow()))

    def show_page(self, page: Page) -> None:
        self.ui.side_bar.setCurrentRow(page)

    def current_table(self) -> TablePage | None:
        page = self.pages[self.current_page()]
        return page if isinstance(page, TablePage) else None

    def selection(self) -> Selection | None:
        """What the current page has selected: the actions act on it."""
        return self.pages[self.current_page()].selection()

    def _page_changed(self, row: int) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.apply_filter()
        key = Page(max(0, row))
        page = self.page(key)
        self.ui.stack.setCurrentWidget(page.widget())
        self.ui.show_filters_for(self.current_table())
        if self.desk is not None or isinstance(page, TablePage):
            page.shown()
        self._follow_selection()
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
                    if not result.count_only:
                        self._follow_selection()  # a reset model emits no currentRowChanged
                if not result.count_only:
                    self.rows_shown.emit(page.source.key)
                if result.counted:
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
        shown = page.model.rowCount()
        total = page.total if page.total is not None else shown
        self.ui.count_label.setText(CountWords().of_table(page is self.clients, shown, total,
                                                          at_least=not page.model.counted))

    def _set_badge(self, pending: int) -> None:
        self.ui.side_bar.item(Page.REQUESTS).setText(
            self.tr("Requests ({count})").format(count=format_count(pending)) if pending else self.tr("Requests"))

    # --- the selection and the detail pane ---------------------------------------------------
    def _selection_changed(self, page: WindowPage, *_args: Any) -> None:
        if page is self.pages[self.current_page()]:
            self._follow_selection()

    def _follow_selection(self) -> None:
        """The detail pane shows the current page's selected client, or hides on a page without one."""
        page = self.pages[self.current_page()]
        self.detail.setVisible(page.has_selection)
        selection = page.selection() if page.has_selection else None
        if selection is None:
            self._detail_target = None
            self._detail_generation += 1  # a load still running is for a selection gone
            if page.has_selection:
                self.detail.show_message(self.tr("Select a client to see its details."))
        elif self.detail.detail is not None and self.detail.detail.client.id == selection.client_id:
            if self._detail_target is None or self._detail_target.client_id != selection.client_id:
                self._detail_generation += 1  # a load still running is for another client
                self._detail_timer.stop()
            self._detail_target = selection  # the same client shown: only its subscription may change
            if selection.subscription_id is not None:
                self.detail.select_subscription(selection.subscription_id)
        else:
            self.show_client(selection.client_id, selection.subscription_id)
        self._update_actions()

    def show_client(self, client_id: int, subscription_id: int | None = None) -> None:
        self._detail_target = Selection(client_id, subscription_id)
        if self.desk is None:
            self.detail.show_message(self.tr("Loading…"))
            return
        self._detail_timer.start(DETAIL_DEBOUNCE_MS if self.detail.detail is not None else 0)  # none shown: at once

    def _start_detail_load(self) -> None:
        if self._detail_target is None or self.desk is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation
        target = self._detail_target
        desk = self.desk

        def load() -> Any:
            if generation != self._detail_generation:
                return None  # the selection moved on while this waited
            return desk.client_detail(target.client_id)

        self.runner.run(load, on_result=partial(self._detail_done, generation, target.subscription_id),
                        on_error=partial(self._detail_failed, generation))

    def _detail_done(self, generation: int, sub_id: int | None, detail: Any) -> None:
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

    def previous_record(self) -> None:
        self._move_record(-1)

    def next_record(self) -> None:
        self._move_record(1)

    def _move_record(self, step: int) -> None:
        page = self.current_table()
        if page is not None:
            page.move(step)

    def choose_columns(self) -> None:
        page = self.current_table()
        if page is not None:
            page.view.column_menu().exec(page.view.mapToGlobal(page.view.rect().topLeft()))

    # --- actions and dialogs -------------------------------------------------------------------
    def _update_actions(self) -> None:
        update_actions(self, self.action_specs, self.actions_by_name)
        if self.jobs.lifecycle_running:
            self.action("actionRunLifecycle").setEnabled(False)

    def open_dialog(self, read: Callable[[], Any], build: Callable[[Any], QDialog]) -> None:
        """THE way to open a dialog: `read` (one facade call) runs in a worker, then `build`
        makes the dialog with its result; an accepted dialog refreshes the window."""
        self.opener.open(read, build, lambda dialog: after_change(self, dialog))

    def _dialog_refused(self, exc: BaseException) -> None:
        self.ui.show_activity(describe(exc), 10000)

    def _acting_subscription(self) -> int | None:
        sub = self.detail.current_subscription()
        return sub.id if sub is not None else None

    def cancel_subscription(self) -> None:
        from ui.dialogs.cancel_subscription import CancelSubscriptionDialog

        sub_id, desk = self._acting_subscription(), self.desk
        if sub_id is not None and self.action("actionCancelSubscription").isEnabled():
            self.open_dialog(lambda: desk.cancellation_form(sub_id),
                             lambda form: CancelSubscriptionDialog(desk, form, self))

    def void_invoice(self) -> None:
        from ui.dialogs.void_invoice import VoidInvoiceDialog

        sub_id, desk = self._acting_subscription(), self.desk
        if sub_id is not None and self.action("actionVoidInvoice").isEnabled():
            self.open_dialog(lambda: desk.void_form(sub_id), lambda form: VoidInvoiceDialog(desk, form, self))

    def record_request(self) -> None:
        from ui.dialogs.record_request import RecordRequestDialog

        selection, desk = self.selection(), self.desk
        if selection is None or not self.action("actionRecordRequest").isEnabled():
            return
        sub = self.detail.current_subscription()
        sub_id = sub.id if sub is not None else None
        self.open_dialog(lambda: desk.record_request_form(selection.client_id),
                         lambda form: linked_to_existing(RecordRequestDialog(desk, form, self, subscription_id=sub_id), self))

    def open_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        if self.desk is not None:
            desk = self.desk
            self.open_dialog(lambda: None, lambda _none: SettingsDialog(desk, self, dialogs=self.dialogs))  # policies change what is allowed

    def changed_by_action(self) -> None:
        """After a change: the badge and every list follow (a decision may have cancelled
        subscriptions or closed an account); the badge's count comes with the clients' in the
        query thread (`refresh`)."""
        self.refresh()

    # --- refresh and lifecycle -------------------------------------------------------------------
    def refresh(self) -> None:
        """Reads everything again; each table keeps its filter, sort, selection and scroll."""
        self.clients.refresh(with_pending=True)
        if self.subscriptions.model.rowCount() or self.current_table() is self.subscriptions:
            self.subscriptions.refresh()
        if self._detail_target is not None and self.desk is not None:
            self._detail_timer.start()
        page = self.pages[self.current_page()]
        if self.desk is not None and not isinstance(page, TablePage):
            page.refresh()

    # --- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.setVisible(True)  # the splitter remembers the pane's width, not that a page hid it
        self.ui.save(self.store)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stops timers and threads; waits for running facade calls (idempotent)."""
        if self._shut:
            return
        self._shut = True
        for timer in (self._search_timer, self._detail_timer):
            timer.stop()
        self.jobs.stop_timers()
        self.queries.stop()
        self.runner.wait()
