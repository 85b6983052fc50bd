"""`app.desk.Desk`: the one facade the UI, the command line, customers' scripts and
most tests use (DESIGN.md §16). Names and meanings here are a contract.

Each method runs one use case in its own unit of work: it commits all its changes or,
when it raises (`RuleViolation`, `PermissionDenied`), none. Thread rule: a Desk may be
used from any one thread at a time; the UI gives its worker threads their own calls,
never sharing a session (each call opens and closes its own).
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app import changes, db, permissions
from app import models as m
from app import settings as settings_store
from app.account_rules import PauseDates, pause_dates
from app.errors import Conflict, DatabaseError, DeskError, PermissionDenied, RuleViolation
from app.paths import resolve_url
from app.progress import Progress
from app.schema_version import HEAD, KNOWN_REVISIONS
from app.server_failures import server_failure
from app.services import (
    account_forms,
    accounts,
    billing_run,
    cancellation,
    client_detail,
    clients,
    closure,
    deactivation,
    forms,
    lifecycle,
    record_edits,
    requests,
    staff,
    subscriptions,
)
from app.signin import resolve_actor
from app.sqlite_file import inspect_sqlite, sqlite_path
from app.unit_of_work import Actor, UnitOfWork
from app.views import (
    CancellationForm,
    ClientDetailView,
    ClientView,
    EventView,
    FinalBillingOption,
    InvoiceView,
    RecordRequestForm,
    RequestView,
    ReviewForm,
    StaffPage,
    StaffView,
    SubscriptionView,
    VoidForm,
)

if TYPE_CHECKING:
    from app.live import Listener
    from app.services import exports

T = TypeVar("T")
log = logging.getLogger(__name__)
_CODE = re.compile(r"[a-z0-9_.]+")
# SQLite says FULL for ENOSPC; a file-size limit (EFBIG) or a failing write is an IOERR.
_WRITE_FAILURES = ("SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE",
                   "SQLITE_IOERR_SHMSIZE")


def _sqlstate(exc: BaseException) -> str | None:
    """PostgreSQL's error code of a failed statement: SQLAlchemy's wrapped error, or the
    driver's own (the invoices' COPY runs on the driver's cursor)."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) or getattr(exc, "sqlstate", None)


def _disk_full(exc: OperationalError) -> bool:
    """A write that failed for lack of space (SQLite), or PostgreSQL's disk_full (53100)."""
    return (getattr(exc.orig, "sqlite_errorname", None) in _WRITE_FAILURES
            or getattr(exc.orig, "sqlstate", None) == "53100")


@contextmanager
def _writing(what: str, ids: list[int], user: int) -> Iterator[None]:
    """Around every facade call (reads too): a write failed for lack of space, or a failing
    server (unreachable, connection lost, a right refused: `app.server_failures`), becomes
    one sentence; nothing was saved."""
    try:
        yield
    except DBAPIError as exc:
        if isinstance(exc, OperationalError) and _disk_full(exc):
            log.warning("%s %s: disk full (user %s)", what, ids, user)
            raise DatabaseError("disk_full") from exc
        failure = server_failure(exc)
        if failure is not None:
            log.warning("%s %s: %s (user %s)", what, ids, failure.code, user)
            raise failure from exc
        raise
RETRIES = 3  # runs of a use case that lost a race to another writer
# PostgreSQL: deadlock_detected, serialization_failure, and unique_violation: two writers
# that both checked a row was missing (an invoice, an account number) and both inserted it;
# run again, the use case finds the row and issues nothing twice, or refuses in words.
_RETRIED = ("40P01", "40001", "23505")


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL has no password part to hide reliably
        return "<unparsable URL>"


