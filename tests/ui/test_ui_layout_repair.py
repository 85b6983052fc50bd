"""A damaged saved layout is detected and replaced by the defaults (issue 10 item 9,
DESIGN.md §13), and View > Reset layout brings the defaults back on demand.

The damage is written into the per-user settings the way a crash, another Qt version or
another monitor setup leaves it: readable values that restore "successfully" but give a
window off every screen or too small, a vertical or collapsed splitter, or columns that
are all hidden or absurdly wide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from ui.pages import Page

KEY = "users/local/"


def settings_at(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)


def write(tmp_path: Path, **values: QByteArray) -> None:
    settings = settings_at(tmp_path)
    for name, value in values.items():
        settings.setValue(KEY + name.replace("__", "/"), value)
    settings.sync()


def splitter_state(orientation: Qt.Orientation, sizes: list[int], *, collapsible: bool = True) -> QByteArray:
    splitter = QSplitter(orientation)
    for _ in sizes:
        splitter.addWidget(QWidget())
    splitter.setChildrenCollapsible(collapsible)
    splitter.setSizes(sizes)
    return splitter.saveState()


def geometry_state(rect: QRect) -> QByteArray:
    window = QMainWindow()
    window.setGeometry(rect)
    return window.saveGeometry()


def on_a_screen(window: QMainWindow) -> bool:
    frame = window.geometry()
    return any(screen.availableGeometry().intersected(frame).width() >= 200 and
               screen.availableGeometry().intersected(frame).height() >= 100 and
               screen.availableGeometry().contains(frame.topLeft())
               for screen in QGuiApplication.screens())


def assert_default_panes(window: QMainWindow) -> None:
    splitter = window.ui.splitter
    assert splitter.orientation() == Qt.Orientation.Horizontal
    assert not splitter.childrenCollapsible()
    assert window.detail.isVisible()
    side, center, detail = splitter.sizes()
    assert side >= window.ui.side_bar.minimumWidth()
    assert detail >= window.detail.minimumWidth()
    assert center >= 200
    assert detail < 0.6 * sum(splitter.sizes())


@pytest.mark.parametrize("state", [
    pytest.param(lambda: splitter_state(Qt.Orientation.Vertical, [300, 300, 300]), id="vertical"),
    pytest.param(lambda: splitter_state(Qt.Orientation.Horizontal, [0, 1280, 0]), id="panes-of-0"),
    pytest.param(lambda: splitter_state(Qt.Orientation.Horizontal, [140, 1100, 4]), id="nearly-all-the-width"),
    pytest.param(lambda: splitter_state(Qt.Orientation.Horizontal, [1, 1, 1]), id="sums-to-nothing"),
    pytest.param(lambda: splitter_state(Qt.Orientation.Horizontal, [140, 700]), id="two-panes"),
])
def test_a_damaged_splitter_state_is_replaced_by_the_default_panes(qtbot, make_window, world, tmp_path, state):
    write(tmp_path, window__splitter=state())
    window = make_window(with_desk=False)
    assert_default_panes(window)
    assert not settings_at(tmp_path).contains(KEY + "window/splitter")  # forgotten, not restored again


@pytest.mark.parametrize("rect", [
    pytest.param(QRect(9000, 7000, 1200, 760), id="off-every-screen"),
    pytest.param(QRect(-5000, 40, 1200, 760), id="left-of-every-screen"),
    pytest.param(QRect(40, 40, 60, 30), id="absurdly-small"),
])
def test_a_saved_geometry_off_screen_or_absurd_gives_the_default_geometry(qtbot, make_window, world, tmp_path,
                                                                          rect):
    write(tmp_path, window__geometry=geometry_state(rect))
    window = make_window(with_desk=False)
    assert on_a_screen(window)
    assert window.width() >= 480 and window.height() >= 360
    screen = window.screen().availableGeometry()
    assert window.width() <= max(1280, screen.width()) and window.height() <= max(800, screen.height())
    assert_default_panes(window)


def test_columns_all_hidden_or_absurdly_wide_give_the_default_columns(qtbot, make_window, world, tmp_path):
    window = make_window(with_desk=False)
    header = window.clients.view.horizontalHeader()
    default_widths = [header.sectionSize(c) for c in range(header.count())]
    for column in range(header.count()):
        header.setSectionHidden(column, True)
    window.subscriptions.view.horizontalHeader().resizeSection(1, 60000)
    window.close()

    again = make_window(with_desk=False)
    header = again.clients.view.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    assert [header.sectionSize(c) for c in range(header.count() - 1)] == default_widths[:-1]
    assert again.subscriptions.view.horizontalHeader().sectionSize(1) < 1000


def test_closing_on_a_page_without_the_detail_pane_keeps_its_width(qtbot, make_window, world):
    window = make_window()
    window.show_page(Page.ACTIVITY)
    qtbot.waitUntil(lambda: not window.detail.isVisible(), timeout=5000)
    window.close()
    again = make_window(with_desk=False)
    assert_default_panes(again)


def test_reset_layout_restores_the_defaults_and_forgets_the_saved_state(qtbot, make_window, world, tmp_path):
    other = settings_at(tmp_path)
    other.setValue("users/claire/window/geometry", geometry_state(QRect(10, 10, 900, 700)))
    other.sync()
    window = make_window(with_desk=False)
    header = window.clients.view.horizontalHeader()
    default_widths = [header.sectionSize(c) for c in range(header.count())]
    default_sizes = window.ui.splitter.sizes()
    header.moveSection(header.visualIndex(1), 5)
    header.setSectionHidden(2, True)
    header.resizeSection(0, 400)
    window.ui.splitter.setSizes([300, 300, 900])
    window.setGeometry(QRect(30, 40, 500, 400))
    window.ui.save(window.store)
    assert settings_at(tmp_path).contains(KEY + "window/splitter")

    reset = window.action("actionResetLayout")
    assert reset in window.menuBar().actions()[2].menu().actions()  # View
    reset.trigger()
    qtbot.waitUntil(lambda: window.ui.splitter.sizes()[2] < 900, timeout=5000)

    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    assert [header.sectionSize(c) for c in range(header.count() - 1)] == default_widths[:-1]
    assert window.width() >= 480 and window.height() >= 360 and on_a_screen(window)
    assert_default_panes(window)
    sizes = window.ui.splitter.sizes()
    assert abs(sizes[2] / sum(sizes) - default_sizes[2] / sum(default_sizes)) < 0.1
    stored = settings_at(tmp_path)
    assert not [k for k in stored.allKeys() if k.startswith(KEY + "window") or k.startswith(KEY + "tables")]
    assert stored.contains("users/claire/window/geometry")  # another user's layout stays


def test_reset_layout_keeps_the_sort_and_the_selection(qtbot, make_window, world):
    window = make_window()
    window.clients.select_row(2)
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.client.name == "Hooli",
                    timeout=5000)
    query = window.clients.requested
    window.action("actionResetLayout").trigger()
    assert window.clients.requested == query and not window.clients.busy()
    assert window.clients.current_row() == 2
