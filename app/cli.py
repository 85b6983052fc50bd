"""The `accountdesk` command line: its arguments, and the headless commands.

    accountdesk [--db URL] [--user EMAIL]            the window (started by ui.launcher)
    accountdesk --screenshot FILE                     render the main window to PNG and exit
    accountdesk --version
    accountdesk demo --clients N [--seed S]           write a demo database
    accountdesk lifecycle [--until YYYY-MM-DD]        bring the database up to a day (scheduled task)
    accountdesk export FILE [--client ID]             everything (or one client) to .xlsx, or one table to .csv
    accountdesk import FILE [--dry-run] | --template FILE   (app/cli_import.py)
    accountdesk backup FILE                           back the database up (SQLite backup API / pg_dump)
    accountdesk restore FILE                          replace the database with a backup
    accountdesk staff list | add | role | deactivate  staff users and their logins (app/cli_staff.py)

The composition root is `ui.launcher.main`, above both `app` and `ui`: it parses the
arguments here, runs a headless command here, and only starts the window itself. So
`app` never imports `ui` (the architecture test enforces it), and a scheduled task
runs without loading Qt. A refusal prints its one sentence and exits with status 2;
nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.errors import DeskError
from app.languages import LANGUAGES

VERSION = "0.1.0"


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-23") from exc


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", help="database URL (default: ACCOUNTDESK_DB or the local file)")
    common.add_argument("--user", metavar="EMAIL", help="act as this staff user")
    common.add_argument("--today", type=_date, metavar="DATE", help="use this date instead of the clock")

    p = argparse.ArgumentParser(prog="accountdesk", parents=[common],
                                description="Account Desk: clients and subscriptions for account managers.")
    p.add_argument("--version", action="version", version=f"Account Desk {VERSION}")
    p.add_argument("--screenshot", metavar="FILE", help="render the main window to a PNG file and exit")
    p.add_argument("--language", choices=LANGUAGES, help="interface language")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo", parents=[common], help="write a realistic demo database")
    demo.add_argument("--clients", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    life = sub.add_parser("lifecycle", parents=[common], help="bring the database up to a day")
    life.add_argument("--until", type=_date, help="the day (default: today)")
    export = sub.add_parser("export", parents=[common], help="export to Excel (or one table to CSV)")
    export.add_argument("file", help="the .xlsx file to write (a .csv file writes the --table table)")
    export.add_argument("--client", type=int, metavar="ID", help="only this client")
    export.add_argument("--table", default="clients", metavar="KIND",
                        help="for a .csv file: clients, contacts, subscriptions, invoices, ...")
    from app import cli_import, cli_staff

    cli_import.add_parser(sub, common)
    cli_staff.add_parser(sub, common)
    backup = sub.add_parser("backup", parents=[common], help="back the database up into FILE")
    backup.add_argument("file", metavar="FILE")
    restore = sub.add_parser("restore", parents=[common],
                             help="replace the database with the backup FILE (the current one is kept aside)")
    restore.add_argument("file", metavar="FILE")
    return p


def run_command(args: argparse.Namespace) -> int | None:
    """Runs the headless command named in `args`; None when there is none (the window)."""
    from app import cli_import, cli_staff

    commands = {"demo": _demo, "lifecycle": _lifecycle, "export": _export, "import": cli_import.run,
                "backup": _backup, "restore": _restore, "staff": cli_staff.run}
    command = commands.get(args.command)
    if command is None:
        return None
    try:
        return command(args)
    except DeskError as exc:
        print(f"accountdesk: {exc}", file=sys.stderr)
        return 2


def main(argv: list[str] | None = None) -> int:
    """The headless commands only; `ui.launcher.main` is the full `accountdesk`."""
    args = parser().parse_args(argv)
    code = run_command(args)
    if code is None:
        print("accountdesk: no command given; the window is started by the accountdesk program itself.",
              file=sys.stderr)
        return 2
    return code


def _demo(args: argparse.Namespace) -> int:
    import time

    from app.demo import build_demo
    from app.desk import Desk

    if args.clients < 1:
        print("accountdesk: --clients must be at least 1.", file=sys.stderr)
        return 2
    started = time.perf_counter()
    desk = Desk.open(args.db, user=args.user, today=args.today)
    try:
        counts = build_demo(desk.engine, clients=args.clients, seed=args.seed, today=desk.today,
                            progress=lambda done, total: print(f"\r{done:,}/{total:,} clients", end="",
                                                               file=sys.stderr))
    finally:
        desk.close()
    print(file=sys.stderr)
    print(", ".join(f"{k}: {v:,}" for k, v in counts.items()), f"({time.perf_counter() - started:.1f} s)")
    return 0


def _lifecycle(args: argparse.Namespace) -> int:
    from app.desk import Desk

    with Desk.open(args.db, user=args.user, today=args.today) as desk:
        counts = desk.run_lifecycle(args.until)
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "nothing to do")
    return 0


class _PrintedProgress:
    """Export progress on stderr; Ctrl+C stops the export and leaves no file."""

    def step(self, done: int, total: int | None) -> None:
        print(f"\r{done:,}/{total:,} rows" if total else f"\r{done:,} rows", end="", file=sys.stderr)

    def cancelled(self) -> bool:
        return False


def _export(args: argparse.Namespace) -> int:
    import time

    from app.desk import Desk

    started = time.perf_counter()
    with Desk.open(args.db, user=args.user, today=args.today) as desk:
        try:
            if args.file.lower().endswith(".csv"):
                report = desk.export_csv(args.file, args.table, client_id=args.client, progress=_PrintedProgress())
            else:
                report = desk.export_xlsx(args.file, client_id=args.client, progress=_PrintedProgress())
        except KeyboardInterrupt:
            print("\naccountdesk: export cancelled; no file was written.", file=sys.stderr)
            return 130
    print(file=sys.stderr)
    print(", ".join(f"{name}: {count:,}" for name, count in report.sheets))
    if report.excluded_clients:
        print(f"Expired clients left out: {report.excluded_clients:,} (exporting them needs a manager).")
    print(f"{sum(report.values()):,} rows written to {args.file} in {time.perf_counter() - started:.1f} s")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.backup import backup
    from app.paths import resolve_url

    dest = backup(resolve_url(args.db), Path(args.file))
    print(f"Backed up to {dest}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app import purged_ids
    from app.backup import restore
    from app.paths import resolve_url

    url = resolve_url(args.db)
    result = restore(Path(args.file), url, purged_ids.load(purged_ids.database_key(url)))
    kept = f" The previous database is kept as {result.aside}." if result.aside else ""
    again = f" {result.purged_again} purged client(s) removed again." if result.purged_again else ""
    print(f"Restored from {args.file}.{kept}{again}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
