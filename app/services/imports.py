"""Importing the template (DESIGN.md §14, §6, §12): clients, contacts, cards,
subscriptions, cancellation requests and payments, all or nothing.

1. `app.excel.template` reads and types every cell (problems: bad dates, amounts,
   missing required cells).
2. `_check` looks across rows and at the database: unknown values (period, role,
   channel…), two primary admins for a client, duplicate account numbers, references
   to unknown clients, contacts or subscriptions.
3. Only a file without problems is written, in this unit of work, sheet by sheet in
   the order staff, clients, contacts, cards, subscriptions (with their activities and
   a full export's invoices), requests, payments (cards before
   subscriptions: autopay marks the invoices of a client with a card paid, §15). Each
   row has a savepoint, so a rule of a service that the checks did not foresee becomes
   one more problem at its row; any problem rolls everything back.

A dry run does steps 1-3 and rolls back: the preview lists exactly what the import
would refuse. Matching, so that importing the same file again adds nothing:
clients on the account number (their fields are updated); contacts on client + email
(client + name when there is no email); subscriptions on client + plan + participant
+ start + period; activities on subscription + name; invoices on subscription + issue
date; cards on client + brand + last 4 + expiry; requests on client +
contact + received + channel + subscription; payments on invoice + date + outcome.
A request imported as pending goes through `record_request`, so the §6 policy and its
emails apply as if staff had recorded it; a decided one is kept as history.

Needs a manager or an administrator (§12).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app import models as m
from app.errors import RuleViolation
from app.excel.template import Problem, Record, read_template
from app.progress import NoProgress, Progress, check
from app.services import import_writes
from app.services.imports_check import check_records
from app.unit_of_work import UnitOfWork

ORDER = ("Staff", "Clients", "Contacts", "Cards", "Subscriptions", "Activities", "Invoices", "Requests", "Payments")


class ImportReport(dict[str, int]):
    """Rows read per sheet, plus `created` and `matched` per sheet, `problems` (every
    one, by sheet, row and column) and `dry_run`."""

    def __init__(self, path: Path, rows: dict[str, int], *, dry_run: bool) -> None:
        super().__init__(rows)
        self.path = path
        self.dry_run = dry_run
        self.created: Counter[str] = Counter()
        self.matched: Counter[str] = Counter()
        self.problems: list[Problem] = []

    @property
    def ok(self) -> bool:
        return not self.problems


def _invoice_count(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count()).select_from(m.Invoice)) or 0


def run(uow: UnitOfWork, path: str | Path, *, dry_run: bool = False, progress: Progress | None = None) -> ImportReport:
    """Imports `path`; with problems, raises RuleViolation "import_invalid" (params
    `problems`) unless `dry_run`, which returns them in the report instead. Either way
    a dry run or a refusal leaves the database unchanged."""
    uow.require_action("import")
    progress = progress or NoProgress()
    path = Path(path)
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        raise RuleViolation("import_csv_not_template", file=path.name)
    parsed = read_template(path, on_rows=lambda n: check(progress, n, None))
    rows = {name: len(records) for name, records in parsed.records.items() if name in ORDER}
    if not any(rows.get(name) is not None for name in ORDER[1:]):
        from app.excel.template import IMPORTABLE

        raise RuleViolation("import_no_sheets", file=path.name, sheets=[s.name for s in IMPORTABLE])
    report = ImportReport(path, rows, dry_run=dry_run)
    report.problems.extend(parsed.problems)
    report.problems.extend(check_records(uow, parsed.records))
    total = sum(rows.values())
    check(progress, 0, total)
    invoices_before = _invoice_count(uow)
    if not report.problems:
        try:  # fast: no savepoint per row; the rows were checked, so a failure is rare
            _write_all(uow, parsed.records, report, progress, total, careful=False)
        except WRITE_ERRORS:
            # Start again, each row in its own savepoint, to name every row that fails.
            uow.session.rollback()
            uow.session.begin()
            report.created.clear()
            report.matched.clear()
            _write_all(uow, parsed.records, report, progress, total, careful=True)
    report.problems.sort(key=lambda p: (ORDER.index(_base(p.sheet)) if _base(p.sheet) in ORDER else 99,
                                        p.row, p.column))
    if report.problems and not dry_run:
        raise RuleViolation("import_invalid", file=path.name, n=len(report.problems), first=str(report.problems[0]),
                            problems=list(report.problems))
    if not dry_run:
        uow.audit("import.xlsx", f"Imported {path.name}: " + ", ".join(
            f"{name} {report.created[name]} new, {report.matched[name]} already there" for name in rows),
            # Every invoice the import issued (imported ones and those its subscriptions
            # issued up to today) is counted by this event, as the lifecycle counts its own.
            after={"file": path.name, **{f"{k} new": v for k, v in report.created.items()},
                   "invoices_issued": _invoice_count(uow) - invoices_before})
        uow.commit()
    return report


def _sentence(exc: BaseException) -> str:
    if isinstance(exc, IntegrityError):
        return "This row conflicts with a record already in the database."
    if isinstance(exc, KeyError):
        return "This row refers to a row that could not be imported (see the problems above)."
    return str(exc)


def _base(sheet: str) -> str:
    from app.excel.sheets import base_sheet_name

    return base_sheet_name(sheet)


WRITE_ERRORS = (RuleViolation, IntegrityError, ValueError, KeyError)


def _write_all(uow: UnitOfWork, records: dict[str, list[Record]], report: ImportReport, progress: Progress,
               total: int, *, careful: bool) -> None:
    state = import_writes.WriteState.load(uow, records)
    done = 0
    for name in ORDER:
        if name == "Requests":  # a request's rules look at the invoices: bill first
            import_writes.bill_new_subscriptions(uow, state)
        writer = import_writes.WRITERS[name]
        state.existing[name] = import_writes.load_existing(uow, state, name)
        if name == "Invoices":
            created, matched = import_writes.write_invoices(uow, state, records.get(name, []))
            report.created.update({name: created} if created else {})
            report.matched.update({name: matched} if matched else {})
            done += created + matched
            continue
        for record in records.get(name, []):
            if not careful:
                created = writer(uow, state, record)
            else:
                savepoint = uow.session.begin_nested()
                try:
                    created = writer(uow, state, record)
                    savepoint.commit()
                except WRITE_ERRORS as exc:
                    savepoint.rollback()
                    report.problems.append(Problem(record.sheet, record.row, "", _sentence(exc)))
                    continue
            (report.created if created else report.matched)[name] += 1
            done += 1
            if done % 500 == 0:
                check(progress, done, total)
    check(progress, done, total)


def problems_by_sheet(problems: list[Problem]) -> dict[str, list[Problem]]:
    grouped: dict[str, list[Problem]] = defaultdict(list)
    for problem in problems:
        grouped[problem.sheet].append(problem)
    return dict(grouped)


def existing_accounts(uow: UnitOfWork) -> dict[str, int]:
    return dict(uow.session.execute(select(m.Client.account_number, m.Client.id)).all())
