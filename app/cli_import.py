"""`accountdesk import`: the template import and the empty template, from the command line.

    accountdesk import --template FILE     write an empty template (sheets, column notes, examples)
    accountdesk import FILE [--dry-run]    import a template or a full export; every problem is
                                           printed by sheet, row and column, and nothing is written
                                           unless the whole file is valid

Progress goes to stderr, the summary to stdout. Exit status 0 on success, 2 on any refusal
(a hostile file, a permission, or problems in the file: then nothing was changed).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import a template or a full export (.xlsx)")
    p.add_argument("file", metavar="FILE", help="the workbook to import, or to write with --template")
    p.add_argument("--dry-run", action="store_true", help="check the file and list its problems; write nothing")
    p.add_argument("--template", action="store_true", help="write an empty import template to FILE")


class _Printer:
    """Progress on stderr, at most a few times a second."""

    def __init__(self) -> None:
        self._last = 0.0

    def step(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self._last >= 0.25 or (total is not None and done >= total):
            self._last = now
            print(f"\r{done:,}/{total or 0:,} rows", end="", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False


def run(args: argparse.Namespace) -> int:
    from app.errors import RuleViolation

    if args.template:
        from app.excel.template import write_template

        names = write_template(args.file)
        print(f"Template written to {args.file}: sheets {', '.join(names)} (notes on each column title, "
              "example rows on the Read me sheet).")
        return 0
    from app.desk import Desk

    started = time.perf_counter()
    with Desk.open(args.db, user=args.user, today=args.today) as desk:
        try:
            report = desk.import_xlsx(args.file, dry_run=args.dry_run, progress=_Printer())
        except RuleViolation as exc:
            print(file=sys.stderr)
            problems = exc.params.get("problems")
            if not problems:
                raise
            _print_problems(problems)
            print(f"accountdesk: {exc}", file=sys.stderr)
            return 2
    print(file=sys.stderr)
    if report.problems:
        _print_problems(report.problems)
        print(f"Dry run: {len(report.problems)} problems; correct them before importing. Nothing was written.")
        return 2
    seconds = time.perf_counter() - started
    verb = "Would import" if args.dry_run else "Imported"
    parts = [f"{name} {rows:,} rows" + (f" ({report.created.get(name, 0):,} new)" if not args.dry_run else "")
             for name, rows in report.items()]
    print(f"{verb} {args.file}: " + "; ".join(parts) + f" in {seconds:.1f} s.")
    return 0


def _print_problems(problems: list[Any]) -> None:
    for problem in problems:
        print(f"  {problem}")
