"""Pause and closure: who confirmed a deletion, and when a closure's deactivation was checked.

Revision ID: 0004_accounts
Revises: 0003_import
Create Date: 2026-11-30 04:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_accounts"
down_revision = "0003_import"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved_by', sa.String(length=320), nullable=True))
    with op.batch_alter_table('closure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved_by', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('deactivation_checked', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('closure', schema=None) as batch_op:
        batch_op.drop_column('deactivation_checked')
        batch_op.drop_column('approved_by')
    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.drop_column('approved_by')
