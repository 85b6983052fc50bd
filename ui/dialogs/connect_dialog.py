"""File > Connect to team database… (issue 11): host, port, database, login, password
and TLS mode of a PostgreSQL server, a "Test connection" that says what connecting
would do, and "Use the local database" to go back to the file on this computer.

Connect checks the connection first (the same refusals as opening it: a schema older
than the app that this login may not migrate is said here, before the window restarts),
then keeps the password in the OS keyring and remembers the rest per user
(`ui.connection_store`); the password is never written to a file. The chosen URL is in
`chosen_url` once the dialog is accepted; the caller opens it.

Thread rule: GUI thread; the check and the keyring run in the dialog's worker, the
check bounded by `app.team_connection.CHECK_TIMEOUT_S`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import DeskError
from app.schema_version import HEAD
from app.team_connection import DEFAULT_PORT, SSL_MODES, CheckResult, TeamConnection, check
from ui.connection_store import ConnectionStore, local_url
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.refusals import sentence
from ui.workers import TaskRunner


def _check_and_keep(connection: TeamConnection, password: str) -> CheckResult:
    """Worker: the check, then the password into the keyring (only once it worked)."""
    from app.secrets import set_database_password

    result = check(connection, password)
    if result.revision is None and not result.can_migrate:
        raise _EmptyNotOwner(result.login)
    set_database_password(connection.account, password)
    return result


class _EmptyNotOwner(Exception):
    def __init__(self, login: str) -> None:
        super().__init__(login)
        self.login = login


class ConnectDialog(DeskDialog):
    def __init__(self, team: TeamConnection | None = None, *, store: ConnectionStore | None = None,
                 at_start: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to team database"))
        self.store = store or ConnectionStore()
        self.runner = TaskRunner(self, threads=1)
        self.chosen_url: str | None = None
        self.connection: TeamConnection | None = None
        team = team or self.store.team()

        layout = QVBoxLayout(self)
        intro = value_label("introLabel", self, self.tr(
            "A team works on one PostgreSQL database. Ask your administrator for these details.")
            if not at_start else self.tr("Choose the database: the team's PostgreSQL database, or the local file "
                                         "on this computer for one person."))
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = self._line("hostField", team.host if team else "")
        self.port = QSpinBox(self)
        self.port.setObjectName("portField")
        self.port.setRange(1, 65535)
        self.port.setValue(team.port if team else DEFAULT_PORT)
        self.database = self._line("databaseField", team.database if team else "accountdesk")
        self.user = self._line("userField", team.user if team else "")
        self.password = self._line("passwordField", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox(self)
        self.tls.setObjectName("tlsMode")
        labels = {"prefer": self.tr("Prefer TLS (prefer)"), "require": self.tr("Require TLS (require)"),
                  "verify-full": self.tr("Require TLS and check the server's certificate (verify-full)"),
                  "disable": self.tr("No TLS (disable)")}
        for mode in SSL_MODES:
            self.tls.addItem(labels[mode], mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(team.sslmode if team else "prefer")))
        for label, field in ((self.tr("&Server:"), self.host), (self.tr("&Port:"), self.port),
                             (self.tr("&Database:"), self.database), (self.tr("Log&in:"), self.user),
                             (self.tr("Pass&word:"), self.password), (self.tr("&TLS:"), self.tls)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        layout.addLayout(form)
        layout.addWidget(value_label("keyringNote", self, self.tr(
            "The password is kept in this computer's keyring (Windows Credential Manager, macOS Keychain or the "
            "Secret Service), never in a file.")))
        self.result_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "resultLabel", self)
        self.result_label = self.result_box.text
        self.result_box.hide()
        layout.addWidget(self.result_box)
        layout.addWidget(self.error_box)

        box, self.connect_button = self.make_button_box(self.tr("&Connect"), destructive=False)
        self.connect_button.setObjectName("connectButton")
        box.accepted.connect(self.connect_to_team)
        self.test_button = self._extra(box, "testButton", self.tr("T&est connection"), self.test_connection)
        self.local_button = self._extra(box, "useLocalButton", self.tr("Use the &local database"), self.use_local)
        layout.addWidget(box)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update_buttons)
        self._busy = False
        self._closed = False
        self._update_buttons()
        self.resize(520, self.sizeHint().height())

    def _line(self, name: str, text: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setObjectName(name)
        return line

    def _extra(self, box: QDialogButtonBox, name: str, text: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- what is typed -------------------------------------------------------------
    def team_connection(self) -> TeamConnection | None:
        host, database, user = (f.text().strip() for f in (self.host, self.database, self.user))
        if not (host and database and user):
            return None
        return TeamConnection(host=host, database=database, user=user, port=self.port.value(),
                              sslmode=self.tls.currentData())

    def _update_buttons(self) -> None:
        ready = self.team_connection() is not None and not self._busy
        self.connect_button.setEnabled(ready)
        self.test_button.setEnabled(ready)
        self.local_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self._update_buttons()
        if busy:
            self.clear_error()
            self._say(text)

    def _say(self, text: str) -> None:
        self.result_box.set_text(text)
        self.result_box.setVisible(bool(text))
        self.fit_height(grow_only=True)

    # --- test, connect, local --------------------------------------------------------
    def test_connection(self) -> None:
        connection = self.team_connection()
        if connection is None or self._busy:
            return
        self._set_busy(True, self.tr("Connecting to %1…").replace("%1", connection.where))
        self.runner.run(check, connection, self.password.text(), on_result=self._tested, on_error=self._failed)

    def _tested(self, result: CheckResult) -> None:
        self._set_busy(False)
        self._say(self.describe(result))

    def describe(self, result: CheckResult) -> str:
        """The sentence for a connection that works: what connecting will do."""
        if result.revision is None:
            text = (self.tr("Connected as %1: the database is empty; connecting creates the Account Desk tables.")
                    if result.can_migrate else
                    self.tr("Connected as %1, but the database is empty and this login cannot create the tables: "
                            "ask an administrator to connect first."))
            return text.replace("%1", result.login)
        if result.up_to_date:
            return self.tr("Connected as %1: the database is ready.").replace("%1", result.login)
        return (self.tr("Connected as %1: the database is at version %2; connecting brings it up to version %3.")
                .replace("%1", result.login).replace("%2", result.revision).replace("%3", HEAD))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say("")
        if isinstance(exc, _EmptyNotOwner):
            self.show_error(self.describe(CheckResult(exc.login, None, False)))
        elif isinstance(exc, DeskError):
            self.show_error(sentence(exc))
        else:
            self.show_error(f"{type(exc).__name__}: {exc}")

    def connect_to_team(self) -> None:
        connection = self.team_connection()
        if connection is None or self._busy:
            return
        self._set_busy(True, self.tr("Connecting to %1…").replace("%1", connection.where))
        password = self.password.text()
        self.runner.run(_check_and_keep, connection, password,
                        on_result=lambda _result: self._connected(connection, password), on_error=self._failed)

    def _connected(self, connection: TeamConnection, password: str) -> None:
        self._set_busy(False)
        if self._closed:  # closed while connecting: nothing is chosen
            return
        self.store.remember_team(connection)
        self.connection = connection
        self.chosen_url = connection.url(password)
        self.password.clear()
        self.accept()

    def use_local(self) -> None:
        self.store.remember_local()
        self.chosen_url = local_url()
        self.accept()

    def done(self, result: int) -> None:
        self._closed = True
        self.runner.wait()
        super().done(result)
