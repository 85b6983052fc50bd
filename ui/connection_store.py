"""Which database the window opens, remembered per user (issue 11).

QSettings (the per-user store, ``connection/...``) holds the team database's host,
port, database, login and TLS mode, or that the local file was chosen; never the
password, which the OS keyring keeps (`app.secrets`, under `TeamConnection.account`).

At start-up the database is, in order: ``--db``, ``ACCOUNTDESK_DB``, the remembered
team database (its password from the keyring), the local file. The very first start
opens the local file, the default (DESIGN §1): nobody is asked a question before they
see the app; File > Connect to team database… switches. When the remembered team
database cannot be opened, the connection dialog asks, with the reason shown and "Use
the local database" beside Connect.

Thread rule: GUI thread. The keyring and the connection check may block: the dialog
runs them in its worker; `startup_url` runs before the window exists, so blocking there
holds nothing up but the start itself.
"""

from __future__ import annotations

import argparse
import os

from PySide6.QtCore import QSettings

from app.errors import DeskError
from app.paths import default_database_path
from app.team_connection import DEFAULT_PORT, TeamConnection
from ui.settings_store import default_settings

GROUP = "connection"
LOCAL, TEAM = "local", "team"


def local_url() -> str:
    return f"sqlite:///{default_database_path()}"


class ConnectionStore:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else default_settings()

    def kind(self) -> str | None:
        value = self.settings.value(f"{GROUP}/kind")
        return value if value in (LOCAL, TEAM) else None

    def team(self) -> TeamConnection | None:
        """The team database last connected to (also when the local file is in use now)."""
        s, g = self.settings, GROUP
        host, database, user = (str(s.value(f"{g}/{k}") or "") for k in ("host", "database", "user"))
        if not (host and database and user):
            return None
        try:
            port = int(s.value(f"{g}/port") or DEFAULT_PORT)
        except (TypeError, ValueError):
            port = DEFAULT_PORT
        return TeamConnection(host=host, database=database, user=user, port=port,
                              sslmode=str(s.value(f"{g}/sslmode") or "prefer"))

    def remember_team(self, connection: TeamConnection) -> None:
        s, g = self.settings, GROUP
        for key, value in (("kind", TEAM), ("host", connection.host), ("port", connection.port),
                           ("database", connection.database), ("user", connection.user),
                           ("sslmode", connection.sslmode)):
            s.setValue(f"{g}/{key}", value)
        s.sync()

    def remember_local(self) -> None:
        self.settings.setValue(f"{GROUP}/kind", LOCAL)
        self.settings.sync()


def startup_url(args: argparse.Namespace, store: ConnectionStore | None = None) -> str | None:
    """The database the window opens; None when the user closed the connection dialog
    without choosing (the program then ends)."""
    explicit = getattr(args, "db", None) or os.environ.get("ACCOUNTDESK_DB")
    if explicit:
        return explicit
    store = store or ConnectionStore()
    kind = store.kind()
    if getattr(args, "screenshot", None) or kind == LOCAL:
        return local_url()
    team = store.team()
    if kind == TEAM and team is not None:
        from app.secrets import get_database_password
        from app.team_connection import check

        try:
            password = get_database_password(team.account)  # none stored: the server's rules (trust, .pgpass)
            check(team, password)
            return team.url(password)
        except DeskError as exc:
            return _ask(store, team, exc)
    return local_url()  # the default: the SQLite file of this computer, created at once (DESIGN §1)


def _ask(store: ConnectionStore, team: TeamConnection | None, problem: DeskError | None) -> str | None:
    from ui.dialogs.connect_dialog import ConnectDialog

    dialog = ConnectDialog(team, store=store, at_start=True)
    if problem is not None:
        from ui.refusals import sentence

        dialog.show_error(sentence(problem))
    if not dialog.exec():
        return None
    return dialog.chosen_url
