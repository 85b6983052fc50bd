"""Client country and city, for clients imported from other CRMs (DESIGN.md §14).

Plain nullable columns added in place (no batch copy: the client table carries the
search triggers on SQLite, which a table rebuild would drop).

Revision ID: 0003_import
Revises: 0002_search
Create Date: 2026-11-30 04:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_import'
down_revision = '0002_search'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('client', sa.Column('country', sa.String(length=100), nullable=True))
    op.add_column('client', sa.Column('city', sa.String(length=100), nullable=True))


def downgrade() -> None:
    op.drop_column('client', 'city')
    op.drop_column('client', 'country')
