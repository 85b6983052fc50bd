"""Team database: the group roles and their table rights (DESIGN.md §12; issue 11).

PostgreSQL only (nothing happens on SQLite). Creates, when missing, the cluster-wide
group roles ``accountdesk_staff`` < ``accountdesk_manager`` < ``accountdesk_administrator``
(each a member of the one before, inheriting its rights; app/db_roles.py) and grants on
this schema what each app role may do and no more:

- staff: read every table; add audit events (never change or delete them); add and
  change the rows of clients and their records that staff actions and the lifecycle
  write; settings, staff users, tombstones, credit notes and refunds read-only.
- manager: also credit notes, refunds and tombstones, and DELETE on every table holding
  a client's rows (only the purge deletes, and it runs with manager rights); the purge
  scrubs a purged client's audit events through ``accountdesk_scrub_audit``, a
  SECURITY DEFINER function that refuses while the client still exists, since no group
  may UPDATE audit events.
- administrator: also settings and staff users.

The login of every active staff user of a database made before joins its role's group.

Creating the roles needs a login with CREATEROLE (or a superuser): without it the
migration stops with a sentence saying so, unless the roles already exist.

THE RULE FOR LATER MIGRATIONS: a table created by the login that ran this migration is
readable by every group (the default privileges below). Whatever else a group must do
on a new table (INSERT, UPDATE, DELETE), the migration that creates it grants with
``app.db_roles.grant_rights(conn, {table: {role: "INSERT, UPDATE"}})`` on PostgreSQL.
A new column needs nothing (table grants cover every column).

Revision ID: 0007_team_roles
Revises: 0006_request_withdrawn
Create Date: 2026-11-30 07:50:00
"""

from __future__ import annotations

from alembic import op

from app import db_roles

revision = "0007_team_roles"
down_revision = "0006_request_withdrawn"
branch_labels = None
depends_on = None

WRITE = "INSERT, UPDATE"
# The tables of this revision, what each role adds to the one below it (SELECT for all).
CLIENT_ROWS_STAFF_WRITE = ("client", "contact", "card", "subscription", "activity", "invoice", "payment_attempt",
                           "cancellation_request", "pause", "closure", "deactivation", "note", "attachment",
                           "email")
CLIENT_ROWS_MANAGER_WRITE = ("credit_note", "refund")
ALL_TABLES = (*CLIENT_ROWS_STAFF_WRITE, *CLIENT_ROWS_MANAGER_WRITE, "audit_event", "lifecycle_state", "setting",
              "staff_user", "tombstone", "alembic_version")
RIGHTS: dict[str, dict[str, str]] = {table: {"staff": "SELECT"} for table in ALL_TABLES}
for _table in CLIENT_ROWS_STAFF_WRITE:
    RIGHTS[_table] = {"staff": f"SELECT, {WRITE}", "manager": "DELETE"}
for _table in CLIENT_ROWS_MANAGER_WRITE:
    RIGHTS[_table] = {"staff": "SELECT", "manager": f"{WRITE}, DELETE"}
RIGHTS["audit_event"] = {"staff": "SELECT, INSERT"}
RIGHTS["lifecycle_state"] = {"staff": f"SELECT, {WRITE}"}
RIGHTS["tombstone"] = {"staff": "SELECT", "manager": WRITE}
RIGHTS["setting"] = {"staff": "SELECT", "administrator": WRITE}
RIGHTS["staff_user"] = {"staff": "SELECT", "administrator": WRITE}

# app.services.purge.SCRUBBED when this revision was written.
SCRUBBED = "Details removed when the account's data was purged"
SCRUB_FUNCTION = f"""
CREATE OR REPLACE FUNCTION accountdesk_scrub_audit(purged_client integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
DECLARE scrubbed integer;
BEGIN
    IF EXISTS (SELECT 1 FROM client WHERE id = purged_client) THEN
        RAISE EXCEPTION 'client % still exists: only a purged client''s audit events are scrubbed', purged_client
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE audit_event SET summary = '{SCRUBBED.replace("'", "''")}', before = NULL, after = NULL
     WHERE client_id = purged_client;
    GET DIAGNOSTICS scrubbed = ROW_COUNT;
    RETURN scrubbed;
END $$
"""


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    db_roles.ensure_groups(conn)
    schema_name = conn.exec_driver_sql("SELECT current_schema()").scalar()
    db_roles.grant_access(conn, schema_name, conn.exec_driver_sql("SELECT current_database()").scalar())
    schema = db_roles.quote(conn, schema_name)
    db_roles.grant_rights(conn, RIGHTS)
    # Pinned to this schema: a SECURITY DEFINER function must not follow a caller's search path.
    op.execute(SCRUB_FUNCTION.replace("{schema}", schema))
    op.execute("REVOKE ALL ON FUNCTION accountdesk_scrub_audit(integer) FROM PUBLIC")
    op.execute("GRANT EXECUTE ON FUNCTION accountdesk_scrub_audit(integer) TO accountdesk_manager")
    # A team database made before: its staff users' logins join their groups.
    db_roles.grant_existing_logins(conn)
    # Later tables are readable by every group; their writes are granted by their migration.
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO accountdesk_staff")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    # The roles stay: they are cluster-wide and other databases may use them.
    schema = db_roles.quote(conn, conn.exec_driver_sql("SELECT current_schema()").scalar())
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE SELECT ON TABLES FROM accountdesk_staff")
    op.execute("DROP FUNCTION IF EXISTS accountdesk_scrub_audit(integer)")
    groups = ", ".join(db_roles.GROUPS.values())
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {groups}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {groups}")
    op.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM {groups}")
