"""Export use cases (DESIGN.md §13, §14, §12): one client, the whole database, the
current view of a table, as .xlsx or CSV; and the check of a written workbook.

Reads only, in one read transaction (a consistent snapshot), streamed with `yield_per`
so memory stays flat however many invoices there are. Who may export what (§12):
everyone exports active clients; only managers (and administrators) export expired
ones. A staff member's whole-database export leaves expired clients out and the
report says how many (`ExportReport.excluded_clients`); a staff member asking for one
expired client is refused.

Progress and cancellation go through `app.progress.Progress`; a cancelled or failed
export leaves no file (the writers write a temporary file and rename it at the end).
"""

from __future__ import annotations

import csv
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from sqlalchemy import Select, false, func, or_, select

from app import models as m
from app.errors import PermissionDenied, RuleViolation
from app.excel import cells
from app.excel.sheets import BY_NAME, ColumnSpec, SheetSpec, base_sheet_name, sheets_for
from app.excel.writer import MAX_DATA_ROWS, XlsxWriter
from app.progress import NoProgress, Progress, check
from app.unit_of_work import UnitOfWork

# Clients a staff member may not export (§12): their subscriptions have all expired.
MANAGER_ONLY_STATUSES = ("expired",)
_BATCH = 2000


class ExportReport(dict[str, int]):
    """Rows per sheet kind name (e.g. {"Clients": 12, "Invoices": 300}), plus:
    `sheets` the workbook's sheets with their rows (continuations included),
    `excluded_clients` the expired clients left out of a staff member's export."""

    def __init__(self, path: Path, rows: Mapping[str, int], sheets: Sequence[tuple[str, int]],
                 excluded_clients: int = 0) -> None:
        super().__init__(rows)
        self.path = path
        self.sheets = list(sheets)
        self.excluded_clients = excluded_clients


def _snapshot(uow: UnitOfWork) -> None:
    """One consistent snapshot for every sheet: on PostgreSQL, REPEATABLE READ (SQLite's
    deferred read transaction already is one), so counts and references agree."""
    if uow.session.get_bind().dialect.name == "postgresql":
        uow.session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


# --- scope ----------------------------------------------------------------------------
def _excluded_statuses(uow: UnitOfWork) -> tuple[str, ...]:
    return () if uow.actor.at_least("manager") else MANAGER_ONLY_STATUSES


def _check_client(uow: UnitOfWork, client_id: int) -> None:
    client = uow.get(m.Client, client_id, "client")
    if client.status in MANAGER_ONLY_STATUSES:
        uow.require("manager", "export_expired")


def _select(spec: SheetSpec, client_id: int | None, excluded: tuple[str, ...]) -> Select[Any]:
    """The rows of one sheet, in column order, oldest id first, within the export's scope."""
    model = getattr(m, spec.model)
    exprs = []
    join_client = join_staff = False
    for column in spec.columns:
        kind, _, attr = column.field.rpartition(".")
        if kind == "client":
            join_client = True
            exprs.append(getattr(m.Client, attr).label(column.key))
        elif kind == "staff":
            join_staff = True
            exprs.append(getattr(m.StaffUser, attr).label(column.key))
        else:
            exprs.append(getattr(model, attr).label(column.key))
    query = _from(select(*exprs), model)
    if join_client:
        query = query.outerjoin(m.Client, m.Client.id == _owner(model))
    if join_staff:
        query = query.outerjoin(m.StaffUser, m.StaffUser.id == m.Client.account_manager_id)
    return _scoped(query, model, client_id, excluded).order_by(model.id)


def _owner(model: Any) -> Any:
    """The client id column of a model's rows (an activity's is its subscription's)."""
    if model is m.Client:
        return m.Client.id
    return m.Subscription.client_id if model is m.Activity else model.client_id


def _from(query: Select[Any], model: Any) -> Select[Any]:
    query = query.select_from(model)
    if model is m.Activity:
        query = query.join(m.Subscription, m.Subscription.id == m.Activity.subscription_id)
    return query


def _scoped(query: Select[Any], model: Any, client_id: int | None, excluded: tuple[str, ...]) -> Select[Any]:
    if model is m.StaffUser:
        return query if client_id is None else query.where(false())
    owner = _owner(model)
    if client_id is not None:
        return query.where(owner == client_id)
    if excluded:
        if model is m.Client:
            return query.where(m.Client.status.not_in(excluded))
        hidden = select(m.Client.id).where(m.Client.status.in_(excluded))
        return query.where(or_(owner.is_(None), owner.not_in(hidden)))
    return query


