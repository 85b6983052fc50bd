"""Renders the README's pictures of the real app into docs/ (`make screenshots`).

Each picture is a function registered with `@shot`: it gets a Desk on a fresh database
with a fixed date and returns the widget to grab. The main window is taken by the app
itself (`accountdesk --screenshot`) on a demo database. Run offscreen; look at every
picture after a change (layout, cut-off text, disabled states and their tooltips).

    make screenshots                     # every picture
    .venv/bin/python docs/screenshots.py cancel   # only those whose name contains "cancel"
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 11, 22)
SHOTS: dict[str, Callable[[Any], Any]] = {}


def shot(name: str) -> Callable[[Callable[[Any], Any]], Callable[[Any], Any]]:
    def register(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        SHOTS[name] = fn
        return fn
    return register


def acme(desk: Any) -> dict[str, int]:
    """A client with a card, its account owner, a second user and two plans."""
    client = desk.add_client("Acme Industries", email="accounts@acme.example", phone="+33 1 23 45 67 89")
    owner = desk.add_contact(client, "Alice Martin", "alice@acme.example", role="primary_admin", seat=True)
    bob = desk.add_contact(client, "Bob Stone", "bob@acme.example", seat=True)
    desk.add_card(client, "Visa", "4242", 12, 2028)
    team = desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 1, 15), participant="Alice Martin")
    pro = desk.add_subscription(client, "Pro", Decimal("100.00"), start=date(2026, 3, 10), billing_day=20)
    return {"client": client, "owner": owner, "bob": bob, "team": team, "pro": pro}


@shot("cancel-subscription.png")
def _cancel(desk: Any) -> Any:
    from ui.dialogs.cancel_subscription import CancelSubscriptionDialog

    ids = acme(desk)
    return CancelSubscriptionDialog(desk, desk.cancellation_form(ids["team"]))


@shot("cancel-subscription-blocked.png")
def _cancel_blocked(desk: Any) -> Any:
    from ui.dialogs.cancel_subscription import CancelSubscriptionDialog

    client = desk.add_client("Globex Corporation", email="billing@globex.example")  # no card: unpaid
    sub = desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 9, 15))
    return CancelSubscriptionDialog(desk, desk.cancellation_form(sub))


@shot("connect-dialog.png")
def _connect(desk: Any) -> Any:
    from PySide6.QtCore import QSettings

    from app.team_connection import CheckResult, TeamConnection
    from ui.connection_store import ConnectionStore
    from ui.dialogs.connect_dialog import ConnectDialog

    store = ConnectionStore(QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat))
    team = TeamConnection("db.example.com", "accountdesk", "anna.lee", sslmode="verify-full")
    dialog = ConnectDialog(team, store=store)
    dialog.password.setText("not a real one")
    dialog.show()
    dialog._tested(CheckResult("anna.lee", "0003_import", True))  # what Test connection says
    return dialog


@shot("void-invoice.png")
def _void(desk: Any) -> Any:
    from ui.dialogs.void_invoice import VoidInvoiceDialog

    ids = acme(desk)
    return VoidInvoiceDialog(desk, desk.void_form(ids["pro"]))


@shot("settings-staff.png")
def _settings_staff(desk: Any) -> Any:
    from ui.dialogs.settings_dialog import SettingsDialog

    desk.add_staff("Ana Martins", "ana@example.com", "manager", language="fr")
    desk.add_staff("Wei Zhang", "wei@example.com", "staff", language="zh")
    desk.deactivate_staff(desk.add_staff("Sam Lee", "sam@example.com", "staff"))
    dialog = SettingsDialog(desk)
    dialog.tabs.setCurrentWidget(dialog.staff_section)
    dialog.loaded = dialog.staff_section.loaded  # settle() waits for the table
    dialog.staff_section.loaded.connect(lambda: dialog.staff_section.select("ana@example.com"))
    return dialog


@shot("review-request.png")
def _review(desk: Any) -> Any:
    from ui.dialogs.review_request import ReviewRequestDialog

    ids = acme(desk)
    request = desk.record_request(ids["owner"], subscription_id=ids["team"], channel="phone",
                                  received=date(2026, 11, 13),
                                  message="Please cancel our Team plan: we are moving to another provider at the "
                                          "end of the year.\nAlice")
    return ReviewRequestDialog(desk, desk.review_form(request))


@shot("review-request-blocked.png")
def _review_blocked(desk: Any) -> Any:
    """Issue 10: a blocked approval is said as the dialog opens, with the way out."""
    from ui.dialogs.review_request import ReviewRequestDialog

    ids = acme(desk)
    for name in ("Carl Jones", "Dana Scott"):
        desk.add_contact(ids["client"], name, f"{name.split()[0].lower()}@acme.example", seat=True)
    request = desk.record_request(ids["bob"], subscription_id=ids["team"], channel="email",
                                  received=date(2026, 11, 18), message="Please cancel Team for us.")
    return ReviewRequestDialog(desk, desk.review_form(request))


def _window_on(desk: Any, client_id: int, tab: str) -> Any:
    """The main window on `desk`, its detail pane on `client_id` and the tab named `tab`."""
    import time

    from PySide6.QtWidgets import QApplication, QWidget

    from app.listing import Listing
    from ui.main_window import MainWindow

    url = desk.engine.url.render_as_string(hide_password=False)
    window = MainWindow(Listing.open(url), url, desk=None)
    window.resize(1280, 720)
    window.load_first_page()
    window.show()
    window.set_desk(desk)
    app = QApplication.instance()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (window.detail.detail is None or window.clients.busy()):
        app.processEvents()
        time.sleep(0.01)
    window.clients.select_row(window.clients.model.find_row(client_id))
    while time.monotonic() < deadline and (window.detail.detail is None
                                           or window.detail.detail.client.id != client_id):
        app.processEvents()
        time.sleep(0.01)
    window.detail.setCurrentWidget(window.findChild(QWidget, tab))
    return window


@shot("contacts-tab.png")
def _contacts_tab(desk: Any) -> Any:
    """Issue 10: the Contacts and seats tab frees a seat, with Undo in the status bar."""
    from PySide6.QtCore import QItemSelectionModel

    ids = acme(desk)
    carl = desk.add_contact(ids["client"], "Carl Jones", "carl@acme.example", seat=True)
    window = _window_on(desk, ids["client"], "contactsTablePage")
    view = window.detail.contacts
    view.selectionModel().setCurrentIndex(view.model().index(view.model().find_row(carl), 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    window.record_actions.toggle_seat()
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(k.id == carl and k.seat for k in window.detail.detail.contacts):
        QApplication.instance().processEvents()  # the pane reads the client again after the change
        time.sleep(0.01)
    view.selectionModel().setCurrentIndex(view.model().index(view.model().find_row(carl), 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    return window


@shot("billing-tab.png")
def _billing_tab(desk: Any) -> Any:
    """Issue 10: the Billing tab records a payment or credits an invoice."""
    client = desk.add_client("Globex Corporation", email="billing@globex.example")
    desk.add_contact(client, "Gina Lopez", "gina@globex.example", role="primary_admin", seat=True)
    desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 9, 15))
    window = _window_on(desk, client, "billingTablePage")
    view = window.detail.billing
    view.selectRow(0)
    return window


@shot("client-details.png")
def _client_details(desk: Any) -> Any:
    """Issue 10: the Overview's Edit details… (the account manager needs a manager to change)."""
    from ui.dialogs.client_details import ClientDetailsDialog, read_form
    from ui.workers import TaskRunner

    ids = acme(desk)
    desk.add_staff("Mia Manager", "mia@example.com", "manager")
    return ClientDetailsDialog(desk, read_form(desk, ids["client"]), TaskRunner())


