"""Logins made by a test on the shared PostgreSQL cluster (roles are cluster-wide).

Every login gets a unique name and is dropped at the end; the group roles
(accountdesk_*) are shared with other databases on the cluster and are never dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from desk_fixtures import PG_URL
from sqlalchemy.engine import make_url


def admin_connection() -> psycopg.Connection[Any]:
    url = make_url(PG_URL)
    return psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database, user=url.username,
                           autocommit=True)


class Logins:
    """Creates logins named ``adt_<word>_<random>``; `url(login)` opens the test database as it."""

    def __init__(self) -> None:
        self.made: list[str] = []

    def create(self, word: str, *options: str) -> str:
        login = f"adt_{word}_{uuid.uuid4().hex[:10]}"
        with admin_connection() as conn:
            conn.execute(f'CREATE ROLE "{login}" LOGIN {" ".join(options)}')
        self.made.append(login)
        return login

    def name(self, word: str) -> str:
        """A fresh login name, not created: the code under test creates it (dropped at the
        end if it did)."""
        login = f"adt_{word}_{uuid.uuid4().hex[:10]}"
        self.made.append(login)
        return login

    def url(self, login: str) -> str:
        return make_url(PG_URL).set(username=login).render_as_string(hide_password=False)

    @contextmanager
    def sql(self, login: str) -> Iterator[psycopg.Connection[Any]]:
        """A plain connection as `login` (autocommit: each statement stands alone)."""
        url = make_url(PG_URL)
        with psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database, user=login,
                             autocommit=True) as conn:
            yield conn

    def drop_all(self) -> None:
        with admin_connection() as conn:
            for login in reversed(self.made):
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
                    continue  # a name the test never created
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (login,))
                conn.execute(f'DROP OWNED BY "{login}"')
                conn.execute(f'DROP ROLE IF EXISTS "{login}"')


def member_of(login: str) -> set[str]:
    """The Account Desk groups `login` is a direct member of."""
    with admin_connection() as conn:
        rows = conn.execute(
            "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
            "JOIN pg_roles g ON g.oid = a.roleid WHERE m.rolname = %s AND g.rolname LIKE 'accountdesk\\_%%'",
            (login,)).fetchall()
    return {r[0] for r in rows}
