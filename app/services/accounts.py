"""Pausing, resuming and closing an account (DESIGN.md §8, §9).

Dates and eligibility come from `app.account_rules`; the whole-account closure itself
lives once in `app.services.closure` (a client's request closes an account the same
way). Each use case runs in the caller's unit of work: it refuses before changing
anything, or changes the rows, writes the audit event and queues the §7 emails.

Blockers (`pause_blocker`, `resume_blocker`, `close_blocker`) return the refusal the
action would raise, or None, so the window can disable its actions and say why.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app import account_rules as rules
from app import billing
from app import models as m
from app.cancellation_rules import cancellation_options
from app.confirmation import confirms_name
from app.errors import DeskError, RuleViolation
from app.notify import notify
from app.services.closure import close, closure_blocker
from app.services.subscriptions import RUNNING, bring_up_to, issued_until, plan_of
from app.unit_of_work import UnitOfWork

SESSION_KINDS = ("declined", "email")


def owner_refusal(client: m.Client, contact: m.Contact | None, action: str) -> RuleViolation | None:
    """Only the client's primary admin asks for a pause, a resume or a closure."""
    return rules.requester_refusal(
        action=action, client_name=client.name, contact_name=contact.name if contact is not None else None,
        contact_role=contact.role if contact is not None else None,
        same_client=contact is not None and contact.client_id == client.id)


def _primary_admin(uow: UnitOfWork, client: m.Client) -> m.Contact | None:
    return uow.session.scalar(select(m.Contact).where(m.Contact.client_id == client.id,
                                                      m.Contact.role == "primary_admin"))


def _pauses(uow: UnitOfWork, client_id: int) -> list[m.Pause]:
    return list(uow.session.scalars(select(m.Pause).where(m.Pause.client_id == client_id).order_by(m.Pause.started)))


def current_pause(uow: UnitOfWork, client_id: int) -> m.Pause | None:
    pauses = [p for p in _pauses(uow, client_id) if p.resumed_on is None]
    return pauses[-1] if pauses else None


def _check_typed_name(client: m.Client, confirm_name: str | None) -> None:
    # Exactly: same letters, case and spaces (§10's rule for every deletion, app/confirmation.py).
    if not confirms_name(confirm_name, client.name):
        raise RuleViolation("typed_name_mismatch", client=client.name)


# --- pause -------------------------------------------------------------------------------
def pause_blocker(uow: UnitOfWork, client: m.Client) -> DeskError | None:
    """Why `client` cannot be paused today (kind, status, the 12-month rule), or None."""
    found = rules.kind_refusal(action="pause", client_name=client.name, kind=client.kind,
                               trial_end=client.trial_end, reseller=client.reseller_name)
    if found is not None:
        return found
    if client.status != "active":
        return RuleViolation("pause_state", client=client.name, status=client.status)
    starts = [p.started for p in _pauses(uow, client.id)]
    if not rules.pause_allowed_on(starts, uow.today):
        return RuleViolation("pause_too_soon", client=client.name, last=max(starts),
                             day=rules.next_pause_allowed(starts))
    if _primary_admin(uow, client) is None:
        return RuleViolation("no_account_owner", client=client.name, action="account_pause")
    return uow.refusal_for("staff", "pause")


