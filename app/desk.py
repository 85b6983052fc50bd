"""`app.desk.Desk`: the one facade the UI, the command line, customers' scripts and
most tests use (DESIGN.md §16). Names and meanings here are a contract.

Each method runs one use case in its own unit of work: it commits all its changes or,
when it raises (`RuleViolation`, `PermissionDenied`), none. Thread rule: a Desk may be
used from any one thread at a time; the UI gives its worker threads their own calls,
never sharing a session (each call opens and closes its own).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, func, or_, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app import db, lifecycle
from app import models as m
from app import settings as settings_store
from app.errors import DatabaseError, PermissionDenied, RuleViolation
from app.paths import resolve_url
from app.progress import Progress
from app.schema_version import KNOWN_REVISIONS
from app.services import billing_run, cancellation, clients, requests, subscriptions
from app.sqlite_file import inspect_sqlite, sqlite_path
from app.unit_of_work import Actor, UnitOfWork
from app.views import ClientView, EventView, InvoiceView, StaffView, SubscriptionView

T = TypeVar("T")
LOCAL_ADMIN_EMAIL = "admin@localhost"


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL has no password part to hide reliably
        return "<unparsable URL>"


class Desk:
    def __init__(self, engine: Engine, actor: Actor, today: date | None) -> None:
        self.engine = engine
        self.actor = actor
        self._fixed_today = today
        self._session_factory = sessionmaker(engine, expire_on_commit=False)
        self._read_factory = sessionmaker(engine.execution_options(**{db.BEGIN_OPTION: "DEFERRED"}),
                                          expire_on_commit=False)

    # --- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, *, user: str | None = None, today: date | None = None) -> Desk:
        url = resolve_url(url)
        engine = open_engine(url)
        try:
            actor = _resolve_actor(engine, user)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, actor, today)

    def close(self) -> None:
        self.engine.dispose()

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
                          datetime.now)

    def _write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._uow() as uow:
            result = fn(uow, *args, **kwargs)
            uow.commit()
            return result

    def _read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._uow(read=True) as uow:
            return fn(uow, *args, **kwargs)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # --- settings and staff ----------------------------------------------------
    def settings(self) -> dict[str, Any]:
        return self._read(lambda uow: dict(uow.settings))

    def update_settings(self, **values: Any) -> None:
        def run(uow: UnitOfWork) -> None:
            uow.require("administrator", "Changing settings")
            before = settings_store.store(uow.session, values)
            uow.audit("settings.update", "Settings changed: " + ", ".join(sorted(values)),
                      before=before, after=values)
        self._write(run)

    def add_staff(self, name: str, email: str, role: str, *, language: str = "en",
                  db_login: str | None = None) -> int:
        return self._write(clients.add_staff, name, email, role, language=language, db_login=db_login)

    def staff(self) -> list[StaffView]:
        return self._read(lambda uow: [clients.staff_view(r) for r in
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

    def set_seat(self, contact_id: int, active: bool) -> None:
        self._write(clients.set_seat, contact_id, active)

    def set_primary_admin(self, contact_id: int) -> None:
        self._write(clients.set_primary_admin, contact_id)

    def convert_trial(self, client_id: int) -> None:
        self._write(subscriptions.convert_trial, client_id)

    def add_card(self, client_id: int, brand: str, last4: str, exp_month: int, exp_year: int) -> int:
        return self._write(clients.add_card, client_id, brand, last4, exp_month, exp_year)

    def add_note(self, client_id: int, text: str, *, attachment: str | Path | None = None) -> int:
        return self._write(clients.add_note, client_id, text, attachment=attachment)

    def client(self, client_id: int) -> ClientView:
        return self._read(clients.client_view, client_id)

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
        def run(uow: UnitOfWork) -> list[SubscriptionView]:
            rows = uow.session.scalars(select(m.Subscription).where(
                m.Subscription.client_id == client_id, m.Subscription.status != "voided").order_by(m.Subscription.id))
            return [SubscriptionView.of(r) for r in rows]
        return self._read(run)

    def invoices(self, client_id: int) -> list[tuple[str, InvoiceView]]:
        """Every invoice of the client, newest first, with its plan name — voided
        purchases included: their invoices stay under billing (§5)."""
        def run(uow: UnitOfWork) -> list[tuple[str, InvoiceView]]:
            rows = uow.session.execute(
                select(m.Invoice, m.Subscription.plan).outerjoin(m.Subscription)
                .where(m.Invoice.client_id == client_id).order_by(m.Invoice.issued.desc(), m.Invoice.id.desc()))
            return [(plan or "", InvoiceView.of(invoice)) for invoice, plan in rows]
        return self._read(run)

    def record_payment(self, invoice_id: int, *, ok: bool = True) -> None:
        self._write(subscriptions.record_payment, invoice_id, ok=ok)

    def credit_invoice(self, invoice_id: int, *, amount: Any = None) -> int:
        return self._write(subscriptions.credit_invoice, invoice_id, amount=amount)

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
        for n, (fn, args) in enumerate(work, 1):
            if stop():
                break
            counts = self._write(fn, *args)
            for key, value in counts.items():
                totals[key] = totals.get(key, 0) + value
            if "skipped_busy" in counts:
                break  # another workstation is on it
            if progress is not None:
                progress.step(n, len(work))
        return totals

    # --- cancellation (§4, §5) -------------------------------------------------
    def cancellation_months(self, sub_id: int) -> list[Any]:
        return self._read(cancellation.months, sub_id)

    def cancellation_blocker(self, sub_id: int) -> str | None:
        """The sentence saying why the subscription cannot be cancelled now, or None."""
        return self._read(cancellation.blocker, sub_id)

    def cancel_subscription(self, sub_id: int, month: date) -> None:
        self._write(cancellation.cancel, sub_id, month)

    def cancel_all(self, client_id: int) -> dict[int, str]:
        return self._write(cancellation.cancel_all, client_id)

    def revoke_cancellation(self, sub_id: int) -> None:
        self._write(cancellation.revoke, sub_id)

    def void_latest_invoice(self, sub_id: int, *, refund: Any = None) -> None:
        self._write(cancellation.void_latest_invoice, sub_id, refund=refund)

    # --- client cancellation requests (§6) ---------------------------------------
    def record_request(self, contact_id: int, *, subscription_id: int | None = None, channel: str = "email",
                       received: date | None = None, message: str = "") -> int:
        return self._write(requests.record_request, contact_id, subscription_id=subscription_id, channel=channel,
                           received=received, message=message)

    def requests(self, status: str | None = "pending") -> list[requests.RequestView]:
        """Requests in `status` (None = all), oldest received first, each with its age in business days."""
        return self._read(requests.requests, status)

    def request(self, request_id: int) -> requests.RequestView:
        return self._read(requests.request_view, request_id)

    def final_billing_options(self, request_id: int) -> list[requests.FinalBillingOption]:
        return self._read(requests.final_billing_options, request_id)

    def approve_request(self, request_id: int, *, final_billing_date: date | None = None) -> None:
        self._write(requests.approve_request, request_id, final_billing_date=final_billing_date)

    def reject_request(self, request_id: int, reason: str) -> None:
        self._write(requests.reject_request, request_id, reason)

    def hold_request(self, request_id: int, note: str) -> None:
        self._write(requests.hold_request, request_id, note)

    # --- audit -----------------------------------------------------------------
    def timeline(self, client_id: int | None = None, *, limit: int | None = None) -> list[EventView]:
        def run(uow: UnitOfWork) -> list[EventView]:
            query = select(m.AuditEvent).order_by(m.AuditEvent.at.desc(), m.AuditEvent.id.desc())
            if client_id is not None:
                query = query.where(m.AuditEvent.client_id == client_id)
            if limit is not None:
                query = query.limit(limit)
            return [EventView.of(r) for r in uow.session.scalars(query)]
        return self._read(run)

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
        report = OutboxSender(self._session_factory, config, now=datetime.now).deliver_due(
            cancelled=cancelled or (lambda: False))
        return {"sent": report.sent, "retrying": report.retrying, "failed": report.failed,
                "recovered": report.recovered, "errors": list(report.errors)}

    def retry_emails(self, ids: list[int] | None = None) -> int:
        """Queues failed emails again for the next delivery; returns how many."""
        from app.mail.sender import retry_now

        return retry_now(self._session_factory, ids, now=datetime.now())

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
            uow.require("administrator", "Changing the SMTP password")
            user = uow.settings.get("smtp_user")
            if not user:
                raise RuleViolation("Set the SMTP user first; the password is stored for that user.")
            set_smtp_password(user, password)
            uow.audit("settings.smtp_password", "SMTP password changed (stored in the OS keyring)")
        self._write(run)

    def void_blocker(self, sub_id: int) -> str | None:
        """The sentence saying why the latest invoice cannot be voided now, or None."""
        return self._read(cancellation.void_blocker, sub_id)

    def outbox(self) -> list[Any]:
        from app.views import EmailView
        return self._read(lambda uow: [EmailView.of(r) for r in
                                       uow.session.scalars(select(m.Email).order_by(m.Email.id))])

    def session(self) -> Session:
        """A plain read session for code inside app/ that needs one (listings, export)."""
        return self._read_factory()


def open_engine(url: str) -> Engine:
    """Checks, opens and migrates the database at `url`; DatabaseError names the URL or file."""
    shown = safe_url(url)
    try:
        path = sqlite_path(url)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a bad URL
        raise DatabaseError(f"The database URL {shown!r} is not valid; expected e.g. "
                            "sqlite:///path/file.sqlite3 or postgresql://user@host/db.") from exc
    state = inspect_sqlite(path) if path is not None else None
    engine = db.make_engine(url)
    try:
        if state is not None:
            revision = state.revision
        else:
            revision = db.current_revision(engine)
            if revision is None:
                with engine.connect() as conn:
                    tables = conn.execute(text(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                    )).scalar() if engine.dialect.name == "postgresql" else 0
                if tables:
                    raise DatabaseError(f"The database {shown} holds tables of another program; "
                                        "choose an empty database for Account Desk.")
            elif revision not in KNOWN_REVISIONS:
                raise DatabaseError(f"The database {shown} was written by a newer version of Account Desk; "
                                    "install the newer version to open it.")
        db.migrate(engine, sqlite_file=path if state is not None and state.exists else None, revision=revision)
    except DatabaseError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(f"The database {shown} cannot be opened: {reason}.") from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"The database {shown} cannot be used: {exc}.") from exc
    return engine


def _resolve_actor(engine: Engine, user: str | None) -> Actor:
    """Maps the acting person to a staff user (§12); PermissionDenied for an unknown user."""
    sqlite = engine.dialect.name == "sqlite"
    with Session(engine) as session, session.begin():
        count = session.scalar(select(func.count()).select_from(m.StaffUser))
        if sqlite:
            admin = session.scalar(select(m.StaffUser).where(m.StaffUser.email == LOCAL_ADMIN_EMAIL))
            if admin is None:
                admin = m.StaffUser(name="Local administrator", email=LOCAL_ADMIN_EMAIL, role="administrator",
                                    language="en", active=True)
                session.add(admin)
                session.flush()
            row = admin if user is None else session.scalar(
                select(m.StaffUser).where(func.lower(m.StaffUser.email) == user.lower()))
        else:
            login = session.scalar(text("SELECT current_user"))
            if user is not None:
                row = session.scalar(select(m.StaffUser).where(or_(
                    m.StaffUser.db_login == user, func.lower(m.StaffUser.email) == user.lower())))
            else:
                row = session.scalar(select(m.StaffUser).where(m.StaffUser.db_login == login))
            if row is None and user is None and not count:
                # A new team database: the first person to open it administers it.
                row = m.StaffUser(name=login, email=user or f"{login}@localhost", role="administrator",
                                  language="en", db_login=login, active=True)
                session.add(row)
                session.flush()
        if row is None or not row.active:
            raise PermissionDenied(f"{user or 'This database login'} is not a staff user of this database; "
                                   "ask an administrator to add you.")
        return Actor(row.id, row.email, row.name, row.role, row.language)
