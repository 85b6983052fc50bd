"""The outbox lease: which workstation is sending an email, and until when (issue 12).

An email in 'sending' belongs to the sender named in ``lease_owner`` (workstation id
and process) until ``lease_until``, which that sender's heartbeat keeps pushing
forward. When the process dies, the same workstation takes its emails back at its next
start, and any other workstation once the lease has lapsed.

Revision ID: 0005_outbox_lease
Revises: 0004_accounts
Create Date: 2026-11-30 04:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_outbox_lease'
down_revision = '0004_accounts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('email', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_owner', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('lease_until', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('email', schema=None) as batch_op:
        batch_op.drop_column('lease_until')
        batch_op.drop_column('lease_owner')
