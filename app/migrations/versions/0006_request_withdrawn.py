"""A cancellation request can be withdrawn, and says who recorded it (issue 10).

Recording a request is a small reversible step (DESIGN.md §13): the status bar offers
Undo, which withdraws the request. The row is kept with the status 'withdrawn' (nothing
is lost; the queue, the badge and the duplicate rule see only pending and waiting
requests), and ``recorded_by`` names the staff user who recorded it, who may withdraw
it (as may anyone who decides requests).

Revision ID: 0006_request_withdrawn
Revises: 0005_outbox_lease
Create Date: 2026-11-30 07:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_request_withdrawn'
down_revision = '0005_outbox_lease'
branch_labels = None
depends_on = None

_BEFORE = "status IN ('pending', 'waiting', 'approved', 'rejected')"
_AFTER = "status IN ('pending', 'waiting', 'approved', 'rejected', 'withdrawn')"


def upgrade() -> None:
    with op.batch_alter_table('cancellation_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recorded_by', sa.String(length=320), nullable=True))
        batch_op.drop_constraint(op.f('ck_cancellation_request_status'), type_='check')
        batch_op.create_check_constraint('status', _AFTER)


def downgrade() -> None:
    op.execute("UPDATE cancellation_request SET status = 'rejected' WHERE status = 'withdrawn'")
    with op.batch_alter_table('cancellation_request', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_cancellation_request_status'), type_='check')
        batch_op.create_check_constraint('status', _BEFORE)
        batch_op.drop_column('recorded_by')