class Desk:
    def __init__(self, engine: Engine, actor: Actor, today: date | None, *, server_role: str | None = None) -> None:
        self.engine = engine
        self.actor = actor
        self._fixed_today = today
        # The clock of the use cases and the outbox lease; tests replace it.
        self.now: Callable[[], datetime] = datetime.now
        # Names this workstation in the outbox lease; None: the id in the config folder.
        self.workstation: str | None = None
        self._session_factory = sessionmaker(engine, expire_on_commit=False)
        # Live refresh (app/changes.py): every commit tells the other workstations what it changed.
        self.origin = uuid.uuid4().hex[:12]
        self._own_writes = changes.OwnWrites()
        changes.track(self._session_factory, self.origin, self._own_writes)
        self._read_factory = sessionmaker(engine.execution_options(**{db.BEGIN_OPTION: "DEFERRED"}),
                                          expire_on_commit=False)
        if server_role is not None:
            # A superuser acting as a staff user gets that role's rights from the server (app/signin.py).
            for factory in (self._session_factory, self._read_factory):
                event.listen(factory, "after_begin", lambda _s, _t, conn: conn.exec_driver_sql(
                    f"SET LOCAL ROLE {server_role}"))

    # --- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, *, user: str | None = None, today: date | None = None) -> Desk:
        url = resolve_url(url)
        engine = open_engine(url)
        try:
            with _writing("open", [], 0):
                actor, server_role = resolve_actor(engine, user)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, actor, today, server_role=server_role)

    @property
    def storage_warning(self) -> str | None:
        """A sentence for the window when the database is a SQLite file on a network drive."""
        from app.network_fs import network_warning

        return network_warning(self.engine.url.render_as_string(hide_password=False))

    def close(self) -> None:
        self.engine.dispose()

    def listen(self, on_change: Callable[[changes.Change], None]) -> Listener:
        """Starts hearing other workstations' changes: `on_change(change)` is called on the
        listener's own thread (`app.live`); `.stop()` the returned listener when done."""
        from app.live import Listener

        return Listener(self.engine.url.render_as_string(hide_password=False), on_change, origin=self.origin,
                        own=self._own_writes).start()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing --------------------------------------------------------------
    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    def _uow(self, *, read: bool = False) -> UnitOfWork:
        return UnitOfWork(self._read_factory if read else self._session_factory, self.actor, self.today,
                          self.now)

    def _write(self, fn: Callable[..., T], *args: Any, expect: tuple[type, int | None] | None = None,
               **kwargs: Any) -> T:
        """`fn` in one unit of work. `expect`: (model, version the window showed) of the row
        the first argument names; another version there is a Conflict, nothing written.
        A deadlock or serialization failure between two writers (PostgreSQL) runs it again:
        the whole use case, on what is committed now, so the versions are checked afresh."""
        # Logged by ids only (app/logs.py): the integer arguments, and a refusal's code,
        # never its sentence, which names the client.
        ids = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
        for attempt in range(1, RETRIES + 1):
            try:
                with _writing(fn.__qualname__, ids, self.actor.id), self._uow() as uow:
                    if expect is not None and expect[1] is not None:
                        uow.expect(expect[0], args[0], expect[1], expect[0].__tablename__.replace("_", " "))
                    result = fn(uow, *args, **kwargs)
                    uow.commit()
                break
            except DeskError as exc:
                # Older refusals carry their sentence as the code: only a real code is logged.
                code = exc.code if _CODE.fullmatch(exc.code) else type(exc).__name__
                log.info("%s %s refused: %s (user %s)", fn.__qualname__, ids, code, self.actor.id)
                raise
            except Exception as exc:
                if attempt == RETRIES or _sqlstate(exc) not in _RETRIED:
                    raise
                log.info("%s %s: %s, running it again (user %s)", fn.__qualname__, ids, _sqlstate(exc),
                         self.actor.id)
        made = f" -> {result}" if isinstance(result, int) and not isinstance(result, bool) else ""
        log.info("%s %s done%s (user %s)", fn.__qualname__, ids, made, self.actor.id)
        return result

    def _read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with _writing(getattr(fn, "__qualname__", "read"), [], self.actor.id), self._uow(read=True) as uow:
            return fn(uow, *args, **kwargs)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # --- settings and staff ----------------------------------------------------
    def settings(self) -> dict[str, Any]:
        return self._read(lambda uow: dict(uow.settings))

    def update_settings(self, **values: Any) -> None:
        def run(uow: UnitOfWork) -> None:
            uow.require_action("edit_settings")
            before = settings_store.store(uow.session, values)
            uow.audit("settings.update", "Settings changed: " + ", ".join(sorted(values)),
                      before=before, after=values)
        self._write(run)

    def add_staff(self, name: str, email: str, role: str, *, language: str = "en",
                  db_login: str | None = None, login_password: str | None = None) -> int:
        """db_login: their PostgreSQL login, made a member of the role's group (app/db_roles.py);
        with `login_password` the login is created first, in the same transaction."""
        return self._write(staff.add_staff, name, email, role, language=language, db_login=db_login,
                           login_password=login_password)

    def create_login(self, login: str, password: str) -> None:
        """Administrators on the team database, with a login that has CREATEROLE: a new
        PostgreSQL login (the password is hashed before it is sent, never kept)."""
        self._write(staff.create_login, login, password)

    def staff_page(self) -> StaffPage:
        """Every staff user, and whether the signed-in login may create logins (settings page)."""
        return self._read(staff.staff_page)

    def set_staff_role(self, staff_id: int, role: str) -> None:
        """Administrators; on PostgreSQL the login moves to the new role's group."""
        self._write(staff.set_staff_role, staff_id, role)

    def deactivate_staff(self, staff_id: int) -> None:
        """Administrators; the staff user can no longer sign in, and their login leaves its group."""
        self._write(staff.deactivate_staff, staff_id)

    def staff(self) -> list[StaffView]:
        return self._read(lambda uow: [staff.staff_view(r) for r in
                                       uow.session.scalars(select(m.StaffUser).order_by(m.StaffUser.name))])

    def me(self) -> StaffView:
        return StaffView(self.actor.id, self.actor.name, self.actor.email, self.actor.role, self.actor.language)

    # --- clients -----------------------------------------------------------------
    def add_client(self, name: str, *, kind: str = "direct", trial_end: date | None = None,
                   reseller: str | None = None, language: str = "en", email: str | None = None,
                   account_manager: int | str | None = None, **extra: Any) -> int:
        """`account_manager`: a staff user's id (as `add_staff` returns it) or email."""
        return self._write(clients.add_client, name, kind=kind, trial_end=trial_end, reseller=reseller,
                           language=language, email=email, account_manager=account_manager, **extra)

    def add_contact(self, client_id: int, name: str, email: str | None, *, role: str = "user",
                    seat: bool = False, phone: str | None = None) -> int:
        return self._write(clients.add_contact, client_id, name, email, role=role, seat=seat, phone=phone)

    def update_contact(self, contact_id: int, *, expected_version: int | None = None, **fields: Any) -> dict[str, Any]:
        """Changes `name`, `email`, `phone`, `role` ("admin" | "user") and `language` among those
        given; returns the previous values of those changed (the Undo is the same call with them)."""
        return self._write(record_edits.update_contact, contact_id, expect=(m.Contact, expected_version), **fields)

    def remove_contact(self, contact_id: int) -> None:
        """Takes back a contact added by mistake (managers: it deletes a row); refused while a
        request, pause, closure or deactivation names it."""
        self._write(record_edits.remove_contact, contact_id)

    def update_client(self, client_id: int, *, expected_version: int | None = None, **fields: Any) -> dict[str, Any]:
        """Changes `email`, `phone`, `language` and `account_manager` (a staff user's id or email;
        another one needs a manager) among those given; returns the previous values of those changed."""
        return self._write(record_edits.update_client, client_id, expect=(m.Client, expected_version), **fields)


    def set_seat(self, contact_id: int, active: bool, *, expected_version: int | None = None) -> None:
        self._write(clients.set_seat, contact_id, active, expect=(m.Contact, expected_version))

    def set_primary_admin(self, contact_id: int, *, expected_version: int | None = None) -> None:
        self._write(clients.set_primary_admin, contact_id, expect=(m.Contact, expected_version))

    def convert_trial(self, client_id: int, *, expected_version: int | None = None) -> None:
        self._write(subscriptions.convert_trial, client_id, expect=(m.Client, expected_version))

    def add_card(self, client_id: int, brand: str, last4: str, exp_month: int, exp_year: int) -> int:
        return self._write(clients.add_card, client_id, brand, last4, exp_month, exp_year)

    def add_note(self, client_id: int, text: str, *, attachment: str | Path | None = None) -> int:
        return self._write(clients.add_note, client_id, text, attachment=attachment)

    def client(self, client_id: int) -> ClientView:
        return self._read(clients.client_view, client_id)

    def client_detail(self, client_id: int) -> ClientDetailView:
        """The client with its purchases, contacts, invoices, cards, timeline and the `actions`
        map (action -> None, or the refusal that disables it), in one read."""
        return self._read(client_detail.client_detail, client_id)

    # --- subscriptions and billing ---------------------------------------------
    def add_subscription(self, client_id: int, plan: str, price: Any, *, period: str = "monthly", start: date,
                         billing_day: int | None = None, end_date: date | None = None,
                         participant: str | None = None, seats: int = 1,
                         activities: tuple[str, ...] = ()) -> int:
        return self._write(subscriptions.add_subscription, client_id, plan, price, period=period, start=start,
                           billing_day=billing_day, end_date=end_date, participant=participant, seats=seats,
                           activities=tuple(activities))

    def subscription(self, sub_id: int) -> SubscriptionView:
        return self._read(subscriptions.subscription_view, sub_id)

    def subscriptions(self, client_id: int) -> list[SubscriptionView]:
        """The client's purchases: every subscription but the voided ones (§5)."""
        return self._read(lambda uow: [SubscriptionView.of(r) for r in client_detail.purchases(uow, client_id)])

    def invoices(self, client_id: int) -> list[tuple[str, InvoiceView]]:
        """Every invoice of the client, newest first, with its plan name — voided
        purchases included: their invoices stay under billing (§5)."""
        return self._read(client_detail.invoice_lines, client_id)

    def record_payment(self, invoice_id: int, *, ok: bool = True, expected_version: int | None = None) -> None:
        self._write(subscriptions.record_payment, invoice_id, ok=ok, expect=(m.Invoice, expected_version))

    def credit_invoice(self, invoice_id: int, *, amount: Any = None, expected_version: int | None = None) -> int:
        return self._write(subscriptions.credit_invoice, invoice_id, amount=amount,
                           expect=(m.Invoice, expected_version))

    def run_lifecycle(self, until: date | None = None, *, cancelled: Callable[[], bool] | None = None,
                      progress: Progress | None = None) -> dict[str, int]:
        """Brings everything up to `until` (default today); returns counts per kind of action.

        A long catch-up commits in bounded transactions (the lifecycle is idempotent and
        catching up at once equals running daily, so any prefix is a consistent state):
        first the due invoices, a batch of subscriptions at a time (at most about
        `billing_run.BATCH_INVOICES` each), then the other steps a week at a time. A SQLite
        writer is never locked out for long, and `cancelled` (or `progress.cancelled`) may
        stop it between transactions; running it again goes on where it stopped.
        `progress.step(done, total)` counts transactions; both are called on this thread.
        """
        until = until or self.today

        def stop() -> bool:
            return (cancelled is not None and cancelled()) or (progress is not None and progress.cancelled())

        done = self._read(lambda uow: uow.session.scalar(select(m.LifecycleState.done_until)))
        batches = self._read(billing_run.catch_up_batches, until)
        steps = []
        day = done
        while day is not None and day + lifecycle.STEP < until:
            day += lifecycle.STEP
            steps.append(day)
        steps.append(until)
        work = [(lifecycle.issue_batch, (until, *batch)) for batch in batches]
        work += [(lifecycle.run, (step,)) for step in steps]
        totals: dict[str, int] = {}
        mailer = self._deletion_mailer()
        for n, (fn, args) in enumerate(work, 1):
            if stop():
                break
            counts = self._lifecycle_step(fn, *args)
            if fn is lifecycle.run and "skipped_busy" not in counts:
                # Purges commit in steps of their own (journal, deletion email, rows), after the day's run.
                with _writing("purge", [], self.actor.id):
                    purged = lifecycle.run_purges(self._uow, args[0], mailer=mailer, engine=self.engine,
                                                  may_delete=self._may_purge)
                counts = {**counts, **purged}
            for key, value in counts.items():
                totals[key] = totals.get(key, 0) + value
            if "skipped_busy" in counts:
                break  # another workstation is on it
            if progress is not None:
                progress.step(n, len(work))
        log.info("lifecycle up to %s: %s", until, totals)
        return totals

    @property
    def _may_purge(self) -> bool:
        """On PostgreSQL only managers' groups may delete (migration 0006): a staff user's
        lifecycle run leaves the due purges to a manager's."""
        return self.dialect != "postgresql" or self.actor.at_least("manager")

    def _lifecycle_step(self, fn: Callable[..., dict[str, int]], *args: Any) -> dict[str, int]:
        """One transaction of the lifecycle. A Conflict (someone changed a client it was
        changing) runs it again: it showed nothing to anyone, and the step is idempotent."""
        for attempt in range(1, RETRIES + 1):
            try:
                return self._write(fn, *args)
            except Conflict:
                if attempt == RETRIES:
                    raise
        raise AssertionError("unreachable")

    def _deletion_mailer(self) -> Any:
        from app.services.purge import mailer_from_settings

        return mailer_from_settings(self.settings())

    # --- cancellation (§4, §5) -------------------------------------------------
    def cancellation_months(self, sub_id: int) -> list[Any]:
        return self._read(cancellation.months, sub_id)

    def cancellation_blocker(self, sub_id: int) -> RuleViolation | None:
        """Why the subscription cannot be cancelled (or moved earlier) now, or None;
        `cancel_subscription` raises the same refusal."""
        return self._read(cancellation.blocker, sub_id)

    def cancellation_form(self, sub_id: int) -> CancellationForm:
        """What the cancel dialog opens with, in one read."""
        return self._read(forms.cancellation_form, sub_id)

    def void_form(self, sub_id: int) -> VoidForm:
        """What the void dialog opens with, in one read."""
        return self._read(forms.void_form, sub_id)
    def revoke_blocker(self, sub_id: int) -> DeskError | None:
        """Why the cancellation cannot be revoked now (role, policy, status), or None."""
        return self._read(cancellation.revoke_blocker, sub_id)

    def permission(self, action: str) -> PermissionDenied | None:
        """The refusal the acting user gets for `action` (a code of
        ``app.permissions.ACTION_ROLES``), or None when the role allows it."""
        return permissions.refusal(self.actor.role, action)

    # `expected_version` on an edit (here and below): the version of the row the first
    # argument names, as the window showed it (the views' `.version`). Changed since: Conflict,
    # saying who changed it and when, and nothing written. Without it, only a change made
    # between this call's own read and write is caught (the same Conflict).
    def cancel_subscription(self, sub_id: int, month: date, *, expected_version: int | None = None) -> None:
        self._write(cancellation.cancel, sub_id, month, expect=(m.Subscription, expected_version))

    def cancel_all(self, client_id: int, *, expected_version: int | None = None) -> dict[int, str]:
        return self._write(cancellation.cancel_all, client_id, expect=(m.Client, expected_version))

    def revoke_cancellation(self, sub_id: int, *, expected_version: int | None = None) -> None:
        self._write(cancellation.revoke, sub_id, expect=(m.Subscription, expected_version))

    def void_latest_invoice(self, sub_id: int, *, refund: Any = None, expected_version: int | None = None) -> None:
        self._write(cancellation.void_latest_invoice, sub_id, refund=refund,
                    expect=(m.Subscription, expected_version))

    # --- client cancellation requests (§6) ---------------------------------------
    def record_request(self, contact_id: int, *, subscription_id: int | None = None, channel: str = "email",
                       received: date | None = None, message: str = "", expected_version: int | None = None) -> int:
        """`expected_version`: of the subscription asked about, or of the client for the whole account."""
        return self._write(requests.record_request, contact_id, subscription_id=subscription_id, channel=channel,
                           received=received, message=message, expected_version=expected_version)

    def record_request_form(self, client_id: int) -> RecordRequestForm:
        """What the record-request dialog opens with, in one read."""
        return self._read(forms.record_request_form, client_id)

    def review_form(self, request_id: int) -> ReviewForm:
        """What the review dialog opens with, in one read."""
        return self._read(forms.review_form, request_id)

    def requests(self, status: str | None = "pending") -> list[RequestView]:
        """Requests in `status` (None = all), oldest received first, each with its age in business days."""
        return self._read(requests.requests, status)

    def request(self, request_id: int) -> RequestView:
        return self._read(requests.request_view, request_id)

    def final_billing_options(self, request_id: int) -> list[FinalBillingOption]:
        return self._read(requests.final_billing_options, request_id)

    def decide_blocker(self, request_id: int) -> DeskError | None:
        """Why the acting user cannot approve or reject the request now (role, then status), or None."""
        return self._read(requests.decide_blocker, request_id)

    def approve_request(self, request_id: int, *, final_billing_date: date | None = None,
                        expected_version: int | None = None) -> None:
        self._write(requests.approve_request, request_id, final_billing_date=final_billing_date,
                    expect=(m.CancellationRequest, expected_version))

    def reject_request(self, request_id: int, reason: str, *, expected_version: int | None = None) -> None:
        self._write(requests.reject_request, request_id, reason, expect=(m.CancellationRequest, expected_version))

    def hold_request(self, request_id: int, note: str, *, expected_version: int | None = None) -> None:
        self._write(requests.hold_request, request_id, note, expect=(m.CancellationRequest, expected_version))

    def withdraw_request(self, request_id: int, *, expected_version: int | None = None) -> None:
        """A pending request recorded by mistake becomes "withdrawn" (kept, counted nowhere);
        by whoever recorded it, or anyone who decides requests."""
        self._write(requests.withdraw_request, request_id, expect=(m.CancellationRequest, expected_version))

    # --- pause, resume, closure (§8, §9) ------------------------------------------
    def pause(self, client_id: int, contact_id: int, *, reason: str, resume_in_months: int, category: str,
              keep_data: bool = True, confirm_name: str | None = None, expected_version: int | None = None) -> int:
        return self._write(accounts.pause, client_id, contact_id, reason=reason, resume_in_months=resume_in_months,
                           category=category, keep_data=keep_data, confirm_name=confirm_name,
                           expect=(m.Client, expected_version))

    def resume(self, client_id: int, *, brand: str, last4: str, exp_month: int, exp_year: int,
               contact_id: int | None = None, expected_version: int | None = None) -> None:
        self._write(accounts.resume, client_id, brand=brand, last4=last4, exp_month=exp_month, exp_year=exp_year,
                    contact_id=contact_id, expect=(m.Client, expected_version))

    def close_account(self, client_id: int, contact_id: int, *, reason: str, session: date | str | None = None,
                      deactivate_when_ended: bool = False, confirm_name: str | None = None,
                      expected_version: int | None = None) -> int:
        return self._write(accounts.close_account, client_id, contact_id, reason=reason, session=session,
                           deactivate_when_ended=deactivate_when_ended, confirm_name=confirm_name,
                           expect=(m.Client, expected_version))

    def pause_blocker(self, client_id: int) -> DeskError | None:
        return self._read(lambda uow: accounts.pause_blocker(uow, uow.get(m.Client, client_id, "client")))

    def resume_blocker(self, client_id: int) -> DeskError | None:
        return self._read(lambda uow: accounts.resume_blocker(uow, uow.get(m.Client, client_id, "client")))

    def close_blocker(self, client_id: int) -> DeskError | None:
        return self._read(lambda uow: accounts.close_blocker(uow, uow.get(m.Client, client_id, "client")))

    def revoke_closure(self, client_id: int, *, expected_version: int | None = None) -> None:
        self._write(closure.revoke_closure, client_id, expect=(m.Client, expected_version))

    def revoke_closure_blocker(self, client_id: int) -> DeskError | None:
        return self._read(lambda uow: closure.revoke_closure_blocker(uow, uow.get(m.Client, client_id, "client")))

    def account_form(self, client_id: int) -> account_forms.AccountForm:
        """What the pause, resume and close dialogs open with, in one read."""
        return self._read(account_forms.account_form, client_id)

    def cancel_all_form(self, client_id: int) -> account_forms.CancelAllForm:
        """What the cancel-all dialog opens with, in one read."""
        return self._read(account_forms.cancel_all_form, client_id)

    def pause_dates(self, *, keep_data: bool, resume_in_months: int | None = None) -> PauseDates:
        """The dates a pause recorded today would set (the pause dialog shows them live)."""
        return pause_dates(self.today, keep_data=keep_data, resume_in_months=resume_in_months)

    # --- deactivation and the purge (§10) ----------------------------------------
    def deactivate(self, client_id: int, *, reason: str, requester: int, confirm_name: str | None,
                   backup: str, expected_version: int | None = None) -> date:
        """Schedules the purge `retention_days` from today (managers); returns its date."""
        return self._write(deactivation.deactivate, client_id, reason=reason, requester=requester,
                           confirm_name=confirm_name, backup=backup, expect=(m.Client, expected_version))

    def revoke_deactivation(self, client_id: int, *, expected_version: int | None = None) -> None:
        self._write(deactivation.revoke_deactivation, client_id, expect=(m.Client, expected_version))

    def deactivate_blocker(self, client_id: int) -> DeskError | None:
        """The refusal `deactivate` would raise before looking at its arguments, or None."""
        return self._read(lambda uow: deactivation.deactivate_blocker(uow, uow.get(m.Client, client_id, "client")))

    def revoke_deactivation_blocker(self, client_id: int) -> DeskError | None:
        return self._read(lambda uow: deactivation.revoke_deactivation_blocker(
            uow, uow.get(m.Client, client_id, "client")))

    def deletion_counts(self, client_id: int) -> dict[str, int]:
        """What a purge would delete: contacts, subscriptions, invoices, notes, files, emails."""
        return self._read(deactivation.deletion_counts, client_id)

    def deactivation_form(self, client_id: int) -> deactivation.DeactivationForm:
        """Everything the deactivation checklist and warning show, in one read."""
        return self._read(deactivation.form, client_id)

    def pending_deactivations(self) -> list[deactivation.PendingDeactivation]:
        return self._read(deactivation.pending_deactivations)

    def tombstones(self) -> list[deactivation.TombstoneView]:
        return self._read(deactivation.tombstones)
    # --- Excel import (§14) --------------------------------------------------------
    def import_xlsx(self, path: str | Path, *, dry_run: bool = False, progress: Any = None) -> Any:
        """Imports the template (or a full export): rows per sheet, all or nothing, managers and
        administrators. A file with problems raises RuleViolation "import_invalid" (params
        `problems`: every one by sheet, row and column); `dry_run=True` returns them in the
        report's `.problems` instead, writing nothing. `progress`: an `app.progress.Progress`."""
        from app.services import imports

        # The service commits itself, and never on a dry run.
        with _writing("import_xlsx", [], self.actor.id), self._uow() as uow:
            return imports.run(uow, path, dry_run=dry_run, progress=progress)

    def propose_mapping(self, path: str | Path) -> dict[str, str | None]:
        """A foreign file's columns -> client field keys (None = ignore), by header name."""
        from app.services import foreign_import

        return foreign_import.propose_mapping(path)

    def foreign_columns(self, path: str | Path) -> Any:
        """For the mapping step: (source description, row count, columns with proposal and samples)."""
        from app.services import foreign_import

        return foreign_import.source_columns(path)

    def import_foreign(self, path: str | Path, *, mapping: dict[str, str | None] | None = None,
                       dry_run: bool = False) -> Any:
        """Imports the rows of a foreign file without problems; report `.imported`, `.problems`."""
        from app.services import foreign_import

        with _writing("import_foreign", [], self.actor.id), self._uow() as uow:
            return foreign_import.run(uow, path, mapping, dry_run=dry_run)

    # --- audit -----------------------------------------------------------------
    def timeline(self, client_id: int | None = None, *, limit: int | None = None) -> list[EventView]:
        return self._read(client_detail.timeline, client_id, limit)

    def recipients(self, client_id: int, event: str) -> list[Any]:
        """Who an `event` about the client would be emailed to (audience, address, language)."""
        from app.notify import recipients

        return self._read(lambda uow: recipients(uow, event, uow.get(m.Client, client_id, "client")))

    def deliver_outbox(self, *, cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
        """Sends the queued emails that are due over SMTP. Slow: call it off the GUI thread.

        Without SMTP settings nothing is sent and the emails stay queued.
        """
        from app.mail.sender import OutboxSender, smtp_config
        from app.secrets import get_smtp_password

        values = self.settings()
        if not values.get("smtp_host"):
            return {"sent": 0, "not_configured": True}
        password = get_smtp_password(values["smtp_user"]) if values.get("smtp_user") else None
        config = smtp_config(values, password)
        assert config is not None
        from app.workstation import workstation_id

        sender = OutboxSender(self._session_factory, config, now=self.now,
                              workstation=self.workstation or workstation_id())
        report = sender.deliver_due(cancelled=cancelled or (lambda: False))
        # Counts only: the report's error lines name recipients.
        log.info("outbox: %s sent, %s retrying, %s failed, %s recovered", report.sent, report.retrying,
                 report.failed, report.recovered)
        return {"sent": report.sent, "retrying": report.retrying, "failed": report.failed,
                "recovered": report.recovered, "errors": list(report.errors)}

    def retry_emails(self, ids: list[int] | None = None) -> int:
        """Queues failed emails again for the next delivery; returns how many."""
        from app.mail.sender import retry_now

        return retry_now(self._session_factory, ids, now=self.now())

    def save_eml(self, email_id: int, path: str | Path) -> None:
        """Writes one outbox email as an .eml file (whole or not at all)."""
        from app.mail.sender import save_eml

        def run(uow: UnitOfWork) -> None:
            email = uow.get(m.Email, email_id, "email")
            sender = uow.settings.get("smtp_sender") or uow.settings["organisation_email"]
            save_eml(email, sender, Path(path))
        self._read(run)

    def set_smtp_password(self, password: str) -> None:
        """Stores the SMTP password in the OS keyring (administrators); never in the database."""
        from app.secrets import set_smtp_password

        def run(uow: UnitOfWork) -> None:
            uow.require_action("set_smtp_password")
            user = uow.settings.get("smtp_user")
            if not user:
                raise RuleViolation("smtp_user_missing")
            set_smtp_password(user, password)
            uow.audit("settings.smtp_password", "SMTP password changed (stored in the OS keyring)")
        self._write(run)

    def void_blocker(self, sub_id: int) -> DeskError | None:
        """Why the latest invoice cannot be voided now (PermissionDenied first), or None."""
        return self._read(cancellation.void_blocker, sub_id)

    def outbox(self) -> list[Any]:
        from app.views import EmailView
        return self._read(lambda uow: [EmailView.of(r) for r in
                                       uow.session.scalars(select(m.Email).order_by(m.Email.id))])

    # --- Excel and CSV (§13, §14) -------------------------------------------------
    # The export modules (the xlsx writer, XML) are imported on first use: not at start-up.
    def export_xlsx(self, path: str | Path, *, client_id: int | None = None, progress: Progress | None = None,
                    titles: dict[str, str] | None = None) -> exports.ExportReport:
        """Everything (or one client), one sheet per kind of record; rows per sheet. A staff
        member's whole export leaves expired clients out (`.excluded_clients` says how many)."""
        from app.services import exports

        return self._read(exports.export_workbook, path, client_id=client_id, progress=progress, titles=titles)

    def export_csv(self, path: str | Path, kind: str = "clients", *, client_id: int | None = None,
                   progress: Progress | None = None, titles: dict[str, str] | None = None) -> exports.ExportReport:
        """One kind of record ("clients", "invoices", ... see app.excel.sheets) as CSV."""
        from app.services import exports

        return self._read(exports.export_sheet_csv, path, kind, client_id=client_id, progress=progress,
                          titles=titles)

    def export_view(self, path: str | Path, columns: Any, rows: Any, **options: Any) -> exports.ExportReport:
        """A table's current view: columns in on-screen order, filtered sorted rows (.xlsx or .csv)."""
        from app.services import exports

        return exports.export_view(path, columns, rows, **options)

    def verify_export(self, path: str | Path, client_id: int | None = None) -> list[str]:
        """Problems comparing an exported workbook with the database; empty when complete."""
        from app.services import exports

        return self._read(exports.verify_workbook, path, client_id=client_id)

    def session(self) -> Session:
        """A plain read session for code inside app/ that needs one (listings, export)."""
        return self._read_factory()


def _check_schema_usage(engine: Engine, shown: str) -> None:
    """A login without USAGE on the schema sees no schema at all (current_schema() is NULL):
    it is no member of an Account Desk group."""
    with engine.connect() as conn:
        if conn.scalar(text("SELECT current_schema()")) is None:
            raise PermissionDenied("login_no_rights", login=engine.url.username or "", url=shown)


def open_engine(url: str) -> Engine:
    """Checks, opens and migrates the database at `url`; DatabaseError names the URL or file."""
    shown = safe_url(url)
    try:
        path = sqlite_path(url)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a bad URL
        raise DatabaseError("database_url_invalid", url=shown) from exc
    state = inspect_sqlite(path) if path is not None else None
    engine = db.make_engine(url)
    migrating = False
    try:
        if state is not None:
            revision = state.revision
        else:
            if engine.dialect.name == "postgresql":
                _check_schema_usage(engine, shown)
            revision = db.current_revision(engine)
            if revision is None:
                with engine.connect() as conn:
                    tables = conn.execute(text(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                    )).scalar() if engine.dialect.name == "postgresql" else 0
                if tables:
                    raise DatabaseError("database_foreign", url=shown)
            elif revision not in KNOWN_REVISIONS:
                raise DatabaseError("database_newer", url=shown)
            elif revision != HEAD and not db.can_migrate(engine):
                raise DatabaseError("database_schema_older", current=revision, needed=HEAD)
        migrating = True
        db.migrate(engine, sqlite_file=path if state is not None and state.exists else None, revision=revision)
    except (DatabaseError, PermissionDenied):
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        failure = server_failure(exc, url=shown)
        if failure is not None:
            raise failure from exc
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError("database_cannot_open", url=shown, reason=reason) from exc
    except DBAPIError as exc:
        engine.dispose()
        if getattr(exc.orig, "sqlstate", None) == "42501":
            # A login outside the Account Desk groups (never added, or deactivated) reads
            # nothing; a group member may not create or alter the tables.
            login = engine.url.username or ""
            if migrating:
                raise DatabaseError("database_upgrade_refused", url=shown, login=login) from exc
            raise PermissionDenied("login_no_rights", login=login, url=shown) from exc
        raise DatabaseError("database_unusable", url=shown, reason=str(exc)) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        failure = server_failure(exc, url=shown) if isinstance(exc, DBAPIError) else None
        if failure is not None:
            raise failure from exc
        raise DatabaseError("database_unusable", url=shown, reason=str(exc)) from exc
    return engine
