"""One use case, one transaction (STYLE.md): the unit of work services run in.

A service checks the rules, changes rows, writes the audit event and the outbox emails
through the same session, then calls ``commit()``. Leaving without ``commit()`` —
an exception or a refusal — rolls everything back, so a refused call changes nothing.
The commit also tells the other workstations what it changed, from inside the same
transaction (``app.changes``, hooked on the Desk's session factory).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import permissions
from app import settings as settings_store
from app.errors import DeskError, NotFound, PermissionDenied
from app.models import AuditEvent
from app.permissions import RANK


@dataclass(frozen=True)
class Actor:
    id: int
    email: str
    name: str
    role: str
    language: str = "en"

    def at_least(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]


class UnitOfWork:
    def __init__(self, session_factory: Callable[[], Session], actor: Actor, today: date,
                 now: Callable[[], datetime]) -> None:
        self._factory = session_factory
        self.actor = actor
        self.today = today
        self._now = now
        self._settings: dict[str, Any] | None = None
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        # What each flush writes of the versioned rows, for the Conflict a failed one becomes.
        self._writes: list[tuple[type, int, int]] = []
        self._changed: list[tuple[type, int]] = []  # rows `expect` found at another version
        event.listen(self.session, "before_flush", self._note_writes)
        self.session.begin()
        return self

    def _note_writes(self, session: Session, *_args: object) -> None:
        from app.conflicts import versioned_writes

        self._writes += versioned_writes(session)

    def expect(self, model: type, ident: int, version: int | None, what: str) -> Any:
        """The row `ident` of `model` (NotFound when it is gone), which the window showed at
        `version` (None: no matter). When it has another version now, `commit` raises a
        Conflict naming who changed it instead of committing. Not at once: the use case runs
        its rules first, on what is there now, and a rule's refusal wins (someone moved the
        cancellation earlier, this earlier-only move is later: "only earlier", not a
        conflict). A change between this read and the write is the ORM's version check's
        (app.models.Versioned)."""
        row = self.get(model, ident, what)
        if version is not None and row.version != version:
            self._changed.append((model, ident))
        return row

    def stale(self, exc: StaleDataError) -> DeskError:
        """The Conflict for a flush that found a row changed under it (read in a new session:
        this one's transaction is over)."""
        from app.conflicts import stale_conflict

        return self._afresh(lambda fresh: stale_conflict(fresh, self._writes))

    def _afresh(self, read: Callable[[Session], DeskError]) -> DeskError:
        # This transaction's own uncommitted audit events must not pass for the other
        # person's change: it is rolled back, and the conflict read in a new one.
        self.session.rollback()
        with self._factory() as fresh, fresh.begin():
            return read(fresh)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, _tb: object) -> None:
        try:
            if isinstance(exc, StaleDataError):
                # A row changed under this use case (app.models.Versioned): said as a Conflict,
                # whichever facade call or service it happened in.
                raise self.stale(exc) from exc
            if self.session.in_transaction():
                self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        """Commits, unless a row the window showed changed since (`expect`): Conflict, nothing written."""
        if self._changed:
            from app.conflicts import conflict

            raise self._afresh(lambda fresh: conflict(fresh, *self._changed[0]))
        self.session.commit()

    def now(self) -> datetime:
        return self._now()

    @property
    def settings(self) -> dict[str, Any]:
        if self._settings is None:
            self._settings = settings_store.load(self.session)
        return self._settings

    def require(self, role: str, action: str) -> None:
        """PermissionDenied unless the acting user has at least `role`; `action` is a label
        code of ``app.refusals.LABELS`` naming what was attempted."""
        refusal = self.refusal_for(role, action)
        if refusal is not None:
            raise refusal

    def refusal_for(self, role: str, action: str) -> PermissionDenied | None:
        """The refusal `require` would raise, or None: for the window's disabled actions."""
        return permissions.refusal(self.actor.role, action, needed=role)

    def require_action(self, action: str) -> None:
        """PermissionDenied unless ``app.permissions.ACTION_ROLES`` lets the acting user do `action`."""
        refusal = self.action_refusal(action)
        if refusal is not None:
            raise refusal

    def action_refusal(self, action: str) -> PermissionDenied | None:
        return permissions.refusal(self.actor.role, action)

    def get(self, model: type, ident: int, what: str) -> Any:
        row = self.session.get(model, ident)
        if row is None:
            raise NotFound("not_found", what=what, ident=ident)
        return row

    def audit(self, action: str, summary: str, *, client_id: int | None = None,
              before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
        self.session.add(AuditEvent(
            client_id=client_id, at=self.now(), actor=self.actor.email, action=action, summary=summary,
            before=_jsonable(before), after=_jsonable(after),
        ))


def _jsonable(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {k: (v if v is None or isinstance(v, (bool, int, float, str, list)) else str(v))
            for k, v in values.items()}
