"""What a transaction changed, announced to the other workstations from inside it.

`track(session_factory, origin, own)` hooks a Desk's sessionmaker: every flush
adds what it wrote to the session's `Change` (the clients its audit events and rows name,
the cancellation requests, the outbox, the settings and staff users), a bulk statement
(the lifecycle's set-wise updates, an import) makes it coarse ("everything"), and just
before the COMMIT, on PostgreSQL, `pg_notify('accountdesk', payload)` is sent in the same
transaction: the other workstations hear of a change only once it is committed, and of a
rolled-back one never. The notification is a wake-up only; listeners re-query.

The payload is compact JSON, well under PostgreSQL's 8000-byte limit: ``{"o": origin,
"c": [client ids], "r": [request ids], "k": [kinds]}`` or ``{"o": origin, "all": 1}``
when there are too many ids to name. `origin` names the Desk that made the change, so its
own listener can ignore it. SQLite has no payload: `app.live` reads the audit events, and
`OwnWrites` (the audit events and commits of this Desk) lets it skip its own.

Thread rule: the hooks run on the thread of the session they belong to.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

from app import models as m

CHANNEL = "accountdesk"
MAX_IDS = 300  # per list: 300 ids of 7 digits stay far below 8000 bytes
OWN_EVENTS_KEPT = 5000
COARSE_ACTIONS = ("lifecycle.", "import.")
KINDS = ("clients", "requests", "outbox", "settings", "staff")
# Tables whose bulk statements need not refresh everything: what they touch, by kind.
_BULK_KINDS = {"email": "outbox", "lifecycle_state": None, "setting": "settings"}


@dataclass(frozen=True)
class Change:
    """What changed: clients and requests by id, kinds of record, or everything."""

    client_ids: frozenset[int] = frozenset()
    request_ids: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds or self.client_ids or self.request_ids)

    def merged(self, other: Change) -> Change:
        if self.everything or other.everything:
            return EVERYTHING
        return Change(self.client_ids | other.client_ids, self.request_ids | other.request_ids,
                      self.kinds | other.kinds)

    def touches(self, kind: str) -> bool:
        return self.everything or kind in self.kinds

    def touches_client(self, client_id: int) -> bool:
        return self.everything or client_id in self.client_ids


EVERYTHING = Change(everything=True)


@dataclass
class _Pending:
    """What the session's open transaction has written so far."""

    client_ids: set[int] = field(default_factory=set)
    request_ids: set[int] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    everything: bool = False
    event_ids: list[int] = field(default_factory=list)
    told_own: bool = False  # its event ids are in the Desk's OwnWrites (the COMMIT was under way)

    def change(self) -> Change:
        if self.everything or len(self.client_ids) > MAX_IDS or len(self.request_ids) > MAX_IDS:
            return EVERYTHING
        return Change(frozenset(self.client_ids), frozenset(self.request_ids), frozenset(self.kinds))


def kind_of_action(action: str) -> str:
    """The kind of record an audit event's action (``request.approve``) changed."""
    return {"request": "requests", "settings": "settings", "staff": "staff"}.get(action.split(".", 1)[0], "clients")


def of_events(events: Iterable[tuple[int | None, str]]) -> Change:
    """What audit events (client id, action) say changed. A lifecycle run or an import
    writes one event for many rows: everything."""
    client_ids: set[int] = set()
    kinds: set[str] = set()
    for client_id, action in events:
        if action.startswith(COARSE_ACTIONS):
            return EVERYTHING
        kinds.add(kind_of_action(action))
        if client_id is not None:
            client_ids.add(client_id)
    return EVERYTHING if len(client_ids) > MAX_IDS else Change(frozenset(client_ids), kinds=frozenset(kinds))


@dataclass
class OwnWrites:
    """What this Desk committed, for its SQLite listener (which has no payload to tell):
    the ids of its audit events (the newest `OWN_EVENTS_KEPT`) and a count of its commits."""

    events: deque[int] = field(default_factory=lambda: deque(maxlen=OWN_EVENTS_KEPT))
    commits: int = 0


