"""The remembered layout (DESIGN.md §13): column chooser, column order, widths and
window state per user, defaults back when the saved state is unreadable; and the
query thread that never shows a stale search."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app.listing import Query
from ui.table_models import CLIENTS
from ui.workers import QueryService

EMAIL = [c.key for c in CLIENTS.columns].index("email")
NAME = [c.key for c in CLIENTS.columns].index("name")


def test_column_chooser_hides_a_column_and_it_stays_hidden(qtbot, make_window, world):
    window = make_window(with_desk=False)
    menu = window.clients.view.column_menu()
    entry = next(a for a in menu.actions() if a.text() == "Email")
    entry.setChecked(False)
    assert window.clients.view.horizontalHeader().isSectionHidden(EMAIL)
    header = window.clients.view.horizontalHeader()
    header.moveSection(header.visualIndex(NAME), 0)
    window.close()

    again = make_window(with_desk=False)
    header = again.clients.view.horizontalHeader()
    assert header.isSectionHidden(EMAIL)
    assert header.logicalIndex(0) == NAME


def test_the_last_visible_column_cannot_be_hidden(qtbot, make_window, world):
    window = make_window(with_desk=False)
    header = window.clients.view.horizontalHeader()
    for column in range(1, header.count()):
        header.setSectionHidden(column, True)
    menu = window.clients.view.column_menu()
    assert [a.isEnabled() for a in menu.actions()].count(False) == 1


def test_unreadable_saved_state_gives_the_defaults(qtbot, make_window, world, tmp_path):
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    for key in ("window/geometry", "window/state", "window/splitter", "tables/clients/header"):
        settings.setValue(f"users/local/{key}", QByteArray(b"\x00garbage\xff"))
    settings.setValue("users/local/tables/subscriptions/header", "not even bytes")
    settings.sync()
    window = make_window(with_desk=False)
    header = window.clients.view.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
    assert window.width() == 1280 and window.height() == 800
    assert window.ui.splitter.sizes()[2] > 0


def test_each_user_has_their_own_layout(qtbot, make_window, world):
    window = make_window(with_desk=False, user="claire@desk.example")
    window.clients.view.horizontalHeader().setSectionHidden(EMAIL, True)
    window.close()
    other = make_window(with_desk=False, user="admin@localhost")
    assert not other.clients.view.horizontalHeader().isSectionHidden(EMAIL)
    same = make_window(with_desk=False, user="Claire@Desk.example")
    assert same.clients.view.horizontalHeader().isSectionHidden(EMAIL)


def test_only_the_latest_query_of_a_table_is_delivered(qtbot, db_url, world):
    service = QueryService(db_url)
    results = []
    service.result.connect(results.append)
    try:
        service.submit("clients", CLIENTS, Query(search="acme"))
        service.submit("clients", CLIENTS, Query(search="glob"))
        latest = service.submit("clients", CLIENTS, Query(search="hool"))
        qtbot.waitUntil(lambda: bool(results), timeout=5000)
        with qtbot.assertNotEmitted(service.result, wait=100):
            pass
    finally:
        service.stop()
    assert [(r.generation, r.count) for r in results] == [(latest, 1)]
    assert results[0].first_page[0][CLIENTS.values_from + NAME] == "Hooli"
