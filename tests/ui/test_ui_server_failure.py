"""A failing server seen from the window (issue 11): the error dialog offers Retry, which
runs the same facade call again; the window keeps what it shows. On PostgreSQL, whose
connection a second session ends (pg_terminate_backend) at a chosen statement."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from desk_fixtures import PG_URL, reset_postgres
from sqlalchemy import create_engine, event, text

from app.desk import Desk
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url() -> str:
    reset_postgres()
    return PG_URL


@pytest.fixture
def cut_next_statement(desk: Desk) -> Iterator[dict[str, int]]:
    """Once armed (`cuts["left"] = n`), ends the desk's connection before each of its next n statements."""
    killer = create_engine(PG_URL)
    cuts = {"left": 0, "done": 0}

    def before(conn, cursor, statement, *_args) -> None:  # noqa: ANN001 - SQLAlchemy's event signature
        if cuts["left"] > 0:
            cuts["left"] -= 1
            cuts["done"] += 1
            with killer.begin() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid, 5000)"),
                              {"pid": cursor.connection.info.backend_pid})

    event.listen(desk.engine, "before_cursor_execute", before)
    yield cuts
    event.remove(desk.engine, "before_cursor_execute", before)
    killer.dispose()


def test_retry_in_the_error_dialog_runs_the_action_again(window: MainWindow, world, cut_next_statement,
                                                         qtbot) -> None:
    window.dialogs.retries = [True]
    rows_before = window.clients.model.rowCount()
    cut_next_statement["left"] = 1

    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.record_request()  # reads the dialog's form: the connection is ended under it

    kinds = [kind for kind, _title, _text in window.dialogs.messages]
    assert kinds == ["retry"]
    assert "connection to the database server was lost" in window.dialogs.messages[0][2]
    assert cut_next_statement["done"] == 1
    assert opened.args[0].objectName()  # the dialog opened on the second read
    opened.args[0].reject()
    assert window.clients.model.rowCount() == rows_before  # the window kept its rows


def test_close_in_the_error_dialog_leaves_the_window_as_it_was(window: MainWindow, world, cut_next_statement,
                                                               qtbot) -> None:
    window.dialogs.retries = [False]
    shown = window.detail.detail.client.id
    cut_next_statement["left"] = 1

    window.record_request()
    qtbot.waitUntil(lambda: bool(window.dialogs.messages), timeout=5000)

    assert window.dialogs.messages[0][0] == "retry"
    assert window.opener.dialog is None and not window.opener.busy()
    assert window.detail.detail.client.id == shown


def test_after_a_server_restart_the_window_reads_again_on_new_connections(window: MainWindow, world, qtbot) -> None:
    rows = window.clients.model.rowCount()
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        window.refresh()  # the query thread has its connection open
    killer = create_engine(PG_URL)
    try:
        with killer.begin() as conn:  # what a restart does to every connection the window holds
            ended = conn.execute(text("SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
    finally:
        killer.dispose()
    assert ended >= 2  # the tables' connections and the desk's pool

    with qtbot.waitSignal(window.table_loaded, timeout=5000), qtbot.waitSignal(window.detail_loaded, timeout=5000):
        window.refresh()  # F5
    assert window.clients.model.rowCount() == rows
    assert window.detail.detail.client.id == world.acme
