"""What must hold in every Account Desk database, whatever ran and however it stopped:
one list of checks, each a query counting the rows that break it (0 = holds).

Used by the fault-injection harness and the stateful property test (on SQLite files),
and by the team load test (bench/team_load.py, on PostgreSQL): the same SQL on both
dialects, but for how a JSON field of an audit event is read.

No Qt, no ORM objects: plain SQL, read-only.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

# name -> SQL counting the offending rows. ``{subscription_of_event}``: the subscription id
# an audit event's `after` names, as an integer (the only dialect-specific part).
CHECKS: dict[str, str] = {
    "an invoice without its subscription":
        "SELECT count(*) FROM invoice i WHERE i.subscription_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM subscription s WHERE s.id = i.subscription_id)",
    "the same invoice issued twice":
        "SELECT count(*) FROM (SELECT subscription_id, issued FROM invoice WHERE subscription_id IS NOT NULL "
        "GROUP BY subscription_id, issued HAVING count(*) > 1) twice",
    "two invoices of one subscription for overlapping periods":
        "SELECT count(*) FROM invoice a JOIN invoice b ON a.subscription_id = b.subscription_id AND a.id < b.id "
        "WHERE a.status != 'void' AND b.status != 'void' AND a.start < b.\"end\" AND b.start < a.\"end\"",
    "a cancellation without its audit event":
        "SELECT count(*) FROM subscription s WHERE s.cancellation_month IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM audit_event a WHERE a.client_id = s.client_id AND a.action = 'subscription.cancel')",
    "a cancelled subscription without its audit event":
        "SELECT count(*) FROM client c WHERE (SELECT count(*) FROM subscription s WHERE s.client_id = c.id "
        "AND s.status = 'cancelling') > (SELECT count(*) FROM audit_event a WHERE a.client_id = c.id "
        "AND a.action = 'subscription.cancel')",
    "a cancellation email without the cancellation":
        "SELECT count(*) FROM email e WHERE e.event = 'staff_cancelled' AND NOT EXISTS "
        "(SELECT 1 FROM audit_event a WHERE a.client_id = e.client_id AND a.action = 'subscription.cancel')",
    "an outbox email about a cancellation that is not there":
        "SELECT count(*) FROM email e WHERE e.event = 'staff_cancelled' AND NOT EXISTS "
        "(SELECT 1 FROM subscription s WHERE s.client_id = e.client_id AND s.status = 'cancelling')",
    "a running subscription billed on or after its next billing date":
        "SELECT count(*) FROM subscription s WHERE s.status = 'active' AND s.next_billing_date IS NOT NULL "
        "AND s.next_billing_date <= (SELECT max(issued) FROM invoice i WHERE i.subscription_id = s.id "
        "AND i.status != 'void')",
    "an approved request without its cancellation":
        "SELECT count(*) FROM cancellation_request r WHERE r.status = 'approved' AND r.subscription_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM subscription s WHERE s.id = r.subscription_id "
        "AND (s.cancellation_month IS NOT NULL OR s.status != 'active'))",
    # A catch-up issues its invoices first, in batches, then runs the weekly steps: an
    # interrupted one may hold invoices past lifecycle_state.done_until, never past the day
    # its runs were asked to reach ("Brought up to YYYY-MM-DD").
    "invoices issued past the day the lifecycle was asked to reach":
        "SELECT count(*) FROM invoice i WHERE CAST(i.issued AS TEXT) > (SELECT max(substr(a.summary, 15, 10)) "
        "FROM audit_event a WHERE a.action = 'lifecycle.run')",
    "an expired subscription without its audit event":
        "SELECT count(*) FROM subscription s WHERE s.status = 'expired' AND NOT EXISTS (SELECT 1 FROM audit_event a "
        "WHERE a.action = 'subscription.expire' AND {subscription_of_event} = s.id)",
    "an ended trial without its audit event":
        "SELECT count(*) FROM client c WHERE c.kind = 'trial' AND c.status = 'expired' AND NOT EXISTS "
        "(SELECT 1 FROM audit_event a WHERE a.action = 'client.trial_end' AND a.client_id = c.id)",
    "a paused account without its audit event":
        "SELECT count(*) FROM client c WHERE c.status IN ('paused', 'locked') AND NOT EXISTS "
        "(SELECT 1 FROM audit_event a WHERE a.action = 'client.pause' AND a.client_id = c.id)",
    "a decided request without its audit event":
        "SELECT count(*) FROM cancellation_request r WHERE r.status IN ('approved', 'rejected', 'waiting') "
        "AND NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.client_id = r.client_id "
        "AND a.action IN ('request.approve', 'request.reject', 'request.hold', 'request.record', 'request.import'))",
}

_JSON_SUBSCRIPTION = {
    "sqlite": "json_extract(a.after, '$.subscription')",
    "postgresql": "CAST(a.after ->> 'subscription' AS INTEGER)",
}


def sql(name: str, dialect: str = "sqlite") -> str:
    """The query of check `name` for `dialect` ("sqlite" or "postgresql")."""
    return CHECKS[name].replace("{subscription_of_event}", _JSON_SUBSCRIPTION[dialect])


def counts(conn: Connection, names: Iterable[str] | None = None) -> dict[str, int]:
    """Each check (all, or `names`) -> how many rows break it on `conn`."""
    dialect = conn.dialect.name
    return {name: conn.execute(text(sql(name, dialect))).scalar() or 0
            for name in (CHECKS if names is None else names)}


def problems(conn: Connection, names: Iterable[str] | None = None) -> list[str]:
    """"name: count" for each check (all, or `names`) that does not hold on `conn`."""
    return [f"{name}: {count}" for name, count in counts(conn, names).items() if count]
