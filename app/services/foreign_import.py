"""Importing clients from a foreign file: any columns, mapped to client fields (DESIGN.md §14).

`check` converts every row and lists its problems (row, column, sentence) without
writing; `run` writes the rows without problems in one transaction. A row matches an
existing client on its account number (or, when the file has none for it, on the exact
client name), so importing the same file again updates instead of duplicating. A row
without a client name takes its account number as name. Each written row has its own
savepoint: a rule the checks did not foresee skips that row (reported) and keeps the rest.

Needs a manager or an administrator (§12), for the dry run too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from app import models as m
from app.errors import RuleViolation
from app.excel import convert
from app.excel.mapping import BY_KEY, propose
from app.excel.source import Table, read_table
from app.services import clients
from app.unit_of_work import UnitOfWork

LANGUAGE_WORDS = {"en": "en", "english": "en", "anglais": "en", "英语": "en", "英文": "en",
                  "fr": "fr", "french": "fr", "français": "fr", "francais": "fr", "法语": "fr", "法文": "fr",
                  "zh": "zh", "chinese": "zh", "chinois": "zh", "中文": "zh", "汉语": "zh", "zh-cn": "zh"}


@dataclass
class ForeignReport:
    rows: int = 0  # data rows read (blank rows not counted)
    valid: int = 0  # rows without problems
    imported: int = 0  # rows written (0 on a dry run)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    mapping: dict[str, str | None] = field(default_factory=dict)
    source: str = ""

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({row for row, _, _ in self.problems})


@dataclass
class _Row:
    number: int
    values: dict[str, Any]
    columns: dict[str, str]  # field -> source header


@dataclass(frozen=True)
class SourceColumn:
    header: str
    proposal: str | None  # a field key of app.excel.mapping.FIELDS, or None (ignore)
    samples: tuple[str, ...]  # the first few values, for the mapping step


def propose_mapping(path: str | Path) -> dict[str, str | None]:
    return propose(list(read_table(path).headers))


def source_columns(path: str | Path) -> tuple[str, int, list[SourceColumn]]:
    """What the mapping step shows: the source's description ("UTF-8, delimiter ;"), its
    data row count, and each column with its proposal and sample values."""
    table = read_table(path)
    proposal = propose(list(table.headers))
    return table.description, len(table.rows), [SourceColumn(h, proposal[h], tuple(table.samples(h)))
                                                 for h in table.headers]


def check_mapping(table: Table, mapping: dict[str, str | None]) -> dict[str, str | None]:
    mapping = {h: mapping.get(h) for h in table.headers}
    fields = [f for f in mapping.values() if f is not None]
    for key in fields:
        if key not in BY_KEY:
            raise RuleViolation(f"{key!r} is not a client field; choose one of {', '.join(BY_KEY)}.")
    doubles = sorted({f for f in fields if fields.count(f) > 1})
    if doubles:
        raise RuleViolation(f"More than one column is mapped to {', '.join(BY_KEY[d].title for d in doubles)}; "
                            "keep one and set the others to Ignore.")
    if "name" not in fields and "account_number" not in fields:
        raise RuleViolation("import_unmapped", file=table.path.name)
    return mapping


def convert_rows(table: Table, mapping: dict[str, str | None], report: ForeignReport) -> list[_Row]:
    """Every row converted; the problems go to `report`; returns the rows without problems."""
    columns = {f: h for h, f in mapping.items() if f is not None}
    orders = {f: convert.date_order(table.column(h)) for f, h in columns.items() if BY_KEY[f].kind == "date"}
    good: list[_Row] = []
    seen_numbers: dict[str, int] = {}
    for offset, raw in enumerate(table.rows):
        number = table.first_row + offset
        if not any(v is not None and str(v).strip() for v in raw):
            continue
        report.rows += 1
        values: dict[str, Any] = {}
        problems: list[tuple[int, str, str]] = []
        for header, key in mapping.items():
            if key is None:
                continue
            value = raw[table.headers.index(header)]
            try:
                values[key] = _convert(key, value, orders.get(key, "dmy"))
            except ValueError as exc:
                problems.append((number, header, f"{exc}."))
        account = values.get("account_number")
        if account:
            if account in seen_numbers:
                problems.append((number, columns["account_number"],
                                 f"The account number {account} is already on row {seen_numbers[account]}."))
            else:
                seen_numbers[account] = number
        if not values.get("name") and not account:
            problems.append((number, columns.get("name") or columns["account_number"],
                             "The row has neither a client name nor an account number."))
        report.problems.extend(problems)
        if not problems:
            good.append(_Row(number, values, columns))
    report.valid = len(good)
    return good


def _convert(key: str, value: Any, order: str) -> Any:
    kind = BY_KEY[key].kind
    text = convert.text(value)
    if text is None:
        return None
    if kind == "date":
        day = convert.to_date(value, order)
        if not date(1900, 1, 1) <= day <= date(2100, 12, 31):
            raise ValueError(f"{text!r} is not a plausible date")
        return day
    if kind == "yes_no":
        return convert.yes_no(value)
    if kind == "language":
        code = LANGUAGE_WORDS.get(text.lower())
        if code is None:
            raise ValueError(f"{text!r} is not a language Account Desk writes in (English, French, Chinese)")
        return code
    if kind == "email" and ("@" not in text or " " in text or text.startswith("@") or text.endswith("@")):
        raise ValueError(f"{text!r} is not an email address")
    limit = {"account_number": 40, "phone": 50, "country": 100, "city": 100}.get(key, 200)
    if len(text) > limit:
        raise ValueError(f"the text is longer than {limit} characters")
    return text


def run(uow: UnitOfWork, path: str | Path, mapping: dict[str, str | None] | None = None, *,
        dry_run: bool = False) -> ForeignReport:
    uow.require_action("import")
    table = read_table(path)
    mapping = check_mapping(table, propose(list(table.headers)) if mapping is None else mapping)
    report = ForeignReport(mapping=mapping, source=table.description)
    rows = convert_rows(table, mapping, report)
    if dry_run:
        return report
    problems = list(report.problems)
    try:  # fast: no savepoint per row; the rows were checked, so a failure is rare
        _write_rows(uow, rows, report, careful=False)
    except (RuleViolation, IntegrityError):
        # Start again, each row in its own savepoint, to skip and name the failing ones.
        uow.session.rollback()
        uow.session.begin()
        report.problems = problems
        report.imported = report.created = report.updated = report.unchanged = 0
        _write_rows(uow, rows, report, careful=True)
    report.problems.sort()
    uow.audit("import.foreign", f"Imported {report.imported} clients from {Path(path).name} "
              f"({report.created} new, {report.updated} updated, {report.unchanged} unchanged, "
              f"{len(report.rejected_rows)} rows skipped)",
              after={"file": Path(path).name, "imported": report.imported})
    uow.commit()
    return report


def _write_rows(uow: UnitOfWork, rows: list[_Row], report: ForeignReport, *, careful: bool) -> None:
    known = _Known(uow, rows)
    for row in rows:
        if careful:
            savepoint = uow.session.begin_nested()
            try:
                outcome = _write(uow, known, row)
                savepoint.commit()
            except (RuleViolation, IntegrityError) as exc:
                savepoint.rollback()
                report.problems.append((row.number, "", str(exc) if isinstance(exc, RuleViolation) else
                                        "This row conflicts with a record already in the database."))
                continue
        else:
            outcome = _write(uow, known, row)
        report.imported += 1
        setattr(report, outcome, getattr(report, outcome) + 1)
    uow.session.flush()
    for client, owner in known.created:
        if inspect(client).persistent:  # not rolled back with its row's savepoint
            uow.audit("client.import", f"Client {client.name} imported"
                      + (f" with its account owner {owner}" if owner else ""), client_id=client.id,
                      after={"name": client.name, "account_number": client.account_number, "status": client.status})


def _owner_name(values: dict[str, Any]) -> str | None:
    parts = [values.get("owner_first_name"), values.get("owner_last_name")]
    joined = " ".join(p for p in parts if p)
    return joined or values.get("owner_name")


class _Known:
    """The clients a foreign import can match, loaded once (not a query per row): by
    account number, by lower-case name (for rows without a number), and which already
    have an account owner."""

    def __init__(self, uow: UnitOfWork, rows: list[_Row]) -> None:
        session = uow.session
        self.accounts: dict[str, int] = dict(session.execute(select(m.Client.account_number, m.Client.id)).all())
        self.names: dict[str, int] = {}
        if any(not r.values.get("account_number") for r in rows):
            for name, ident in session.execute(select(m.Client.name, m.Client.id).order_by(m.Client.id.desc())):
                self.names[name.lower()] = ident  # the oldest client of a name wins
        self.owned: set[int] = set(session.scalars(select(m.Contact.client_id).where(
            m.Contact.role == "primary_admin")))
        self.created: list[tuple[m.Client, str | None]] = []
        self.new: dict[int, m.Client] = {}  # negative placeholder ids of clients not flushed yet
        wanted = [self.accounts[a] for a in {r.values.get("account_number") for r in rows} if a in self.accounts]
        # Held here (the session's identity map only holds weak references): no query per row later.
        self.loaded: dict[int, m.Client] = {}
        for start in range(0, len(wanted), 500):
            for client in session.scalars(select(m.Client).where(m.Client.id.in_(wanted[start:start + 500]))):
                self.loaded[client.id] = client


def _write(uow: UnitOfWork, known: _Known, row: _Row) -> str:
    """Creates or updates the client of one row: "created", "updated" or "unchanged"."""
    v = row.values
    account = v.get("account_number")
    name = v.get("name") or account
    ident = known.accounts.get(account) if account else known.names.get(name.lower())
    if ident is None:
        return _create(uow, known, v, name, account)
    client = known.new[ident] if ident < 0 else known.loaded.get(ident) or uow.session.get(m.Client, ident)
    before = {k: getattr(client, k) for k in ("name", "email", "phone", "country", "city", "created", "language")}
    for key in ("email", "phone", "country", "city", "language"):
        if v.get(key) is not None:
            setattr(client, key, v[key])
    if v.get("name"):
        client.name = v["name"]
    if v.get("client_since") is not None:
        client.created = v["client_since"]
    owner = _owner_name(v)
    added_owner = bool(owner) and client.id not in known.owned and ident > 0
    if added_owner:
        clients.add_contact(uow, client.id, owner, v.get("owner_email") or v.get("email"), role="primary_admin")
        known.owned.add(client.id)
    after = {k: getattr(client, k) for k in before}
    if after != before and ident > 0:  # a client created by an earlier row has its creation audited
        uow.audit("client.import", f"{client.name} updated from an imported file", client_id=client.id,
                  before=before, after=after)
    return "updated" if after != before or added_owner else "unchanged"


def _create(uow: UnitOfWork, known: _Known, v: dict[str, Any], name: str, account: str | None) -> str:
    """A new client (and its account owner) from checked values, as `clients.add_client`
    and `add_contact` would make them, without their per-row lookups."""
    left = v.get("churned") is True or v.get("active") is False
    client = m.Client(account_number=account or f"tmp-{uuid.uuid4().hex}", name=name,
                      language=v.get("language") or "en", kind="direct", email=v.get("email"), phone=v.get("phone"),
                      country=v.get("country"), city=v.get("city"), account_manager_id=uow.actor.id,
                      status="expired" if left else "active", created=v.get("client_since") or uow.today)
    owner = _owner_name(v)
    if owner:
        client.contacts.append(m.Contact(name=owner, email=v.get("owner_email") or v.get("email"),
                                         role="primary_admin", seat=False))
    uow.session.add(client)
    if account is None:  # the account number is made from the id, as add_client does
        uow.session.flush()
        client.account_number = f"AD-{client.id:06d}"
    placeholder = -(len(known.new) + 1)  # no flush per row: the batch is flushed at the end
    known.new[placeholder] = client
    known.accounts[client.account_number] = placeholder
    known.names.setdefault(name.lower(), placeholder)
    known.created.append((client, owner))
    return "created"
