"""The schema revisions this version knows, without importing Alembic.

Opening a database compares its revision with HEAD before anything heavy is imported;
a test checks these against the Alembic scripts.
"""

HEAD = "0002_outbox_lease"
KNOWN_REVISIONS = frozenset({"0001_initial", "0002_outbox_lease"})