def pause(uow: UnitOfWork, client_id: int, contact_id: int, *, reason: str, resume_in_months: int,
          category: str, keep_data: bool = True, confirm_name: str | None = None) -> int:
    """Pauses the account at its owner's request; returns the pause id.

    Refuses a trial or resold account, any status but active, a second pause within 12
    months, a requester who is not the primary admin, a missing reason, an unknown
    category or resume delay; without kept data (a deletion) a non-manager or a typed
    name that is not exactly the client's.
    """
    client = uow.get(m.Client, client_id, "client")
    contact = uow.session.get(m.Contact, contact_id)
    refusal = pause_blocker(uow, client) or owner_refusal(client, contact, "account_pause")
    if refusal is not None:
        raise refusal
    reason = (reason or "").strip()
    if not reason:
        raise RuleViolation("pause_reason_required")
    if resume_in_months not in rules.RESUME_IN_MONTHS:
        raise RuleViolation("pause_resume_months", months=resume_in_months)
    if category not in rules.CATEGORIES:
        raise RuleViolation("pause_category", category=category)
    if not keep_data:
        uow.require_action("pause_delete")
        _check_typed_name(client, confirm_name)
    dates = rules.pause_dates(uow.today, keep_data=keep_data, resume_in_months=resume_in_months)
    row = m.Pause(client_id=client.id, contact_id=contact.id, started=uow.today, reason=reason, category=category,
                  resume_in_months=resume_in_months, keep_data=keep_data, grace_end=dates.grace_end,
                  purge_on=dates.purge_on, approved_by=None if keep_data else uow.actor.email)
    uow.session.add(row)
    paused = []
    for sub in client.subscriptions:
        if sub.status in RUNNING:
            sub.status = "paused"
            sub.next_billing_date = None  # no invoice while paused
            paused.append(sub.plan)
    removed = _remove_cards(uow, client)
    client.status = "paused"
    uow.session.flush()
    uow.audit("client.pause",
              f"Account paused at {contact.name}'s request ({category}): {reason}. Locked from "
              f"{dates.grace_end.isoformat()}, data {'kept' if keep_data else 'deleted'} on "
              f"{dates.purge_on.isoformat()}", client_id=client.id,
              before={"status": "active"},
              after={"status": "paused", "pause": row.id, "keep_data": keep_data, "grace_end": dates.grace_end,
                     "purge_on": dates.purge_on, "subscriptions_paused": len(paused), "cards_removed": removed})
    notify(uow, "pause_scheduled", client, reason=reason, grace_end=dates.grace_end, purge_date=dates.purge_on)
    return row.id


def _remove_cards(uow: UnitOfWork, client: m.Client) -> int:
    cards = list(uow.session.scalars(select(m.Card).where(m.Card.client_id == client.id, m.Card.removed.is_(None))))
    for card in cards:
        card.removed = uow.today
    return len(cards)


# --- resume ------------------------------------------------------------------------------
def resume_blocker(uow: UnitOfWork, client: m.Client) -> DeskError | None:
    if client.status not in ("paused", "locked") or current_pause(uow, client.id) is None:
        return RuleViolation("resume_state", client=client.name, status=client.status)
    return uow.refusal_for("staff", "resume")


def resume(uow: UnitOfWork, client_id: int, *, brand: str, last4: str, exp_month: int, exp_year: int,
           contact_id: int | None = None) -> None:
    """Resumes a paused (or locked) account with new card details.

    Every paused subscription restarts as if bought today: anniversary plans take today
    as their anniversary, billing-day plans keep their day; each gets a purchase invoice
    today. A subscription that was already cancelling ends as planned: if its access end
    passed during the pause it is expired, else it restarts and stays cancelled at the end
    of the new term containing that date. Refuses a requester who is not the owner, a
    client not paused, and incomplete or expired card details.
    """
    client = uow.get(m.Client, client_id, "client")
    refusal = resume_blocker(uow, client)
    if refusal is not None:
        raise refusal
    contact = uow.session.get(m.Contact, contact_id) if contact_id is not None else _primary_admin(uow, client)
    if contact is None and contact_id is None:
        raise RuleViolation("no_account_owner", client=client.name, action="account_resume")
    refusal = owner_refusal(client, contact, "account_resume")
    if refusal is not None:
        raise refusal
    brand = (brand or "").strip()
    last4 = (last4 or "").strip()
    if (not brand or len(last4) != 4 or not last4.isdigit() or not isinstance(exp_month, int)
            or not 1 <= exp_month <= 12 or not isinstance(exp_year, int) or exp_year < 2000):
        raise RuleViolation("resume_card_invalid")
    if rules.card_expired(exp_month, exp_year, uow.today):
        raise RuleViolation("resume_card_expired", last4=last4, month=date(exp_year, exp_month, 1))
    pause_row = current_pause(uow, client.id)
    before = client.status
    uow.session.add(m.Card(client_id=client.id, brand=brand, last4=last4, exp_month=exp_month, exp_year=exp_year,
                           added=uow.today))
    pause_row.resumed_on = uow.today
    client.status = "active"
    restarted = []
    for sub in client.subscriptions:
        if sub.status != "paused":
            continue
        if sub.access_end is not None and sub.access_end < uow.today:
            sub.status = "expired"  # its cancellation or end date came during the pause
            for activity in sub.activities:
                activity.enrolled_until = sub.access_end
            continue
        _restart(uow, sub)
        restarted.append(sub.plan)
    uow.session.flush()
    uow.audit("client.resume", f"Account resumed at {contact.name}'s request with the card {brand} ending {last4}"
              + (f"; restarted: {', '.join(restarted)}" if restarted else ""), client_id=client.id,
              before={"status": before}, after={"status": "active", "subscriptions_restarted": len(restarted)})
    notify(uow, "resumed", client, subscription=", ".join(restarted))


