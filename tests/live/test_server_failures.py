"""A PostgreSQL server that fails: down at open, the connection ended in the middle of a
call, a right refused by the server. Each is one clear sentence, nothing is half-applied,
and calling again once the server is back succeeds."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from desk_fixtures import PG_URL, reset_postgres
from services.snapshot import snapshot
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from app.db import make_engine
from app.desk import Desk
from app.errors import DatabaseError
from app.server_failures import SERVER_CODES

pytestmark = pytest.mark.postgres
TODAY = date(2026, 11, 22)


@pytest.fixture
def pg_desk() -> Iterator[Desk]:
    reset_postgres()
    with Desk.open(PG_URL, today=TODAY) as desk:
        yield desk


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pending_request(desk: Desk) -> int:
    client = desk.add_client("Acme", email="acme@example.com")
    contact = desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=True)
    desk.add_card(client, "Visa", "4242", 12, 2030)
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    return desk.record_request(contact, subscription_id=sub, message="please stop")


def _cut_at_statement(desk: Desk, n: int):  # noqa: ANN202 - returns the armed listener
    """Ends the desk's server connection (pg_terminate_backend from another connection)
    just before the `n`-th writing statement of the next call."""
    killer = create_engine(PG_URL)
    seen = {"dml": 0, "cut": False}

    def before(conn, cursor, statement, *_args) -> None:  # noqa: ANN001 - SQLAlchemy's event signature
        if seen["cut"] or not statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            return
        seen["dml"] += 1
        if seen["dml"] == n:
            seen["cut"] = True
            with killer.begin() as other:
                assert other.execute(text("SELECT pg_terminate_backend(:pid, 5000)"),
                                     {"pid": cursor.connection.info.backend_pid}).scalar()

    event.listen(desk.engine, "before_cursor_execute", before)
    return before, killer, seen


def test_a_connection_ended_mid_approval_changes_nothing_and_retry_succeeds(pg_desk: Desk) -> None:
    request = _pending_request(pg_desk)
    before_call = snapshot(pg_desk)
    listener, killer, seen = _cut_at_statement(pg_desk, 2)
    try:
        with pytest.raises(DatabaseError) as refused:
            pg_desk.approve_request(request)
    finally:
        event.remove(pg_desk.engine, "before_cursor_execute", listener)
        killer.dispose()

    assert seen["cut"] and seen["dml"] >= 2  # one write had been sent before the cut
    assert refused.value.code == "connection_lost"
    assert "connection to the database server was lost" in str(refused.value)
    assert snapshot(pg_desk) == before_call  # nothing half-applied

    pg_desk.approve_request(request)  # Retry: a fresh connection replaces the dead one
    assert pg_desk.request(request).status == "approved"


def test_a_server_that_does_not_listen_is_told_quickly_at_open() -> None:
    url = make_url(PG_URL).set(port=_free_port()).render_as_string(hide_password=False)
    started = time.monotonic()
    with pytest.raises(DatabaseError) as refused:
        Desk.open(url, today=TODAY)
    assert time.monotonic() - started < 5
    assert refused.value.code == "database_server_unreachable"
    assert refused.value.code in SERVER_CODES
    assert "cannot be reached" in str(refused.value)


def test_a_server_gone_after_opening_is_told_as_unreachable(pg_desk: Desk) -> None:
    client = pg_desk.add_client("Acme")
    # The same person's desk, whose server has stopped: nothing listens at its address any more.
    gone = Desk(make_engine(pg_desk.engine.url.set(port=_free_port()).render_as_string(hide_password=False)),
                pg_desk.actor, TODAY)
    try:
        with pytest.raises(DatabaseError) as refused:
            gone.client_detail(client)
        assert refused.value.code == "server_unreachable"
        with pytest.raises(DatabaseError) as refused:
            gone.add_note(client, "lost")
        assert refused.value.code == "server_unreachable"
    finally:
        gone.close()


def test_a_right_refused_by_the_server_is_one_sentence_and_changes_nothing(pg_desk: Desk) -> None:
    login = f"adt_reader_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE ROLE {login} LOGIN"))
        pg_desk.add_staff("Rita Reader", "rita@example.com", "manager", db_login=login)
        with admin.begin() as conn:  # a right the role needs, taken away on the server by mistake
            conn.execute(text("REVOKE INSERT ON client FROM accountdesk_staff"))
        before_call = snapshot(pg_desk)
        with Desk.open(make_url(PG_URL).set(username=login).render_as_string(hide_password=False),
                       today=TODAY) as reader:
            with pytest.raises(DatabaseError) as refused:
                reader.add_client("Not allowed")
        assert refused.value.code == "server_permission_denied"
        assert "permission denied" in refused.value.params["reason"]
        assert snapshot(pg_desk) == before_call
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {login}"))
            conn.execute(text(f"DROP ROLE IF EXISTS {login}"))
        admin.dispose()
