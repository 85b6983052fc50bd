"""File > Connect to team database… and File > Use the local database (issue 11), and
the status bar's "who is signed in, and where".

Switching databases starts the window again on the chosen one: the window closes with
`switch_to` set, and `ui.app.run_gui` opens the new database as at start-up (the lists,
the query thread and the facade all belong to one database).

Thread rule: GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.paths import default_database_path
from app.sqlite_file import sqlite_path
from app.team_connection import team_connection_of
from ui.connection_store import ConnectionStore, local_url
from ui.i18n import _t
from ui.labels import role_label

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def where_text(url: str) -> str:
    """"team database db.example.com/accountdesk", "local file" or "file name.sqlite3"."""
    team = team_connection_of(url)
    if team is not None:
        return _t("Connection", "team database %1").replace("%1", team.where)
    path = sqlite_path(url)
    if path is None or path.resolve() == default_database_path().resolve():
        return _t("Connection", "local file")
    return _t("Connection", "file %1").replace("%1", path.name)


def signed_in_text(actor: Any, url: str) -> str:
    """"Anna Lee (Manager) · team database db.example.com/accountdesk"."""
    return _t("Connection", "%1 (%2) · %3").replace("%1", actor.name).replace("%2", role_label(actor.role)) \
        .replace("%3", where_text(url))


def show_signed_in(window: MainWindow) -> None:
    """The status bar's permanent "who and where", once the facade is open."""
    label = window.ui.signed_in
    label.setText(signed_in_text(window.desk.actor, window.url))
    label.setToolTip(label.text())
    label.show()


def switch_database(window: MainWindow, url: str) -> None:
    """Closes the window so that the program opens it again on `url` (ui.app.run_gui)."""
    window.switch_to = url
    window.close()


def connect_to_team(window: MainWindow) -> None:
    from ui.dialogs.connect_dialog import ConnectDialog

    team = team_connection_of(window.url)
    window.opener.open(lambda: None, lambda _none: ConnectDialog(team, store=ConnectionStore(), parent=window),
                       lambda dialog: switch_database(window, dialog.chosen_url) if dialog.chosen_url else None)


def use_local_database(window: MainWindow) -> None:
    ConnectionStore().remember_local()
    if sqlite_path(window.url) is not None and where_text(window.url) == where_text(local_url()):
        window.statusBar().showMessage(_t("Connection", "The local database is already open."), 5000)
        return
    switch_database(window, local_url())
