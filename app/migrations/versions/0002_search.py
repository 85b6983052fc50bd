"""Search and sort as people expect (DESIGN.md §13; issue 10).

- `client.name_key`: the name without accents, case folded (`app.search_terms.sort_key`),
  indexed with the id, so that "Émilie" sorts beside "Emma" and paging walks an index.
- SQLite's search index gains, per client: the suffixes of the account number (any part
  of it matches), and the national forms of international phone numbers ("+33 2 69 …"
  is also indexed as 0269…), beside the digits already there.

Revision ID: 0002_search
Revises: 0001_initial
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

ACCOUNT_SUFFIXES = 10  # app.search_terms.ACCOUNT_SUFFIXES when this revision was written


def _sort_key(name: str) -> str:
    # A copy of app.search_terms.sort_key as of this revision: a migration must not change
    # when the app's code does.
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _digits(expr: str) -> str:
    inner = f"coalesce({expr}, '')"
    for ch in (" ", "-", ".", "(", ")", "+", "/"):
        inner = f"replace({inner}, '{ch}', '')"
    return inner


def _phone_terms(expr: str) -> str:
    """The phone as typed, its digits, and for an international number (+CC …) its
    national forms for a country code of 1, 2 or 3 digits (0 …)."""
    d = _digits(expr)
    national = " || ' ' || ".join(f"'0' || substr({d}, {n + 1})" for n in (1, 2, 3))
    return (f"coalesce({expr}, '') || ' ' || {d} || ' ' || "
            f"CASE WHEN ltrim(coalesce({expr}, '')) LIKE '+%' THEN {national} ELSE '' END")


def _account_terms(expr: str) -> str:
    plain = f"replace(replace({expr}, '-', ''), ' ', '')"
    suffixes = " || ' ' || ".join(f"substr({plain}, {n})" for n in range(2, ACCOUNT_SUFFIXES + 2))
    return f"{expr} || ' ' || {suffixes}"


REFRESH = f"""
    DELETE FROM client_fts WHERE rowid = {{id}};
    INSERT INTO client_fts(rowid, name, account_number, emails, phones)
    SELECT c.id, c.name, {_account_terms('c.account_number')},
           coalesce(c.email, '') || ' ' || coalesce((SELECT group_concat(k.email, ' ') FROM contact k
                                                     WHERE k.client_id = c.id), ''),
           {_phone_terms('c.phone')} || ' ' ||
           coalesce((SELECT group_concat({_phone_terms('k.phone')}, ' ') FROM contact k
                     WHERE k.client_id = c.id), '')
    FROM client c WHERE c.id = {{id}};
"""
TRIGGERS = [
    f"CREATE TRIGGER client_fts_ai AFTER INSERT ON client BEGIN {REFRESH.format(id='new.id')} END",
    f"CREATE TRIGGER client_fts_au AFTER UPDATE OF name, account_number, email, phone ON client "
    f"BEGIN {REFRESH.format(id='new.id')} END",
    "CREATE TRIGGER client_fts_ad AFTER DELETE ON client BEGIN DELETE FROM client_fts WHERE rowid = old.id; END",
    f"CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN {REFRESH.format(id='new.client_id')} END",
    f"CREATE TRIGGER contact_fts_au AFTER UPDATE OF email, phone, client_id ON contact "
    f"BEGIN {REFRESH.format(id='old.client_id')} {REFRESH.format(id='new.client_id')} END",
    f"CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN {REFRESH.format(id='old.client_id')} END",
]
TRIGGER_NAMES = ("client_fts_ai", "client_fts_au", "client_fts_ad", "contact_fts_ai", "contact_fts_au",
                 "contact_fts_ad")


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(length=200), nullable=False, server_default=""))
    client = sa.table("client", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("name_key", sa.String))
    rows = bind.execute(sa.select(client.c.id, client.c.name)).all()
    for start in range(0, len(rows), 5000):
        bind.execute(client.update().where(client.c.id == sa.bindparam("cid"))
                     .values(name_key=sa.bindparam("key")),
                     [{"cid": cid, "key": _sort_key(name)} for cid, name in rows[start:start + 5000]])
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index("ix_client_name_key_id", ["name_key", "id"], unique=False)
        batch_op.create_index("ix_client_status_name_key", ["status", "name_key"], unique=False)
    if bind.dialect.name == "sqlite":
        for name in TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for statement in TRIGGERS:
            op.execute(statement)
        op.execute("DELETE FROM client_fts")
        op.execute(REFRESH.split(";", 1)[1].replace("WHERE c.id = {id}", "").strip().rstrip(";"))


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_status_name_key")
        batch_op.drop_index("ix_client_name_key_id")
        batch_op.drop_column("name_key")