def _count(uow: UnitOfWork, spec: SheetSpec, client_id: int | None, excluded: tuple[str, ...]) -> int:
    model = getattr(m, spec.model)
    query = _scoped(_from(select(func.count()), model), model, client_id, excluded)
    return int(uow.session.scalar(query) or 0)


def _rows(uow: UnitOfWork, spec: SheetSpec, client_id: int | None, excluded: tuple[str, ...]) -> Iterator[Any]:
    result = uow.session.execute(_select(spec, client_id, excluded).execution_options(yield_per=_BATCH))
    lists = [n for n, c in enumerate(spec.columns) if c.key == "to"]  # JSON address lists
    for row in result:
        if lists:
            row = list(row)
            for n in lists:
                row[n] = "; ".join(row[n] or ())
        yield row


# --- workbooks ------------------------------------------------------------------------
def export_workbook(uow: UnitOfWork, path: str | os.PathLike[str], *, client_id: int | None = None,
                    progress: Progress | None = None, titles: Mapping[str, str] | None = None,
                    max_rows: int = MAX_DATA_ROWS) -> ExportReport:
    """Writes every kind of record of one client (or of the whole database) to `path`,
    one sheet each. Refuses a staff member one expired client (PermissionDenied)."""
    progress = progress or NoProgress()
    _snapshot(uow)
    if client_id is not None:
        _check_client(uow, client_id)
    excluded = () if client_id is not None else _excluded_statuses(uow)
    specs = sheets_for(client_id)
    total = sum(_count(uow, spec, client_id, excluded) for spec in specs)
    left_out = 0
    if excluded:
        left_out = int(uow.session.scalar(select(func.count()).select_from(m.Client)
                                          .where(m.Client.status.in_(excluded))) or 0)
    rows: dict[str, int] = {}
    done = 0
    check(progress, 0, total)
    with _opened(path) as target, XlsxWriter(target, max_rows=max_rows) as book:
        for spec in specs:
            tick = _ticker(progress, done, total)
            rows[spec.name] = book.write_sheet(spec.name, spec.columns, _rows(uow, spec, client_id, excluded),
                                               titles=titles, on_rows=tick)
            done += rows[spec.name]
            check(progress, done, total)
        sheets = [(name, count) for name, count, _ in book.sheets]
    return ExportReport(Path(path), rows, sheets, left_out)


def export_sheet_csv(uow: UnitOfWork, path: str | os.PathLike[str], kind: str, *, client_id: int | None = None,
                     progress: Progress | None = None, titles: Mapping[str, str] | None = None) -> ExportReport:
    """One kind of record ("clients", "invoices", ...) as CSV, same scope rules as the workbook."""
    from app.excel.sheets import BY_KIND

    spec = BY_KIND.get(kind)
    if spec is None:
        raise RuleViolation("export_unknown_sheet", sheet=kind)
    _snapshot(uow)
    if client_id is not None:
        _check_client(uow, client_id)
    excluded = () if client_id is not None else _excluded_statuses(uow)
    total = _count(uow, spec, client_id, excluded)
    count = write_csv(path, spec.columns, _rows(uow, spec, client_id, excluded), titles=titles,
                      on_rows=_ticker(progress or NoProgress(), 0, total))
    return ExportReport(Path(path), {spec.name: count}, [(spec.name, count)])


def export_view(path: str | os.PathLike[str], columns: Sequence[ColumnSpec], rows: Iterable[Sequence[Any]], *,
                title: str = "Export", titles: Mapping[str, str] | None = None,
                widths: Mapping[str, float] | None = None, total: int | None = None,
                progress: Progress | None = None) -> ExportReport:
    """What a table shows (§13): `columns` in on-screen order, `rows` already filtered and
    sorted, one value per column. A path ending in .csv writes CSV, else .xlsx."""
    progress = progress or NoProgress()
    tick = _ticker(progress, 0, total)
    check(progress, 0, total)
    if Path(path).suffix.lower() == ".csv":
        count = write_csv(path, columns, rows, titles=titles, on_rows=tick)
        return ExportReport(Path(path), {title: count}, [(title, count)])
    name = sheet_title(title)
    with _opened(path) as target, XlsxWriter(target) as book:
        count = book.write_sheet(name, columns, rows, titles=titles, widths=widths, on_rows=tick)
        sheets = [(n, c) for n, c, _ in book.sheets]
    return ExportReport(Path(path), {name: count}, sheets)


