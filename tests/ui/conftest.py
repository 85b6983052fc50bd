"""Fixtures of the main-window tests: a small real SQLite database written through the
facade, and a window on it whose remembered layout goes to a temporary file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.desk import Desk
from app.listing import Listing
from ui.dialog_service import RecordingDialogService
from ui.main_window import MainWindow

TODAY = date(2026, 11, 23)


@pytest.fixture
def today() -> date:
    return TODAY


@dataclass(frozen=True)
class World:
    acme: int  # card on file: its invoices are paid; Team (anniversary) and Pro (billing day 20)
    acme_team: int
    acme_pro: int
    globex: int  # no card: its invoices stay open, so cancelling is blocked
    globex_team: int
    initech: int  # a trial
    hooli: int  # found by its owner's phone number
    acme_owner: int


@pytest.fixture
def world(desk: Desk) -> World:
    acme = desk.add_client("Acme", email="acme@example.com")
    owner = desk.add_contact(acme, "Alice Martin", "alice@example.com", role="primary_admin", seat=True)
    desk.add_contact(acme, "Bob Stone", "bob@example.com", seat=True)
    desk.add_card(acme, "Visa", "4242", 12, 2028)
    team = desk.add_subscription(acme, "Team", Decimal("49.00"), start=date(2026, 1, 15))
    pro = desk.add_subscription(acme, "Pro", Decimal("100.00"), start=date(2026, 3, 10), billing_day=20)
    globex = desk.add_client("Globex", email="billing@globex.example")
    desk.add_contact(globex, "Gina Lopez", "gina@globex.example", role="primary_admin", seat=True)
    globex_team = desk.add_subscription(globex, "Team", Decimal("49.00"), start=date(2026, 1, 15))
    initech = desk.add_client("Initech", kind="trial", trial_end=date(2026, 12, 31))
    hooli = desk.add_client("Hooli", email="hi@hooli.example")
    desk.add_contact(hooli, "Henri Roux", "henri@hooli.example", role="primary_admin", phone="+33 1 23 45 67 89")
    return World(acme, team, pro, globex, globex_team, initech, hooli, owner)


@pytest.fixture
def make_window(qtbot, desk: Desk, db_url: str, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:
    """`make_window(with_desk=True, user=None)`: a shown window on the test database, first page
    loaded; with the desk, the first client's details are awaited too."""
    made: list[tuple[MainWindow, Listing]] = []
    settings_file = str(tmp_path / "layout.ini")

    def _make(*, with_desk: bool = True, user: str | None = None) -> MainWindow:
        listing = Listing.open(db_url)
        window = MainWindow(listing, db_url, desk=None, dialogs=RecordingDialogService(), user=user,
                            settings=QSettings(settings_file, QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        made.append((window, listing))
        window.load_first_page()
        window.show()
        if with_desk:
            with qtbot.waitSignal(window.detail_loaded, timeout=5000):
                window.set_desk(desk)
        return window

    yield _make
    for window, listing in made:
        window.close()  # waits for its workers before the desk and the file go
        listing.close()


@pytest.fixture
def window(make_window: Callable[..., MainWindow], world: World) -> MainWindow:
    return make_window()


@pytest.fixture
def staff_window(qtbot, make_window: Callable[..., MainWindow], desk: Desk, db_url: str, world: World,
                 today: date) -> Iterator[tuple[MainWindow, Desk]]:
    """A window signed in as Sam Staff (role staff), and Sam's desk."""
    desk.add_staff("Sam Staff", "sam@example.com", "staff")
    staff = Desk.open(db_url, user="sam@example.com", today=today)
    window = make_window(with_desk=False)
    try:
        with qtbot.waitSignal(window.detail_loaded, timeout=5000):
            window.set_desk(staff)
        yield window, staff
    finally:
        window.close()
        staff.close()
