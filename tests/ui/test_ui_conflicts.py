"""No lost updates, in the window (issue 11): a dialog confirmed after someone else changed
what it shows writes nothing; the window says who changed it and when, and Reload shows
the change."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QComboBox

from app.desk import Desk, open_engine
from app.unit_of_work import Actor
from ui.detail_pane import Purchase
from ui.dialogs.cancel_subscription import CancelSubscriptionDialog
from ui.formatting import format_month


@pytest.fixture
def anna(desk: Desk, db_url: str):
    """A second person at another workstation: her own Desk, her own connections."""
    ident = desk.add_staff("Anna Lee", "anna@example.com", "manager")
    other = Desk(open_engine(db_url), Actor(ident, "anna@example.com", "Anna Lee", "manager"), desk.today)
    other.now = lambda: datetime.now() + timedelta(seconds=1)  # after the world's own events
    yield other
    other.close()


def test_confirming_a_cancellation_someone_else_changed_meanwhile_says_who_and_reload_shows_it(
        qtbot, window, world, desk, anna):
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.action("actionCancelSubscription").trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, CancelSubscriptionDialog) and dialog.sub_id == world.acme_team
    # While the dialog is open, Anna cancels the same subscription after June 2027.
    anna.cancel_subscription(world.acme_team, date(2027, 6, 1))
    months = dialog.findChild(QComboBox, "cancellationMonth")
    months.setCurrentIndex([o.month for o in dialog.options].index(date(2027, 3, 1)))
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):  # Reload (the recording service says yes)
        dialog.action_button.click()
    kind, title, text = window.dialogs.messages[-1]
    assert kind == "conflict" and title == "Changed by someone else"
    assert text.startswith("Anna Lee changed the subscription \u201cTeam\u201d of Acme at ")
    assert window.opener.dialog is None  # closed
    # Nothing overwritten: Anna's month stands, and the reloaded detail shows it.
    assert desk.subscription(world.acme_team).cancellation_month == date(2027, 6, 1)
    purchases = window.detail.purchases_model
    assert purchases.data(purchases.index(0, Purchase.CANCELLATION_MONTH)) == format_month(date(2027, 6, 1))


def test_without_reload_the_conflict_is_said_and_the_window_left_as_it_was(qtbot, window, world, anna):
    window.dialogs.answer = False  # Close
    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.action("actionCancelSubscription").trigger()
    dialog = opened.args[0]
    anna.cancel_subscription(world.acme_team, date(2027, 6, 1))
    dialog.action_button.click()
    qtbot.waitUntil(lambda: bool(window.dialogs.messages) and window.dialogs.messages[-1][0] == "conflict",
                    timeout=5000)
    purchases = window.detail.purchases_model
    assert purchases.data(purchases.index(0, Purchase.CANCELLATION_MONTH)) != format_month(date(2027, 6, 1))


def test_a_seat_changed_by_someone_else_is_a_conflict_not_an_overwrite(qtbot, window, world, desk, anna):
    bob = next(c for c in desk.client(world.acme).contacts if c.name == "Bob Stone")
    window.record_actions.contact = lambda: bob  # the Contacts tab's selection, as the window read it
    anna.set_seat(bob.id, False)
    anna.set_seat(bob.id, True)  # freed, then given back: Bob holds a seat Anna gave him
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        window.record_actions.toggle_seat()  # Bob as shown holds the older seat: the window frees it
    assert window.dialogs.messages[-1][0] == "conflict"
    assert next(c for c in desk.client(world.acme).contacts if c.id == bob.id).seat  # Anna's change stands