def sheet_title(title: str) -> str:
    """A valid sheet name from a table's title: no []:*?/\\, at most 31 characters."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip().strip("'") or "Export"
    return cleaned[:25]  # room for a " (2)" continuation


def _ticker(progress: Progress, before: int, total: int | None) -> Callable[[int], None]:
    return lambda done: check(progress, before + done, total)


class _opened:
    """Turns an unusable target folder into a refusal before anything is written."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def __enter__(self) -> Path:
        folder = self.path.parent
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK) or self.path.is_dir():
            raise RuleViolation("export_unwritable", path=str(self.path))
        return self.path

    def __exit__(self, *exc: object) -> None:
        return None


# --- CSV ------------------------------------------------------------------------------
def write_csv(path: str | os.PathLike[str], columns: Sequence[ColumnSpec], rows: Iterable[Sequence[Any]], *,
              titles: Mapping[str, str] | None = None, on_rows: Callable[[int], None] | None = None) -> int:
    """UTF-8 with a BOM (so spreadsheets read accents and Chinese), formula-looking text
    prefixed with an apostrophe; written to a temporary file and renamed. Returns the rows."""
    target = Path(path)
    with _opened(target):
        pass
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow([cells.csv_text((titles or {}).get(c.key, c.title)) for c in columns])
            types = [c.type for c in columns]
            for row in rows:
                out.writerow([cells.csv_value(v, t) for v, t in zip(row, types, strict=False)])
                count += 1
                if on_rows is not None and count % 2048 == 0:
                    on_rows(count)
            if on_rows is not None:
                on_rows(count)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return count


# --- verification ---------------------------------------------------------------------
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def verify_workbook(uow: UnitOfWork, path: str | os.PathLike[str], *, client_id: int | None = None) -> list[str]:
    """Problems found comparing an exported workbook with the database (empty: it is complete):
    each expected sheet present with the expected columns, and as many rows as the
    database holds in the same scope (continuation sheets added up)."""
    try:
        found = read_sheet_shapes(path)
    except (OSError, zipfile.BadZipFile, KeyError, SyntaxError) as exc:
        return [f"The file {path} cannot be read as a workbook: {exc}."]
    _snapshot(uow)
    excluded = () if client_id is not None else _excluded_statuses(uow)
    if client_id is not None:
        try:
            _check_client(uow, client_id)
        except PermissionDenied as exc:
            return [str(exc)]
    problems: list[str] = []
    totals: dict[str, int] = {}
    for name, (columns, rows) in found.items():
        base = base_sheet_name(name)
        spec = BY_NAME.get(base)
        if spec is None:
            problems.append(f"Sheet {name!r} is not a sheet of an Account Desk export.")
            continue
        if columns != len(spec.columns):
            problems.append(f"Sheet {name!r} has {columns} columns; {len(spec.columns)} expected.")
        totals[base] = totals.get(base, 0) + rows
    for spec in sheets_for(client_id):
        expected = _count(uow, spec, client_id, excluded)
        if spec.name not in totals:
            problems.append(f"Sheet {spec.name!r} is missing.")
        elif totals[spec.name] != expected:
            problems.append(f"Sheet {spec.name!r} holds {totals[spec.name]:,} rows; the database holds {expected:,}.")
    return problems


def read_sheet_shapes(path: str | os.PathLike[str]) -> dict[str, tuple[int, int]]:
    """sheet name -> (header cells, data rows), by streaming each sheet's XML (flat memory)."""
    shapes: dict[str, tuple[int, int]] = {}
    with zipfile.ZipFile(path) as z:
        rels = {}
        for _, el in iterparse(z.open("xl/_rels/workbook.xml.rels")):
            if el.tag.endswith("Relationship"):
                rels[el.get("Id")] = el.get("Target", "").lstrip("/").removeprefix("xl/")
        sheets = [(el.get("name"), rels[el.get(f"{_REL}id")]) for _, el in iterparse(z.open("xl/workbook.xml"))
                  if el.tag == f"{_MAIN}sheet"]
        for name, target in sheets:
            header = rows = 0
            for _, el in iterparse(z.open("xl/" + target)):
                if el.tag == f"{_MAIN}row":
                    if rows == 0 and header == 0:
                        header = sum(1 for c in el if c.tag == f"{_MAIN}c")
                    rows += 1
                    el.clear()
            shapes[str(name)] = (header, max(0, rows - 1))
    return shapes
