"""Reading the record (issue 10, item 8): purchases that tell their rows apart, money with
its currency, status counts that agree with the statuses, and columns that fit or elide
with the whole text in their tooltip. Against a real SQLite file through the facade."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import update
from window_helpers import select_client

from app import models as m
from ui import formatting
from ui.detail_pane import Purchase
from ui.labels import status_label
from ui.outbox_page import OutboxModel
from ui.pages import Page

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Dates and money as an English (US) user reads them, and the currency put back after."""
    saved = QLocale()
    QLocale.setDefault(ENGLISH)
    yield
    QLocale.setDefault(saved)
    formatting.set_currency(formatting.DEFAULT_CURRENCY)


def cells(model, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    return [model.data(model.index(r, column), role) for r in range(model.rowCount())]


def show_client(qtbot, window, client_id: int) -> None:
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        window.show_client(client_id)


def test_purchases_show_plan_participant_price_and_period_so_two_teams_differ(qtbot, window, desk, world):
    desk.add_subscription(world.acme, "Team", Decimal("490.00"), period="annual", start=date(2026, 2, 1),
                          participant="Bob Stone")
    show_client(qtbot, window, world.acme)
    model = window.detail.purchases_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Plan", "Participant", "Price", "Period"]
    rows = [tuple(model.data(model.index(r, c)) for c in range(model.columnCount())) for r in range(model.rowCount())]
    teams = [r for r in rows if r[Purchase.PLAN] == "Team"]
    assert len(teams) == 2 and teams[0] != teams[1]
    assert {(r[Purchase.PARTICIPANT], r[Purchase.PRICE], r[Purchase.PERIOD]) for r in teams} == {
        ("Acme", "€49.00", "Monthly"), ("Bob Stone", "€490.00", "Annual")}
    assert cells(model, Purchase.STATUS) == [status_label("active")] * 3


def test_a_long_participant_is_elided_and_its_tooltip_has_the_whole_name(qtbot, window, desk, world):
    long_name = "Maximilian Alexander Fitzgerald-Montgomery of the Northern Branch Office"
    desk.add_subscription(world.acme, "Team", Decimal("49.00"), start=date(2026, 2, 1), participant=long_name)
    show_client(qtbot, window, world.acme)
    view, model = window.detail.purchases, window.detail.purchases_model
    show_tab_of(window.detail, view)  # its columns are fitted when the tab is shown
    row = cells(model, Purchase.PARTICIPANT).index(long_name)
    assert view.columnWidth(Purchase.PARTICIPANT) < view.fontMetrics().horizontalAdvance(long_name)
    assert long_name in model.data(model.index(row, Purchase.PARTICIPANT), Qt.ItemDataRole.ToolTipRole)


def show_tab_of(pane, view) -> None:
    """Makes current the detail tab holding `view` (a table may sit in a page under its buttons)."""
    pane.setCurrentIndex(next(i for i in range(pane.count())
                              if pane.widget(i) is view or pane.widget(i).isAncestorOf(view)))


def test_a_hidden_tab_fits_its_columns_when_shown_and_again_for_the_next_client(qtbot, window, world):
    window.resize(2400, 900)  # a detail pane wider than the billing columns: the last one stretches
    window.detail.setCurrentIndex(0)  # the overview
    show_client(qtbot, window, world.acme)
    view = window.detail.billing
    header = view.horizontalHeader()
    period = 1  # "Feb 1, 2026 – Feb 28, 2026": wider than a column that was never fitted
    unfitted = header.sectionSize(period)
    assert unfitted == header.defaultSectionSize()  # hidden: not measured yet
    show_tab_of(window.detail, view)
    wanted = min(view.sizeHintForColumn(period), 200)
    assert header.sectionSize(period) == max(wanted, header.minimumSectionSize()) != unfitted
    last = header.count() - 1  # the last column still takes the rest of the width
    assert view.isVisible() and header.length() < view.viewport().width() + 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) == view.viewport().width()
    header.resizeSection(period, 40)  # the user narrows it: the same client keeps that width
    window.detail.setCurrentIndex(0)
    show_tab_of(window.detail, view)
    assert header.sectionSize(period) == 40
    show_client(qtbot, window, world.globex)  # shown while its tab is current: fitted at once
    assert header.sectionSize(period) == max(min(view.sizeHintForColumn(period), 200), header.minimumSectionSize())


def test_billing_amounts_carry_the_organisation_currency(qtbot, window, world):
    show_client(qtbot, window, world.globex)  # no card: its invoices stay open
    amounts = cells(window.detail.billing_model, 2)
    assert amounts and set(amounts) == {"€49.00"}
    assert window.detail.fields["unpaid"].text().endswith(f"€{len(amounts) * 49:,}.00 in total")


