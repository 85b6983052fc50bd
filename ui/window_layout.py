"""The widgets of the main window and where they sit: side bar, search and status
filter, the stacked pages, the detail pane, menus, tool bar and status bar; and the
remembered layout (geometry, splitter, column widths and order): checked when restored
(`ui.layout_checks`), the defaults put back for what is unusable or on View > Reset layout.

Only construction and layout live here; behaviour is in `ui.main_window`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.detail_pane import DetailPane
from ui.i18n import _t
from ui.labels import CLIENT_FILTER_STATUSES, SUBSCRIPTION_FILTER_STATUSES, status_label
from ui.layout_checks import (
    default_geometry,
    geometry_usable,
    header_usable,
    panes_usable,
    screen_areas,
)
from ui.pages import Page, WindowPage
from ui.settings_store import LayoutStore

if TYPE_CHECKING:
    from ui.table_page import TablePage
    from ui.window_actions import ActionSpec

# Default column widths by listing key (characters are wider in some languages: the
# user can widen them, and the widths are remembered).
_WIDTHS = {"account_number": 100, "name": 200, "client": 180, "kind": 70, "status": 90,
           "account_manager": 130, "email": 200, "phone": 120, "language": 80, "participant": 150,
           "plan": 110, "price": 80, "period": 80, "billing_day": 80}
_DATE_WIDTH = 95
DEFAULT_SIZE = QSize(1280, 800)
DEFAULT_PANES = [140, 700, 440]  # side bar, table, detail pane



class WindowLayout:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)

        self.side_bar = QListWidget(self.splitter)
        self.side_bar.setObjectName("sideBar")
        self.side_bar.setAccessibleName(_t("MainWindow", "Sections"))
        for page in Page:
            self.side_bar.addItem(page.title())
        self.side_bar.setCurrentRow(Page.CLIENTS)
        self.side_bar.setMinimumWidth(130)
        self.side_bar.setSpacing(2)

        center = QWidget(self.splitter)
        center.setObjectName("centerArea")
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(center)
        self.search.setObjectName("searchField")
        self.search.setAccessibleName(_t("MainWindow", "Search"))
        self.search.setPlaceholderText(_t("MainWindow", "Search name, account number, email or phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.clear_search = QAction(_t("MainWindow", "Clear the search"), self.search)
        self.clear_search.setObjectName("actionClearSearch")
        self.clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.search.addAction(self.clear_search)
        self.status_filter = QComboBox(center)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(_t("MainWindow", "Status filter"))
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_label = QLabel(_t("MainWindow", "&Status:"), center)
        self.status_label.setBuddy(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_filter)
        column.addLayout(filters)
        self.stack = QStackedWidget(center)
        self.stack.setObjectName("pages")
        column.addWidget(self.stack, 1)

        self.detail = DetailPane(self.splitter)
        self.detail.setMinimumWidth(320)
        # Esc anywhere in the pane (its tabs, its tables) goes back to the page's table.
        self.back_to_table = QAction(_t("MainWindow", "Back to the list"), self.detail)
        self.back_to_table.setObjectName("actionBackToTable")
        self.back_to_table.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_to_table.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_to_table.triggered.connect(self.focus_table)
        self.detail.addAction(self.back_to_table)
        self.splitter.addWidget(self.side_bar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        window.setCentralWidget(self.splitter)

        self.count_label = QLabel(window)
        self.count_label.setObjectName("countLabel")
        self.count_label.setAccessibleName(_t("MainWindow", "Number of records"))
        self.activity = QLabel(window)
        self.activity.setObjectName("activityLabel")
        # Who is signed in, and where (ui/connection_actions.py), once the facade is open.
        self.signed_in = QLabel(window)
        self.signed_in.setObjectName("signedInLabel")
        self.signed_in.hide()
        window.statusBar().addWidget(self.activity, 1)
        window.statusBar().addPermanentWidget(self.signed_in)
        window.statusBar().addPermanentWidget(self.count_label)
        self.tables: list[TablePage] = []
        self._default_state = QByteArray()  # tool bars as built; taken before the saved state is restored

    def add_pages(self, pages: dict[Page, WindowPage]) -> None:
        """Puts every page in the stack, in the side bar's order."""
        for page in Page:
            widget = pages[page].widget()
            widget.setAccessibleName(page.title())
            self.stack.addWidget(widget)

    def replace_page(self, old: QWidget, new: QWidget) -> None:
        at = self.stack.indexOf(old)
        self.stack.insertWidget(at, new)
        self.stack.removeWidget(old)
        old.deleteLater()

    def size_tables(self, *pages: TablePage) -> None:
        for page in pages:
            default_columns(page)
            self.tables.append(page)

    def build_menus_and_tool_bar(self, specs: list[ActionSpec], actions: dict[str, QAction]) -> None:
        window = self.window
        bar = window.menuBar()
        for key, title in (("file", _t("MainWindow", "&File")), ("edit", _t("MainWindow", "&Edit")),
                           ("view", _t("MainWindow", "&View")), ("account", _t("MainWindow", "&Account")),
                           ("subscription", _t("MainWindow", "&Subscription")), ("help", _t("MainWindow", "&Help"))):
            menu = bar.addMenu(title)
            menu.setToolTipsVisible(True)  # a disabled action says why
            for spec in specs:
                if spec.menu == key:
                    if spec.separator_before:
                        menu.addSeparator()
                    menu.addAction(actions[spec.name])

        tool_bar = QToolBar(_t("MainWindow", "Main tool bar"), window)
        tool_bar.setObjectName("mainToolBar")
        tool_bar.setMovable(False)
        tool_bar.setIconSize(QSize(16, 16))
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for spec in specs:
            if spec.tool_bar:
                tool_bar.addAction(actions[spec.name])
        window.addToolBar(tool_bar)
        self.context_actions = [actions[s.name] for s in specs if s.context and s.name != "actionRefresh"]
        self.context_actions += [None, actions["actionRefresh"]]
        for page in self.tables:
            self.add_context_menu(page.view)
        self.add_context_menu(self.detail.purchases)

    def add_context_menu(self, view: QWidget) -> None:
        """The record actions, then Refresh, in `view`'s context menu."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in self.context_actions:
            if action is None:
                separator = QAction(view)
                separator.setSeparator(True)
                view.addAction(separator)
            else:
                view.addAction(action)

    def show_filters_for(self, page: TablePage | None) -> None:
        """The search and status filter show the query of the table now on screen."""
        for widget in (self.search, self.status_filter, self.status_label):
            widget.setEnabled(page is not None)
        if page is None:
            return
        query = page.requested
        statuses = CLIENT_FILTER_STATUSES if page.source.key == "clients" else SUBSCRIPTION_FILTER_STATUSES
        for widget in (self.search, self.status_filter):
            widget.blockSignals(True)
        self.search.setText(query.search)
        self.status_filter.clear()
        self.status_filter.addItem(_t("MainWindow", "All statuses"), None)
        for code in statuses:
            self.status_filter.addItem(status_label(code), code)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(query.status)))
        for widget in (self.search, self.status_filter):
            widget.blockSignals(False)

    def focus_table(self) -> None:
        """The keyboard back in the current page's table; its selection stays."""
        page = self.stack.currentWidget()
        table = page if isinstance(page, QTableView) else page.findChild(QTableView) if page else None
        if table is not None:
            table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_activity(self, text: str, msecs: int = 0) -> None:
        """Says what runs in the background; `msecs` > 0 clears it after that time."""
        self.activity.setText(text)
        if msecs:
            QTimer.singleShot(msecs, self.activity, lambda: self.activity.text() == text and self.activity.clear())

    # --- remembered layout -------------------------------------------------------------------
    def restore(self, store: LayoutStore) -> None:
        """Saved geometry, splitter and headers; what cannot be restored, or restores into
        something unusable (`ui.layout_checks`), is forgotten and its defaults are used."""
        window = self.window
        self.splitter.setSizes(DEFAULT_PANES)
        self._default_state = window.saveState()  # the tool bar where it starts
        before = window.geometry()
        if not store.restore_geometry(window, lambda: geometry_usable(window.geometry(), screen_areas())):
            if window.geometry() != before or window.windowState() != Qt.WindowState.WindowNoState:
                self._default_geometry()  # restored, but unusable
        store.restore_state(window)
        if not store.restore_splitter(self.splitter, self._panes_usable):
            self._default_panes()
        self.splitter.setChildrenCollapsible(False)  # whatever the saved state said
        for page in self.tables:
            header = page.view.horizontalHeader()
            if not store.restore_header(page.source.key, header, partial(header_usable, header)):
                default_columns(page)
            page.sync_sort_indicator()

    def reset(self, store: LayoutStore) -> None:
        """View > Reset layout: the default geometry, tool bar, panes and columns, and the
        saved layout forgotten. The tables keep their search, sort and selection."""
        store.forget()
        self._default_geometry()
        self.window.restoreState(self._default_state)
        self._default_panes()
        for page in self.tables:
            default_columns(page)
            page.sync_sort_indicator()

    def _panes_usable(self) -> bool:
        floors = (self.side_bar.minimumWidth() // 2, 150, self.detail.minimumWidth() // 2)
        return panes_usable(self.splitter, floors)

    def _default_panes(self) -> None:
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(-1)  # the style's
        self.splitter.setSizes(DEFAULT_PANES)  # shared out in these proportions

    def _default_geometry(self) -> None:
        """The default size, no larger than the screen, centred on the screen under the
        window's centre (or the primary screen when it is on none)."""
        window = self.window
        window.setWindowState(Qt.WindowState.WindowNoState)  # not maximized, minimized or full screen
        screen = QGuiApplication.screenAt(window.geometry().center()) or QGuiApplication.primaryScreen()
        if screen is None:
            window.resize(DEFAULT_SIZE)
            return
        window.setGeometry(default_geometry(screen.availableGeometry(), DEFAULT_SIZE))

    def save(self, store: LayoutStore) -> None:
        store.save_window(self.window, self.splitter)
        for page in self.tables:
            store.save_header(page.source.key, page.view.horizontalHeader())
        store.sync()


def default_columns(page: TablePage) -> None:
    """Every column shown, in the listing's order, at its default width."""
    header = page.view.horizontalHeader()
    for number, col in enumerate(page.source.columns):
        header.setSectionHidden(number, False)
        header.moveSection(header.visualIndex(number), number)
        header.resizeSection(number, _DATE_WIDTH if col.kind == "date" else _WIDTHS.get(col.key, 110))