def _restart(uow: UnitOfWork, sub: m.Subscription) -> None:
    old_access_end = sub.access_end if sub.cancel_from is not None else None
    sub.start = sub.purchased = uow.today
    sub.cancel_from = sub.cancellation_month = None
    sub.access_end = sub.end_date
    sub.status = "active"
    bring_up_to(uow, sub, uow.today)  # the purchase invoice, dated today (same calendar as a purchase)
    if old_access_end is None:
        return
    options = cancellation_options(plan_of(sub), uow.today, issued_until=issued_until(uow, sub.id))
    if not options:
        return
    option = next((o for o in options if o.access_end >= old_access_end), options[-1])
    sub.cancel_from = option.cancel_from
    sub.cancellation_month = option.month
    sub.access_end = option.access_end
    sub.status = "cancelling"
    sub.next_billing_date = billing.next_billing_date(plan_of(sub), uow.today, cancel_from=option.cancel_from)


# --- close -------------------------------------------------------------------------------
def close_blocker(uow: UnitOfWork, client: m.Client) -> DeskError | None:
    """Why `client` cannot be closed (whoever asks), or None."""
    return closure_blocker(uow, client, None, check_requester=False) or uow.refusal_for("staff", "close")


def close_action_blocker(uow: UnitOfWork, client: m.Client) -> DeskError | None:
    """For the window's Close action: like `close_blocker`, but a trial or resold account
    opens the wizard, whose page says why it is not closed here (and offers to convert a
    trial), instead of a disabled action."""
    blocker = close_blocker(uow, client)
    if blocker is not None and blocker.code in ("close_trial", "close_resold"):
        return None
    return blocker


def close_account(uow: UnitOfWork, client_id: int, contact_id: int, *, reason: str,
                  session: date | str | None = None, deactivate_when_ended: bool = False,
                  confirm_name: str | None = None) -> int:
    """Closes the account at its owner's request (§9); returns the closure id.

    `session`: None (not offered), a date (scheduled), "declined" or "email".
    `deactivate_when_ended` schedules a deletion: a manager and the exact typed name.
    """
    client = uow.get(m.Client, client_id, "client")
    contact = uow.session.get(m.Contact, contact_id)
    refusal = close_blocker(uow, client) or owner_refusal(client, contact, "account_close")
    if refusal is not None:
        raise refusal
    reason = (reason or "").strip()
    if not reason:
        raise RuleViolation("close_reason_required")
    session_kind, session_date = None, None
    if isinstance(session, date):
        if session < uow.today:
            raise RuleViolation("close_session_past", day=session)
        session_kind, session_date = "scheduled", session
    elif session is not None:
        if session not in SESSION_KINDS:
            raise RuleViolation("close_session_invalid", value=str(session))
        session_kind = session
    approved_by = None
    if deactivate_when_ended:
        uow.require_action("close_deactivate")
        _check_typed_name(client, confirm_name)
        approved_by = uow.actor.email
    row = close(uow, client, contact, reason=reason, session_kind=session_kind, session_date=session_date,
                deactivate_when_ended=deactivate_when_ended, approved_by=approved_by)
    return row.id
