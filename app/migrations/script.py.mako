"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


# Team database rights (0007_team_roles): a new table is readable by every group; grant
# what else a group must do on it here, on PostgreSQL only, e.g.
#   if op.get_bind().dialect.name == "postgresql":
#       from app import db_roles
#       db_roles.grant_rights(op.get_bind(), {"new_table": {"staff": "INSERT, UPDATE", "manager": "DELETE"}})
# (staff < manager < administrator: a higher group has the lower ones' rights).


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
