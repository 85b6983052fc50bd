"""Paged, searchable lists of clients, subscriptions and requests for the tables.

This is the read side of the service layer, written for speed: plain DB-API
connections (the stdlib ``sqlite3`` or psycopg) and hand-written SQL, so the window can
show its first page before SQLAlchemy is even imported. It never loads every row:
callers ask for a count and for pages. Thread rule: one `Listing` per thread (each
opens its own connection).

Search covers name, account number, emails and phones (DESIGN.md §13): on SQLite
through the FTS5 index the migration maintains, on PostgreSQL with ILIKE.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.search_terms import SearchPlan, fts_match, like_pattern, plan

# How a page of clients in name order meets a search (`Listing._page_walk`). The join reads
# every match and sorts them (about 0.45 us a match). From LIST_TENTHS of all clients matched,
# the page walks the name index instead and tests each client against the list of matches,
# made once: on the 100,000-client demo "b" (38 %) takes 5 ms instead of 19, "r" (27 %) 4
# instead of 16, "st" (11 %) 4 instead of 11, "a" (all) 13 instead of 29; below a tenth the
# join wins ("ma", 7 %: 9 ms against 13). Matches bunched at the end of the name order are
# the walk's worst case: a tenth of the clients, all last, 22 ms against 12.
# From DENSE_TENTHS, when the search's words are no longer than the FTS5 prefix index
# (prefix = '1 2 3' in the migration), the walk looks each client up in the index instead,
# without making the list: "a" 4 ms, "c" (89 %) 4 ms instead of 12.
LIST_TENTHS = 1
DENSE_TENTHS = 4
PREFIX_INDEX = 3
# Clients in these statuses are hidden from normal lists (§10) unless asked for.
HIDDEN_STATUSES = ("deactivating", "purged")
_HIDDEN_SQL = "(" + ", ".join(f"'{s}'" for s in HIDDEN_STATUSES) + ")"
# The ids of the clients a search matches (SQLite): one parameter, the FTS5 MATCH expression.
_FTS_IDS = "(SELECT rowid FROM client_fts WHERE client_fts MATCH ?)"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sql: str
    kind: str = "text"  # text | date | money | int
    order: str | None = None  # what it sorts by, when not its value (names: without accents)

    @property
    def order_sql(self) -> str:
        return self.order or self.sql


CLIENT_COLUMNS: tuple[Column, ...] = (
    Column("account_number", "Account", "c.account_number"),
    Column("name", "Name", "c.name", order="c.name_key"),
    Column("kind", "Kind", "c.kind"),
    Column("status", "Status", "c.status"),
    Column("account_manager", "Account manager", "s.name"),
    Column("email", "Email", "c.email"),
    Column("phone", "Phone", "c.phone"),
    Column("language", "Language", "c.language"),
    Column("created", "Created", "c.created", "date"),
)

# The status a subscription shows: nothing of an expired client runs. A trial that reached
# its end expires without touching its subscriptions (they keep "active" in the database),
# so they read "expired", as in the detail pane (`ClientDetailView.status_of`, the same rule).
SUBSCRIPTION_STATUS_SQL = ("CASE WHEN c.status = 'expired' AND u.status IN ('active', 'cancelling') "
                           "THEN 'expired' ELSE u.status END")

SUBSCRIPTION_COLUMNS: tuple[Column, ...] = (
    Column("account_number", "Account", "c.account_number"),
    Column("client", "Client", "c.name", order="c.name_key"),
    Column("participant", "Participant", "u.participant"),
    Column("plan", "Plan", "u.plan"),
    Column("price", "Price", "u.price", "money"),
    Column("period", "Period", "u.period"),
    Column("billing_day", "Billing day", "u.billing_day", "int"),
    Column("status", "Status", SUBSCRIPTION_STATUS_SQL),
    Column("next_billing_date", "Next billing", "u.next_billing_date", "date"),
    Column("access_end", "Access end", "u.access_end", "date"),
    Column("start", "Start", "u.start", "date"),
)


@dataclass(frozen=True)
class Query:
    """What a table shows: search text, status filter and sort (column key, ascending)."""

    search: str = ""
    status: str | None = None  # None = every visible status
    sort: tuple[tuple[str, bool], ...] = (("name", True),)
    client_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def filtered(self) -> bool:
        """Whether it shows fewer rows than the whole list: a search or a filter. When it
        does not, its count is the list's total (one count query, not two)."""
        return bool(not plan(self.search).empty or self.status or self.client_id is not None or self.extra)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed (app.search_terms)."""
    return fts_match(plan(text))


# A word of this many digits may be a phone number typed without spaces (PostgreSQL).
PHONE_WORD = 6


def _without_trunk_zero(digits: str) -> list[str]:
    """The digits, and without the national trunk 0: what an international number's
    digits contain ("0269…" is inside "33269…" once its 0 is dropped)."""
    return [digits, digits[1:]] if digits.startswith("0") and len(digits) > PHONE_WORD else [digits]


def _pg_connect(conninfo: str) -> Any:
    import psycopg

    from app.db import CONNECT_TIMEOUT

    return psycopg.connect(conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT)


def _in_prefix_index(search: SearchPlan) -> bool:
    """Whether every word of the search is in the FTS5 prefix index: looked up at once."""
    return not (search.phone or search.cjk or any(len(token) > PREFIX_INDEX for token in search.words))


class Listing:
    def __init__(self, connection: Any, dialect: str) -> None:
        self._con = connection
        self.dialect = dialect
        self._mark = "?" if dialect == "sqlite" else "%s"
        self._fts_counts: dict[str, int] = {}
        self._client_rows: int | None = None  # for the dense/sparse choice only: need not be current
        self._conninfo: str | None = None  # PostgreSQL: where to reconnect

    @classmethod
    def open(cls, url: str) -> Listing:
        """A read-only listing over the database at `url` (one per thread)."""
        from app.sqlite_file import sqlite_path

        path = sqlite_path(url)
        if path is not None:
            # Not mode=ro: a read-only connection cannot create WAL's shared-memory file.
            con = sqlite3.connect(Path(path), check_same_thread=False, isolation_level=None)
            con.execute("PRAGMA busy_timeout=10000")
            from app.network_fs import is_network_path

            if is_network_path(Path(path)):
                # A file left in WAL mode must not be read in it over a share (app/network_fs.py).
                con.execute("PRAGMA journal_mode=DELETE")
            con.execute("PRAGMA query_only=ON")
            return cls(con, "sqlite")
        conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
        listing = cls(_pg_connect(conninfo), "postgresql")
        listing._conninfo = conninfo
        return listing

    def close(self) -> None:
        self._con.close()

    # --- SQL building -----------------------------------------------------------
    def _search_clause(self, text: str, alias: str = "c") -> tuple[str, list[Any]]:
        search = plan(text)
        if search.empty:
            return "", []
        if self.dialect == "sqlite":
            match = fts_match(search)
            return f"{alias}.id IN {_FTS_IDS}", [match]
        return self._pg_search(search, alias)

    def _pg_search(self, search: SearchPlan, alias: str) -> tuple[str, list[Any]]:
        digits_of = "regexp_replace(coalesce({0}, ''), '[^0-9]', '', 'g')"

        def phone_match(alternatives: Sequence[str]) -> tuple[str, list[Any]]:
            tests = [f"{digits_of.format(col)} LIKE %s" for col in (f"{alias}.phone", "k.phone")]
            ors, values = [], []
            for digits in alternatives:
                ors.append(f"{tests[0]} OR EXISTS (SELECT 1 FROM contact k WHERE k.client_id = {alias}.id "
                           f"AND {tests[1]})")
                values += [like_pattern(digits)] * 2
            return "(" + " OR ".join(ors) + ")", values

        clauses, params = [], []
        for token in search.words:
            like = like_pattern(token)
            clause = (f"{alias}.name ILIKE %s OR {alias}.account_number ILIKE %s OR {alias}.email ILIKE %s "
                      f"OR {alias}.phone ILIKE %s OR EXISTS (SELECT 1 FROM contact k WHERE k.client_id = {alias}.id "
                      "AND (k.email ILIKE %s OR k.phone ILIKE %s OR k.name ILIKE %s))")
            values = [like] * 7
            if token.isdigit() and len(token) >= PHONE_WORD:  # a phone typed without spaces
                extra, more = phone_match(_without_trunk_zero(token))
                clause, values = f"{clause} OR {extra}", values + more
            clauses.append(f"({clause})")
            params += values
        if search.phone:
            alternatives = {d for p in search.phone for d in _without_trunk_zero(p)}
            clause, values = phone_match(sorted(alternatives))
            clauses.append(clause)
            params += values
        for run in search.cjk:
            clauses.append(f"{alias}.name ILIKE %s")
            params.append(like_pattern(run))
        return " AND ".join(clauses), params

    def _order(self, columns: Sequence[Column], sort: tuple[tuple[str, bool], ...], tiebreak: str,
               *, reverse: bool = False) -> str:
        """ORDER BY for `sort`, the id breaking ties; `reverse` gives the exact reverse order
        (each dialect puts NULLs at opposite ends for ASC and DESC, so flipping every key,
        the id included, reverses the whole list)."""
        by_key = {c.key: c for c in columns}
        keys = [(by_key[k].order_sql, asc) for k, asc in sort if k in by_key] + [(tiebreak, True)]
        return ", ".join(f"{sql} {'ASC' if asc != reverse else 'DESC'}" for sql, asc in keys)

    def _clients_source(self, query: Query, *, paging: bool = False) -> tuple[str, str, list[Any]]:
        """FROM, WHERE and parameters selecting the clients `query` shows.

        A SQLite search joins the FTS index to the clients, unless a page in name order is
        better read by walking the name index, stopping after one page (`_page_walk`).
        """
        where, params = [], []
        if query.status:
            where.append(f"c.status = {self._mark}")
            params.append(query.status)
        else:
            where.append(f"c.status NOT IN {_HIDDEN_SQL}")
        search = plan(query.search)
        match = fts_match(search) if self.dialect == "sqlite" else None
        if match is None:
            clause, more = self._search_clause(query.search)
            if clause:
                where.append(clause)
                params += more
            return "client c", " AND ".join(where), params
        params.append(match)
        walk = self._page_walk(query, match) if paging else None
        if walk == "lookup":
            where.append("EXISTS (SELECT 1 FROM client_fts WHERE client_fts MATCH ? AND rowid = c.id)")
            return "client c", " AND ".join(where), params
        if walk == "list":
            # The unary + keeps SQLite from reading the clients through the matches' ids.
            where.append(f"+c.id IN {_FTS_IDS}")
            return "client c", " AND ".join(where), params
        where.append("client_fts MATCH ?")
        # CROSS JOIN keeps the index as the outer loop: left to itself, SQLite may walk the
        # clients by status and run the MATCH once per client, which takes minutes.
        return "client_fts CROSS JOIN client c ON c.id = client_fts.rowid", " AND ".join(where), params

    def _fetch(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        try:
            return self._con.execute(sql, params).fetchall()
        except Exception:
            if self._conninfo is None or not getattr(self._con, "broken", False):
                raise
            # The server ended the connection (a restart, an administrator): once more on a
            # new one. A server still down raises here, and the caller says so.
            self._con = _pg_connect(self._conninfo)
            return self._con.execute(sql, params).fetchall()

    def _fetch_page(self, sql: str, params: list[Any], width: int) -> list[tuple[Any, ...]]:
        """The rows of a page query of `width` columns, in its order.

        On SQLite they come back as one JSON value: the driver gives the GIL up and takes
        it back at every row it steps, so beside a worker busy in Python (the facade's
        import at start-up, a catch-up) a 200-row page waited for that worker 200 times:
        65 ms instead of 3 ms with 0.1 ms GIL turns, 1.3 s with the default 5 ms, against
        5 and 29 ms as one value (the 100,000-client demo). The values listed here are text,
        integers and NULL, which JSON carries unchanged (money is in integer cents).
        """
        if self.dialect != "sqlite":
            return self._fetch(sql, params)
        names = ", ".join(f"v{i}" for i in range(width))
        # The page's own ORDER BY and LIMIT stay inside: the rows reach the aggregate in that order.
        packed = self._fetch(f"WITH page({names}) AS ({sql}) SELECT json_group_array(json_array({names})) FROM page",
                             params)[0][0]
        return [tuple(row) for row in json.loads(packed)]

    # --- clients ------------------------------------------------------------------
    def _fts_matches(self, match: str) -> int:
        """How many clients the FTS index matches (one index row per client); remembered
        for the last few searches, since paging asks again."""
        if match not in self._fts_counts:
            if len(self._fts_counts) > 32:
                self._fts_counts.clear()
            self._fts_counts[match] = self._fetch(
                "SELECT count(*) FROM client_fts WHERE client_fts MATCH ?", [match])[0][0]
        return self._fts_counts[match]

    def count_clients(self, query: Query) -> int:
        if not query.filtered():
            return self.total_clients()
        search = plan(query.search)
        match = fts_match(search) if self.dialect == "sqlite" else None
        if match is not None and not query.status:
            # Counting the index alone is several times faster than joining every match to
            # its client; only the few hidden clients are joined, to take them off.
            self._fts_counts.pop(match, None)
            hidden = self._fetch(
                f"SELECT count(*) FROM client c WHERE c.status IN {_HIDDEN_SQL} AND EXISTS "
                "(SELECT 1 FROM client_fts WHERE client_fts MATCH ? AND rowid = c.id)", [match])[0][0]
            return self._fts_matches(match) - hidden
        source, where, params = self._clients_source(query)
        return self._fetch(f"SELECT count(*) FROM {source} WHERE {where}", params)[0][0]

    def _page_walk(self, query: Query, match: str) -> str | None:
        """How a page of clients in name order meets the search `match` (see LIST_TENTHS):
        None joins the matches and sorts them; "list" walks the name index, testing each
        client against the list of matches; "lookup" walks it, looking each client up in
        the FTS index (most clients match a short prefix)."""
        if not query.sort or query.sort[0][0] != "name":
            return None
        if self._client_rows is None:
            self._client_rows = self._fetch("SELECT count(*) FROM client", [])[0][0]
        tenths = self._fts_matches(match) * 10
        if _in_prefix_index(plan(query.search)) and tenths >= self._client_rows * DENSE_TENTHS:
            return "lookup"
        return "list" if tenths >= self._client_rows * LIST_TENTHS else None

    def total_clients(self) -> int:
        """The clients a list shows unfiltered. All of them less the hidden few: SQLite counts
        the smallest index for the first (2.5 ms on the 100,000-client demo) where NOT IN
        walks every entry of the status index (12 ms, at every first paint and refresh)."""
        return self._fetch(f"SELECT (SELECT count(*) FROM client) - "
                           f"(SELECT count(*) FROM client WHERE status IN {_HIDDEN_SQL})", [])[0][0]

    def client_page(self, query: Query, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """Rows of (id, *CLIENT_COLUMNS values)."""
        return self._client_rows_at(query, offset, limit, reverse=False)

    def client_page_from_end(self, query: Query, from_end: int, limit: int) -> list[tuple[Any, ...]]:
        """The `limit` rows that end `from_end` rows before the last, in the list's order: the
        same rows as `client_page(query, count - from_end - limit, limit)`, read backwards so
        that the database skips `from_end` rows, not nearly all of them (End on a long list)."""
        return self._client_rows_at(query, from_end, limit, reverse=True)[::-1]

    def _client_rows_at(self, query: Query, offset: int, limit: int, *, reverse: bool) -> list[tuple[Any, ...]]:
        source, where, params = self._clients_source(query, paging=True)
        cols = ", ".join(c.sql for c in CLIENT_COLUMNS)
        order = self._order(CLIENT_COLUMNS, query.sort, "c.id", reverse=reverse)
        sql = (f"SELECT c.id, {cols} FROM {source} LEFT JOIN staff_user s ON s.id = c.account_manager_id "
               f"WHERE {where} ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)}")
        return self._fetch_page(sql, params, 1 + len(CLIENT_COLUMNS))

    # --- subscriptions --------------------------------------------------------------
    def _subscriptions_where(self, query: Query, *, walk: bool = False) -> tuple[str, list[Any]]:
        where = ["u.status != 'voided'", f"c.status NOT IN {_HIDDEN_SQL}"]
        params: list[Any] = []
        if query.status:
            where.append(f"{SUBSCRIPTION_STATUS_SQL} = {self._mark}")
            params.append(query.status)
        if query.client_id is not None:
            where.append(f"u.client_id = {self._mark}")
            params.append(query.client_id)
        clause, more = self._search_clause(query.search)
        if walk and clause:
            # The unary + keeps SQLite from reading the clients through the matches' ids: it
            # walks the name index and tests each client against the list of matches.
            clause = "+" + clause
        if clause:
            where.append(clause)
            params += more
        return " AND ".join(where), params

    def _walks_clients(self, query: Query) -> bool:
        """Whether a subscriptions page in client-name order walks the clients' name index,
        each client's subscriptions beside it (SQLite), rather than join every subscription
        and sort. On the 283,000-subscription demo the first page takes 0.4 ms instead of
        52 ms; a search 1-17 ms whatever it matches ("d", all clients: 9 ms instead of 81;
        "agence", few and all at the start: 17 ms from the end instead of 8). Not for a
        status filter or one client's subscriptions: the join is right for those."""
        return (self.dialect == "sqlite" and not query.status and query.client_id is None
                and bool(query.sort) and query.sort[0][0] == "client")

    def count_subscriptions(self, query: Query) -> int:
        if not query.filtered():
            return self._subscriptions_from_indexes(None)
        match = fts_query(query.search) if self.dialect == "sqlite" else None
        if match is not None and not query.status and query.client_id is None:
            return self._subscriptions_from_indexes(None if self._every_client_matches(query, match) else match)
        where, params = self._subscriptions_where(query)
        sql = f"SELECT count(*) FROM subscription u JOIN client c ON c.id = u.client_id WHERE {where}"
        return self._fetch(sql, params)[0][0]

    def _every_client_matches(self, query: Query, match: str) -> bool:
        """Whether the search finds every client (the FTS index holds one row per client):
        then the subscriptions it lists are all of them, read without it. Every account
        number starts "AD-0", so "a", "ad" and "ad-0" do: on the 283,000-subscription demo
        their count and first page took 54-62 ms, against 13-20 ms asking first. Asked for
        words in the prefix index only, where it costs 3 ms: a longer word costs more to
        count ("contact@a", 9 ms) and seldom finds everyone."""
        return _in_prefix_index(plan(query.search)) and bool(self._fetch(
            "SELECT (SELECT count(*) FROM client_fts WHERE client_fts MATCH ?) >= (SELECT count(*) FROM client)",
            [match])[0][0])

    def _subscriptions_from_indexes(self, match: str | None) -> int:
        """The subscriptions a list shows (of the clients `match` finds, or all), counted from
        the indexes rather than by joining every subscription to its client: all, less the
        voided ones, less those of the few hidden clients. On the 283,000-subscription demo:
        8 ms instead of 40 unfiltered; "d" 29 ms instead of 64, "dubois" 3 ms instead of 13.
        The voided and hidden ones are few: SQLite reads them and tests each against the matches."""
        def of_matches(column: str) -> str:
            return "" if match is None else f" AND {column} IN {_FTS_IDS}"

        # The matches' subscriptions counted along the FTS results (one row per client), each
        # client's beside it in the client_id index: no list of the matches to build first
        # ("c", 88,543 clients: 26 ms instead of 36).
        everyone = ("SELECT count(*) FROM subscription" if match is None else
                    "SELECT count(*) FROM client_fts f CROSS JOIN subscription s ON s.client_id = f.rowid "
                    "WHERE client_fts MATCH ?")
        sql = (f"SELECT ({everyone}) - "
               f"(SELECT count(*) FROM subscription WHERE status = 'voided'{of_matches('client_id')}) - "
               f"(SELECT count(*) FROM subscription u JOIN client c ON c.id = u.client_id "
               f"WHERE u.status != 'voided' AND c.status IN {_HIDDEN_SQL}{of_matches('c.id')})")
        return self._fetch(sql, [] if match is None else [match] * 3)[0][0]

    def subscription_page(self, query: Query, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """Rows of (id, client_id, *SUBSCRIPTION_COLUMNS values); price in cents."""
        return self._subscription_rows_at(query, offset, limit, reverse=False)

    def subscription_page_from_end(self, query: Query, from_end: int, limit: int) -> list[tuple[Any, ...]]:
        """Like `client_page_from_end`, for subscriptions."""
        return self._subscription_rows_at(query, from_end, limit, reverse=True)[::-1]

    def _subscription_rows_at(self, query: Query, offset: int, limit: int, *,
                              reverse: bool) -> list[tuple[Any, ...]]:
        match = fts_query(query.search) if self.dialect == "sqlite" else None
        if match is not None and self._every_client_matches(query, match):
            query = replace(query, search="")
        walk = self._walks_clients(query)
        where, params = self._subscriptions_where(query, walk=walk)
        cols = ", ".join(c.sql for c in SUBSCRIPTION_COLUMNS)
        order = self._order(SUBSCRIPTION_COLUMNS, query.sort, "u.id", reverse=reverse)
        # CROSS JOIN keeps the clients as SQLite's outer loop, in name order.
        source = ("client c CROSS JOIN subscription u ON u.client_id = c.id" if walk
                  else "subscription u JOIN client c ON c.id = u.client_id")
        sql = (f"SELECT u.id, u.client_id, {cols} FROM {source} "
               f"WHERE {where} ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)}")
        return self._fetch_page(sql, params, 2 + len(SUBSCRIPTION_COLUMNS))

    # --- requests -----------------------------------------------------------------
    def count_requests(self, status: str = "pending") -> int:
        sql = f"SELECT count(*) FROM cancellation_request WHERE status = {self._mark}"
        return self._fetch(sql, [status])[0][0]
