"""The lifecycle (§11): idempotent, and catching up many days equals one run per day."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.desk import Desk
from app.models import Activity, Card, Client, Invoice, Subscription

START = date(2026, 1, 20)


def _populate(desk: Desk) -> dict[str, int]:
    acme = desk.add_client("Acme", email="acme@example.com")
    desk.add_contact(acme, "Alice", "alice@example.com", role="primary_admin", seat=True)
    desk.add_card(acme, "Visa", "4242", 3, 2026)  # expires during the run: one reminder
    monthly = desk.add_subscription(acme, "Team", Decimal("49"), start=date(2026, 1, 31),
                                    activities=("Yoga",))
    day = desk.add_subscription(acme, "Pro", Decimal("30"), start=date(2026, 1, 5), billing_day=20)
    annual = desk.add_subscription(acme, "Yearly", Decimal("400"), period="annual", start=date(2025, 2, 28))
    ending = desk.add_subscription(acme, "Event", Decimal("20"), start=date(2026, 1, 10),
                                   end_date=date(2026, 3, 15))
    trial = desk.add_client("Trialco", kind="trial", trial_end=date(2026, 2, 10))
    desk.add_subscription(trial, "Team", Decimal("49"), start=date(2026, 1, 12))
    desk.cancel_subscription(day, date(2026, 4, 1))
    return {"monthly": monthly, "day": day, "annual": annual, "ending": ending, "trial": trial}


def _state(desk: Desk) -> dict[str, list]:
    with desk.session() as s:
        return {
            "invoices": s.execute(select(Invoice.subscription_id, Invoice.issued, Invoice.start, Invoice.end,
                                         Invoice.amount, Invoice.status).order_by(Invoice.subscription_id,
                                                                                  Invoice.issued)).all(),
            "subscriptions": s.execute(select(Subscription.id, Subscription.status, Subscription.next_billing_date,
                                              Subscription.access_end).order_by(Subscription.id)).all(),
            "clients": s.execute(select(Client.id, Client.status).order_by(Client.id)).all(),
            "cards": s.execute(select(Card.id, Card.expiry_reminded)).all(),
            "activities": s.execute(select(Activity.id, Activity.enrolled_until)).all(),
            "emails": sorted((e.event, e.to) for e in desk.outbox()),
        }


def test_catch_up_at_once_equals_one_run_per_day(tmp_path):
    daily = Desk.open(f"sqlite:///{tmp_path / 'daily.sqlite3'}", today=START)
    once = Desk.open(f"sqlite:///{tmp_path / 'once.sqlite3'}", today=START)
    try:
        _populate(daily)
        _populate(once)
        end = date(2026, 7, 3)
        day = START
        while day <= end:
            daily.run_lifecycle(day)
            day += timedelta(days=1)
        once.run_lifecycle(end)
        assert _state(daily) == _state(once)
    finally:
        daily.close()
        once.close()


def test_second_run_does_nothing(open_desk):
    desk = open_desk(START)
    _populate(desk)
    first = desk.run_lifecycle(date(2026, 6, 1))
    assert first["invoices_issued"] > 0
    before = _state(desk)
    assert desk.run_lifecycle(date(2026, 6, 1)) == {}
    assert _state(desk) == before


def test_lifecycle_outcomes(open_desk):
    desk = open_desk(START)
    ids = _populate(desk)
    desk.run_lifecycle(date(2026, 5, 1))
    monthly = desk.subscription(ids["monthly"])
    # Jan 31 anchor: Feb 28, Mar 31, Apr 30.
    assert [i.issued for i in monthly.invoices] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31),
                                                   date(2026, 4, 30)]
    day = desk.subscription(ids["day"])
    # Cancelled after April: the 04-20 invoice is never issued; access to April 30 ... ends after it.
    assert max(i.issued for i in day.invoices) == date(2026, 3, 20)
    assert day.status == "expired" and day.access_end == date(2026, 4, 30)
    ending = desk.subscription(ids["ending"])
    assert ending.status == "expired" and ending.invoices[-1].end == date(2026, 3, 15)
    assert desk.client(ids["trial"]).status == "expired"
    assert not desk.subscriptions(ids["trial"])[0].invoices  # a trial is never billed
    annual = desk.subscription(ids["annual"])
    assert [i.issued for i in annual.invoices] == [date(2025, 2, 28), date(2026, 2, 28)]
    assert {e.event for e in desk.outbox()} >= {"card_expiring"}


def test_subscription_ends_the_day_after_access_end(open_desk):
    desk = open_desk(date(2026, 11, 22))
    client = desk.add_client("Acme")
    desk.add_card(client, "Visa", "4242", 1, 2030)
    sub = desk.add_subscription(client, "Team", Decimal("10"), start=date(2026, 1, 15))
    desk.cancel_subscription(sub, date(2026, 12, 1))  # access to 2026-12-14
    desk.run_lifecycle(date(2026, 12, 14))
    assert desk.subscription(sub).status == "cancelling"
    desk.run_lifecycle(date(2026, 12, 15))
    after = desk.subscription(sub)
    assert after.status == "expired"
    assert max(i.issued for i in after.invoices) == date(2026, 11, 15)
    desk.run_lifecycle(date(2027, 6, 1))
    assert len(desk.subscription(sub).invoices) == len(after.invoices)
    assert [s.id for s in desk.subscriptions(client)] == [sub]  # stays in purchases as history
