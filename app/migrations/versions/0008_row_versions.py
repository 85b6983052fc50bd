"""No lost updates (issue 11): every row a person edits carries a version.

`version` starts at 1 and goes up by one with every UPDATE of the row, the ORM's
(`version_id_col`, which also checks it: UPDATE ... WHERE version = the one read) and
the lifecycle's set-wise statements alike. A window that showed version N and writes
after someone else's change gets a `Conflict` instead of overwriting it.

Revision ID: 0008_row_versions
Revises: 0007_team_roles
Create Date: 2026-11-30 07:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_row_versions'
down_revision = '0007_team_roles'
branch_labels = None
depends_on = None

# Kept in step with app.models.VERSIONED (a migration never imports the models).
TABLES = ('staff_user', 'client', 'contact', 'card', 'subscription', 'invoice', 'cancellation_request',
          'pause', 'closure', 'deactivation')


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch: SQLite adds a NOT NULL column with a constant default
    # in place, where a batch would copy the table and break the search triggers on it.
    for table in TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False, server_default=sa.text('1')))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