@shot("contact-edit.png")
def _contact_edit(desk: Any) -> Any:
    """Issue 10: Edit contact… in the Contacts and seats tab (Undo in the status bar after saving)."""
    from ui.dialogs.contact_dialog import ContactDialog
    from ui.workers import TaskRunner

    ids = acme(desk)
    client = desk.client(ids["client"])
    bob = next(k for k in client.contacts if k.id == ids["bob"])
    return ContactDialog(desk, client, bob, TaskRunner())


@shot("requests-page.png")
def _requests(desk: Any) -> Any:
    from ui.requests_page import RequestsPage

    ids = acme(desk)
    desk.record_request(ids["bob"], subscription_id=ids["team"], channel="phone", received=date(2026, 11, 13))
    desk.record_request(ids["owner"], received=date(2026, 11, 20), message="Close the account")
    held = desk.record_request(ids["owner"], subscription_id=ids["pro"], channel="letter",
                               received=date(2026, 11, 18))
    desk.hold_request(held, "A signed letter from the account owner")
    page = RequestsPage(desk)
    page.resize(1100, 320)
    return page


def _mixed_workbook(path: Path) -> Path:
    """A template with two good clients and three problems (the import preview)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    sheets = {
        "Clients": [["Account number", "Name", "Kind", "Language", "Trial end", "Email", "Created"],
                    ["AC-1", "Acme Industries", "direct", "fr", None, "acme@example.com", date(2024, 1, 15)],
                    ["AC-2", "Globex Corporation", "direct", "en", None, None, None]],
        "Contacts": [["Id", "Account number", "Name", "Email", "Role", "Paid seat"],
                     [1, "AC-1", "Alice Martin", "alice@acme.example", "primary_admin", "yes"],
                     [2, "AC-1", "Eve Stone", "eve@acme.example", "primary_admin", "no"]],
        "Subscriptions": [["Id", "Account number", "Participant", "Plan", "Price", "Period", "Start", "Billing day"],
                          [1, "AC-1", None, "Pro", "49,90", "monthly", "15/11/2026", None],
                          [2, "AC-7", None, "Team", 20, "weekly", "12/11/2026", None]],
    }
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@shot("import-preview.png")
def _import_preview(desk: Any) -> Any:
    from ui.dialogs.import_preview import ImportPreviewDialog

    folder = Path(tempfile.mkdtemp())
    return ImportPreviewDialog(desk, _mixed_workbook(folder / "clients.xlsx"))


@shot("import-mapping.png")
def _import_mapping(desk: Any) -> Any:
    from ui.dialogs.import_mapping import ForeignImportDialog

    return ForeignImportDialog(desk, ROOT / "tests" / "data" / "telco_churn_excerpt.csv")


def settle(app: Any, widget: Any) -> None:
    """Shows the widget and lets it load and lay out (pages fill from a worker)."""
    import time

    widget.show()
    deadline = time.monotonic() + 10
    loaded = getattr(widget, "loaded", None) or getattr(widget, "checked", None)
    done = [loaded is None]
    if loaded is not None and hasattr(loaded, "connect"):
        loaded.connect(lambda *_: done.__setitem__(0, True))
    while not done[0] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def main_window(out: Path, scratch: Path) -> None:
    """The app's own --screenshot on a 2,000-client demo database."""
    db = f"sqlite:///{scratch / 'demo.sqlite3'}"
    run = [sys.executable, "-m", "ui.launcher"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([*run, "demo", "--clients", "2000", "--db", db, "--today", TODAY.isoformat()], check=True,
                   env=env, cwd=ROOT, capture_output=True)
    subprocess.run([*run, "--db", db, "--today", TODAY.isoformat(), "--screenshot", str(out / "main-window.png")],
                   check=True, env=env, cwd=ROOT)


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from app.desk import Desk
    from ui.app import _install_translators, _use_locale_defaults

    wanted = argv[0] if argv else ""
    app = QApplication.instance() or QApplication([])
    _use_locale_defaults()
    language = os.environ.get("ACCOUNTDESK_SCREENSHOT_LANGUAGE")
    if language:  # the words, and the dates and numbers of a user on that language's system
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(language))
        _install_translators(app, language)
    with tempfile.TemporaryDirectory() as scratch:
        for number, (name, build) in enumerate(sorted(SHOTS.items())):
            if wanted not in name:
                continue
            desk = Desk.open(f"sqlite:///{Path(scratch) / f'{number}.sqlite3'}", today=TODAY)
            try:
                widget = build(desk)
                settle(app, widget)
                if language:  # the same picture in another language: name-fr.png
                    name = name.replace(".png", f"-{language}.png")
                if not widget.grab().save(str(DOCS / name)):
                    print(f"cannot write {name}", file=sys.stderr)
                    return 1
                print(f"docs/{name}")
                widget.close()
                widget.deleteLater()
            finally:
                desk.close()
        if wanted in "main-window.png" and not language:
            main_window(DOCS, Path(scratch))
            print("docs/main-window.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