def test_the_window_writes_money_in_the_currency_the_settings_name(qtbot, desk, make_window, world):
    desk.update_settings(currency="GBP")
    window = make_window()
    qtbot.waitUntil(lambda: formatting.currency() == "GBP", timeout=5000)
    # Chosen in the table, as a person does: the window's refresh for the new currency may
    # still be restoring the table's selection, which `window.show_client` alone would lose to.
    select_client(qtbot, window, world.globex)
    assert set(cells(window.detail.billing_model, 2)) == {"£49.00"}
    assert cells(window.detail.purchases_model, Purchase.PRICE) == ["£49.00"]


def test_an_expired_trial_counts_no_running_subscription_and_says_so_in_its_purchases(qtbot, window, desk, world):
    trial = desk.add_client("Umbrella", kind="trial", trial_end=date(2026, 10, 31))
    desk.add_subscription(trial, "Team", Decimal("49.00"), start=date(2026, 10, 1))
    desk.add_subscription(trial, "Team", Decimal("49.00"), start=date(2026, 10, 1), participant="Ada")
    desk.run_lifecycle()  # the trial ended: the client expires
    show_client(qtbot, window, trial)
    statuses = cells(window.detail.purchases_model, Purchase.STATUS)
    assert statuses == [status_label("expired")] * 2
    running = sum(1 for s in statuses if s in (status_label("active"), status_label("cancelling")))
    assert window.detail.fields["running"].text() == QLocale().toString(running) == "0"


def test_a_running_trial_counts_its_subscriptions(qtbot, window, desk, world):
    desk.add_subscription(world.initech, "Team", Decimal("49.00"), start=date(2026, 11, 1))
    show_client(qtbot, window, world.initech)
    assert cells(window.detail.purchases_model, Purchase.STATUS) == [status_label("active")]
    assert window.detail.fields["running"].text() == "1"


@pytest.fixture
def emails(desk, world) -> list[int]:
    """Two queued emails for one request, the first with a subject far longer than the column."""
    contact = desk.add_contact(world.acme, "Carl Webb", "carl@example.com")
    desk.record_request(contact, subscription_id=world.acme_team, received=date(2026, 11, 20))
    ids = sorted(e.id for e in desk.outbox())
    with desk.engine.begin() as conn:
        conn.execute(update(m.Email).where(m.Email.id == ids[0]).values(subject=LONG_SUBJECT))
        conn.execute(update(m.Email).where(m.Email.id == ids[1]).values(
            event="staff_cancelled", status="failed", attempts=8,
            to=["alice.martin@acme.example.com", "billing-department@acme.example.com", "carl@example.com"],
            last_error="SMTP server answered 550 5.1.1 <billing-department@acme.example.com>: mailbox unavailable"))
    return ids


LONG_SUBJECT = ("Acme: we received your cancellation request for Team (participant Acme, account 1001) and a "
                "manager will answer within two business days")


def show_outbox(qtbot, window):
    page = window.page(Page.OUTBOX)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page(Page.OUTBOX)
    return page


def test_the_outbox_status_column_is_in_view_at_the_default_window_size(qtbot, window, emails):
    page = show_outbox(qtbot, window)
    header = page.table.horizontalHeader()
    viewport = page.table.viewport().width()
    status_end = header.sectionViewportPosition(OutboxModel.STATUS) + header.sectionSize(OutboxModel.STATUS)
    assert 0 <= header.sectionViewportPosition(OutboxModel.STATUS) and status_end <= viewport
    metrics = page.table.fontMetrics()
    for column in (OutboxModel.EVENT, OutboxModel.STATUS):  # short words are never cut
        widest = max(metrics.horizontalAdvance(page.model.index(r, column).data())
                     for r in range(page.model.rowCount()))
        assert header.sectionSize(column) > widest
    # A wider window gives its width to the subject; every other column keeps its size.
    before = [header.sectionSize(c) for c in range(header.count())]
    window.resize(window.width() + 300, window.height())
    qtbot.waitUntil(lambda: header.sectionSize(OutboxModel.SUBJECT) > before[OutboxModel.SUBJECT] + 200,
                    timeout=2000)
    assert [header.sectionSize(c) for c in range(header.count()) if c != OutboxModel.SUBJECT] == [
        size for c, size in enumerate(before) if c != OutboxModel.SUBJECT]


def test_an_elided_outbox_cell_has_the_whole_text_as_tooltip(qtbot, window, emails):
    page = show_outbox(qtbot, window)
    row = page.model.find_row(emails[0])
    subject = page.model.index(row, OutboxModel.SUBJECT)
    assert page.table.columnWidth(OutboxModel.SUBJECT) < page.table.fontMetrics().horizontalAdvance(LONG_SUBJECT)
    assert subject.data(Qt.ItemDataRole.ToolTipRole) == LONG_SUBJECT
    event = page.model.index(row, OutboxModel.EVENT)
    assert event.data(Qt.ItemDataRole.ToolTipRole) == event.data()
