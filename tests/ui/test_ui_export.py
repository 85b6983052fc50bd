"""Exporting from the window (DESIGN.md §13, §14): the current view of a real table, and
the progress dialog whose Cancel (or a failure) leaves no file behind."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt

from app.excel.sheets import ColumnSpec
from app.listing import Query
from app.progress import Cancelled
from app.services import exports
from ui.export_view import (
    ask_and_export_view,
    ask_and_export_workbook,
    export_current_view,
    run_with_progress,
    suggested_name,
    visible_columns,
)
from ui.table_models import CLIENTS, SUBSCRIPTIONS

KEYS = [c.key for c in CLIENTS.columns]


def _show(qtbot, page, query):
    page.request(query)
    qtbot.waitUntil(lambda: not page.busy(), timeout=5000)


def _finish(qtbot, dialog):
    with qtbot.waitSignal(dialog.finished_work, timeout=10000) as done:
        pass
    return done.args[0]


def test_export_writes_the_filtered_sorted_rows_and_visible_columns_in_screen_order(qtbot, window, db_url, tmp_path):
    page = window.clients
    _show(qtbot, page, Query(status="active", sort=(("name", False),)))
    header = page.view.horizontalHeader()
    header.setSectionHidden(KEYS.index("email"), True)
    header.setSectionHidden(KEYS.index("phone"), True)
    header.moveSection(header.visualIndex(KEYS.index("name")), 0)  # drag "Name" to the left edge
    shown = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in visible_columns(page.view)]
    assert shown[0] == "Name" and "Email" not in shown
    path = tmp_path / suggested_name("Clients", date(2026, 11, 23))
    dialog = export_current_view(page, db_url, str(path), runner=window.runner, title="Clients", parent=window,
                                 dialogs=window.dialogs)
    qtbot.addWidget(dialog)
    report = _finish(qtbot, dialog)
    assert path.name == "Clients 2026-11-23.xlsx" and report == {"Clients": 3}
    sheet = openpyxl.load_workbook(path)["Clients"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == shown
    assert [r[0] for r in rows[1:]] == ["Hooli", "Globex", "Acme"]  # the trial is filtered out
    created = rows[0].index("Created")
    assert all(isinstance(r[created], datetime) for r in rows[1:])
    assert rows[1][rows[0].index("Status")] == "Active"  # the label shown, not the code
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{chr(64 + len(shown))}4"


def test_subscriptions_view_exports_money_as_numbers(qtbot, window, db_url, tmp_path):
    page = window.subscriptions
    _show(qtbot, page, Query(search="acme", sort=(("plan", True),)))
    path = tmp_path / "subs.xlsx"
    dialog = export_current_view(page, db_url, str(path), runner=window.runner, title="Subscriptions")
    qtbot.addWidget(dialog)
    _finish(qtbot, dialog)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    price = [c.key for c in SUBSCRIPTIONS.columns].index("price")
    assert [(r[3], r[price]) for r in rows[1:]] == [("Pro", 100), ("Team", 49)]


def _gated_rows(gate: threading.Event, fail: bool = False):
    gate.wait(10)
    for n in range(20000):
        if fail and n == 5000:
            raise OSError("disk full")
        yield (f"row {n}", Decimal(n))


COLUMNS = [ColumnSpec("text", "Text"), ColumnSpec("amount", "Amount", "money")]


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, window, tmp_path):
    gate = threading.Event()
    path = tmp_path / "big.xlsx"
    dialog = run_with_progress(window, window.runner, lambda progress: exports.export_view(
        path, COLUMNS, _gated_rows(gate), total=20000, progress=progress), title="Export", dialogs=window.dialogs)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc asks to cancel; the dialog waits for the worker
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    gate.set()
    assert isinstance(_finish(qtbot, dialog), Cancelled)
    assert not dialog.isVisible()
    assert not path.exists() and not list(tmp_path.glob(".*tmp"))
    assert window.dialogs.messages == []  # a cancel is not an error


def test_cancel_button_and_a_failure_leave_no_file_and_the_failure_is_reported(qtbot, window, tmp_path):
    gate = threading.Event()
    path = tmp_path / "big.xlsx"
    dialog = run_with_progress(window, window.runner, lambda progress: exports.export_view(
        path, COLUMNS, _gated_rows(gate, fail=True), progress=progress), title="Export", dialogs=window.dialogs)
    qtbot.addWidget(dialog)
    gate.set()
    outcome = _finish(qtbot, dialog)
    assert isinstance(outcome, OSError)
    assert window.dialogs.messages == [("critical", "Export", "disk full")]
    assert not path.exists() and not list(tmp_path.glob(".*tmp"))

    again = threading.Event()
    dialog = run_with_progress(window, window.runner, lambda progress: exports.export_view(
        path, COLUMNS, _gated_rows(again), progress=progress), title="Export")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    again.set()
    assert isinstance(_finish(qtbot, dialog), Cancelled)
    assert not path.exists() and not list(tmp_path.glob(".*tmp"))


def test_menu_export_of_a_view_offers_the_title_and_day_and_says_when_done(qtbot, window, db_url, tmp_path):
    window.dialogs.path = str(tmp_path / "clients.csv")
    dialog = ask_and_export_view(window, window.clients, db_url, runner=window.runner, dialogs=window.dialogs,
                                 title="Clients", today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    _finish(qtbot, dialog)
    assert window.dialogs.messages[0][:3] == ("save", "Export", "Clients 2026-11-23.xlsx")
    assert window.dialogs.messages[-1] == ("information", "Export", f"4 rows written to {tmp_path / 'clients.csv'}.")
    assert (tmp_path / "clients.csv").read_text(encoding="utf-8-sig").count("\n") == 5
    window.dialogs.path = None
    assert ask_and_export_view(window, window.clients, db_url, runner=window.runner, dialogs=window.dialogs,
                               title="Clients", today=date(2026, 11, 23)) is None


def test_a_staff_members_whole_export_says_expired_clients_were_left_out(qtbot, window, desk, db_url, tmp_path):
    from sqlalchemy import update

    from app import models as m
    from app.desk import Desk

    desk.add_staff("Sam", "sam@example.com", "staff")
    with desk.engine.begin() as conn:
        conn.execute(update(m.Client.__table__).where(m.Client.__table__.c.name == "Hooli").values(status="expired"))
    staff = Desk.open(db_url, user="sam@example.com", today=desk.today)
    try:
        window.dialogs.path = str(tmp_path / "all.xlsx")
        dialog = ask_and_export_workbook(window, staff, runner=window.runner, dialogs=window.dialogs,
                                         today=date(2026, 11, 23))
        qtbot.addWidget(dialog)
        report = _finish(qtbot, dialog)
    finally:
        staff.close()
    assert report["Clients"] == 3 and report.excluded_clients == 1
    assert "Expired clients left out: 1 (exporting them needs a manager)." in window.dialogs.messages[-1][2]


def test_a_staff_members_view_export_leaves_expired_clients_out(qtbot, window, desk, db_url, tmp_path):
    from sqlalchemy import update

    from app import models as m

    with desk.engine.begin() as conn:
        conn.execute(update(m.Client.__table__).where(m.Client.__table__.c.name == "Hooli").values(status="expired"))
    _show(qtbot, window.clients, Query())
    window.dialogs.path = str(tmp_path / "clients.xlsx")
    dialog = ask_and_export_view(window, window.clients, db_url, runner=window.runner, dialogs=window.dialogs,
                                 title="Clients", today=date(2026, 11, 23), leave_out_expired=True)
    qtbot.addWidget(dialog)
    report = _finish(qtbot, dialog)
    assert report == {"Clients": 3} and report.excluded_clients == 1
    names = [r[KEYS.index("name")] for r in openpyxl.load_workbook(tmp_path / "clients.xlsx").active.iter_rows(
        min_row=2, values_only=True)]
    assert sorted(names) == ["Acme", "Globex", "Initech"]
    assert "Expired clients left out: 1" in window.dialogs.messages[-1][2]