def encode(change: Change, origin: str) -> str:
    if change.everything:
        return json.dumps({"o": origin, "all": 1}, separators=(",", ":"))
    return json.dumps({"o": origin, "c": sorted(change.client_ids), "r": sorted(change.request_ids),
                       "k": sorted(change.kinds)}, separators=(",", ":"))


def decode(payload: str) -> tuple[str | None, Change]:
    """(origin, change); an unreadable payload (another version's) means everything."""
    try:
        data = json.loads(payload)
        if data.get("all"):
            return data.get("o"), EVERYTHING
        return data.get("o"), Change(frozenset(int(i) for i in data.get("c", ())),
                                     frozenset(int(i) for i in data.get("r", ())),
                                     frozenset(str(k) for k in data.get("k", ())))
    except (ValueError, TypeError, AttributeError):
        return None, EVERYTHING


def track(factory: sessionmaker[Session], origin: str, own: OwnWrites) -> None:
    """Hooks `factory`'s sessions (see the module docstring); `own` counts their commits."""
    factory.kw.setdefault("info", {}).update({"origin": origin, "own": own})
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _bulk_statement)
    event.listen(factory, "before_commit", _announce)
    event.listen(factory, "after_commit", _committed)
    event.listen(factory, "after_transaction_end", _ended)


def _pending(session: Session) -> _Pending:
    pending = session.info.get("pending_change")
    if pending is None:
        pending = session.info["pending_change"] = _Pending()
    return pending


def _after_flush(session: Session, _context: Any) -> None:
    pending = _pending(session)
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, m.AuditEvent):
            pending.event_ids.append(row.id)
            if row.action.startswith(COARSE_ACTIONS):
                pending.everything = True
            if row.client_id is not None:
                pending.client_ids.add(row.client_id)
            pending.kinds.add(kind_of_action(row.action))
        elif isinstance(row, m.Client):
            pending.client_ids.add(row.id)
            pending.kinds.add("clients")
        elif isinstance(row, m.CancellationRequest):
            pending.request_ids.add(row.id)
            pending.kinds.add("requests")
        elif isinstance(row, m.Email):
            pending.kinds.add("outbox")
        elif isinstance(row, m.Setting):
            pending.kinds.add("settings")
        elif isinstance(row, m.StaffUser):
            pending.kinds.add("staff")
        elif isinstance(getattr(row, "client_id", None), int):
            pending.client_ids.add(row.client_id)
            pending.kinds.add("clients")


def _bulk_statement(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(getattr(state.statement, "table", None), "name", None)
    pending = _pending(state.session)
    if table in _BULK_KINDS:
        kind = _BULK_KINDS[table]
        if kind is not None:
            pending.kinds.add(kind)
    else:
        pending.everything = True


def _announce(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: the outer transaction announces once
    session.flush()  # the commit's own flush comes after this hook: count its rows too
    pending = session.info.get("pending_change")
    if pending is None:
        return
    own = session.info.get("own")
    if own is not None:
        # Before the COMMIT, not after: our SQLite listener may poll in between, and must
        # know these are ours. A failed COMMIT takes them back (`_ended`).
        own.events.extend(pending.event_ids)
        own.commits += 1  # not atomic across threads: a lost count only costs a refresh
        pending.told_own = True
    if session.get_bind().dialect.name != "postgresql":
        return
    change = pending.change()
    if change:
        session.execute(text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANNEL, "payload": encode(change, session.info.get("origin", ""))})


def _committed(session: Session) -> None:
    session.info.pop("pending_change", None)


def _ended(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is not None:
        return
    pending = session.info.pop("pending_change", None)  # still there: rolled back, nothing happened
    own = session.info.get("own")
    if pending is not None and own is not None and pending.told_own:  # the COMMIT itself failed
        taken_back = set(pending.event_ids)
        kept = [e for e in list(own.events) if e not in taken_back]
        own.events.clear()
        own.events.extend(kept)
