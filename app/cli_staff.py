"""`accountdesk staff`: staff users and their database logins, from the command line.

    accountdesk staff list                                  who may sign in, with role and login
    accountdesk staff add NAME EMAIL ROLE [--db-login L]    add a staff user; on PostgreSQL the
                                                            login L joins the role's group role
    accountdesk staff role ID ROLE                          change a role (the login changes group)
    accountdesk staff deactivate ID                         no more signing in; the login leaves its group

Administrators only (the facade refuses others). Exit status 0 on success, 2 on a refusal.
"""

from __future__ import annotations

import argparse
from typing import Any

ROLES = ("staff", "manager", "administrator")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("staff", parents=[common], help="list, add, change or deactivate staff users")
    actions = p.add_subparsers(dest="staff_command", required=True)
    actions.add_parser("list", parents=[common], help="list the staff users")
    add = actions.add_parser("add", parents=[common], help="add a staff user")
    add.add_argument("name")
    add.add_argument("email")
    add.add_argument("role", choices=ROLES)
    add.add_argument("--db-login", metavar="LOGIN", help="their PostgreSQL login (granted the role's group)")
    add.add_argument("--language", default="en")
    role = actions.add_parser("role", parents=[common], help="change a staff user's role")
    role.add_argument("id", type=int)
    role.add_argument("role", choices=ROLES)
    off = actions.add_parser("deactivate", parents=[common], help="deactivate a staff user")
    off.add_argument("id", type=int)


def run(args: argparse.Namespace) -> int:
    from app.desk import Desk

    with Desk.open(args.db, user=args.user, today=args.today) as desk:
        if args.staff_command == "add":
            new = desk.add_staff(args.name, args.email, args.role, language=args.language, db_login=args.db_login)
            print(f"Staff user {new} added as {args.role}.")
        elif args.staff_command == "role":
            desk.set_staff_role(args.id, args.role)
            print(f"Staff user {args.id} is now {args.role}.")
        elif args.staff_command == "deactivate":
            desk.deactivate_staff(args.id)
            print(f"Staff user {args.id} deactivated.")
        for row in desk.staff():
            state = "" if row.active else "  (deactivated)"
            print(f"{row.id:>4}  {row.role:<13}  {row.email:<32}  {row.db_login or '-'}{state}")
    return 0
