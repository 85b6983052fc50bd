"""A team database on a PostgreSQL server (issue 11): where it is, its URL, and a quick
check that a login can use it — without the password ever in a file.

`TeamConnection` is what the window remembers per user (host, port, database, login,
TLS mode); the password lives in the OS keyring under `account` (`app.secrets`). The URL
handed to `Desk.open` carries the password in memory only. Scripts write the URL
themselves: ``postgresql+psycopg://user@host/db?sslmode=require`` (a password from the
server's trust rules, ``~/.pgpass`` or ``PGPASSWORD``).

`check` connects with a short timeout and says whether opening would work: it refuses
as `Desk.open` would (a schema older than the app that this login may not migrate, a
newer one, another program's tables), so the connection dialog says it before the
window is started again. It blocks for up to `timeout` seconds: call it in a worker.

Imports neither SQLAlchemy nor Qt at module level (the window's fast start reads `where`).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from app.errors import DatabaseError
from app.schema_version import HEAD, KNOWN_REVISIONS

SSL_MODES = ("prefer", "require", "verify-full", "disable")
DEFAULT_PORT = 5432
CHECK_TIMEOUT_S = 5
# The same question Desk.open asks before migrating (app/db.py): may this login change the schema?
CAN_MIGRATE_SQL = ("SELECT pg_has_role(current_user, c.relowner, 'USAGE') "
                   "AND has_schema_privilege(current_user, n.oid, 'CREATE') "
                   "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE c.oid = to_regclass('alembic_version')")


@dataclass(frozen=True)
class TeamConnection:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"

    @property
    def account(self) -> str:
        """The name its password is kept under in the keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def where(self) -> str:
        """How the window names it: db.example.com/accountdesk (the port when not the usual)."""
        host = self.host if self.port == DEFAULT_PORT else f"{self.host}:{self.port}"
        return f"{host}/{self.database}"

    def url(self, password: str | None = None) -> str:
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        return (f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{quote(self.database, safe='')}"
                f"?sslmode={self.sslmode}")


def team_connection_of(url: str) -> TeamConnection | None:
    """The connection a PostgreSQL URL names (its password left out); None for a SQLite URL."""
    scheme = url.split("://", 1)[0]
    if not scheme.startswith(("postgresql", "postgres")):
        return None
    parts = urlsplit(url)
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    return TeamConnection(host=parts.hostname or "localhost", database=unquote(parts.path.lstrip("/")),
                          user=unquote(parts.username or ""), port=parts.port or DEFAULT_PORT,
                          sslmode=query.get("sslmode", "prefer"))


@dataclass(frozen=True)
class CheckResult:
    login: str
    revision: str | None  # None: an empty database (opening creates the tables)
    can_migrate: bool

    @property
    def up_to_date(self) -> bool:
        return self.revision == HEAD


def check(connection: TeamConnection, password: str | None, timeout: int = CHECK_TIMEOUT_S) -> CheckResult:
    """Connects, reads the schema's version and whether this login may migrate it.

    Refuses (DatabaseError) with `Desk.open`'s sentences: database_cannot_open (the
    server's reason: refused, unknown login, wrong password, no TLS), database_schema_older,
    database_newer, database_foreign."""
    import psycopg

    try:
        with psycopg.connect(host=connection.host, port=connection.port, dbname=connection.database,
                             user=connection.user, password=password or None, sslmode=connection.sslmode,
                             connect_timeout=timeout, options=f"-c statement_timeout={timeout * 1000}",
                             autocommit=True) as conn:
            login = conn.execute("SELECT current_user").fetchone()[0]
            has_version = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()[0]
            if not has_version:
                tables = conn.execute("SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_schema = current_schema()").fetchone()[0]
                if tables:
                    raise DatabaseError("database_foreign", url=connection.where)
                creates = conn.execute("SELECT has_schema_privilege(current_schema(), 'CREATE')").fetchone()[0]
                return CheckResult(login, None, bool(creates))
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            migrates = bool(conn.execute(CAN_MIGRATE_SQL).fetchone()[0])
    except psycopg.Error as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DatabaseError("database_cannot_open", url=connection.where, reason=reason) from exc
    if revision not in KNOWN_REVISIONS:
        raise DatabaseError("database_newer", url=connection.where)
    if revision != HEAD and not migrates:
        raise DatabaseError("database_schema_older", current=revision, needed=HEAD)
    return CheckResult(login, revision, migrates)
