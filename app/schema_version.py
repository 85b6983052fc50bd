"""The schema revisions this version knows, without importing Alembic.

Opening a database compares its revision with HEAD before anything heavy is imported;
a test checks these against the Alembic scripts.
"""

HEAD = "0009_catch_up_speed"
KNOWN_REVISIONS = frozenset({"0001_initial", "0002_search", "0003_import", "0004_accounts",
                             "0005_outbox_lease", "0006_request_withdrawn", "0007_team_roles",
                             "0008_row_versions", "0009_catch_up_speed"})
