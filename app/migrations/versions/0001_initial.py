"""Initial schema: every record of DESIGN.md §2, and the client search index.

On SQLite the search index is an FTS5 table kept current by triggers; on PostgreSQL
the list queries search the columns directly.

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-23 00:50:04.770271
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=320), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_client_at', ['client_id', 'at'], unique=False)

    op.create_table('lifecycle_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('done_until', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lifecycle_state'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('staff_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('db_login', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("role IN ('staff', 'manager', 'administrator')", name=op.f('ck_staff_user_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_user')),
    sa.UniqueConstraint('db_login', name=op.f('uq_staff_user_db_login')),
    sa.UniqueConstraint('email', name=op.f('uq_staff_user_email'))
    )
    op.create_table('tombstone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('deactivated_on', sa.Date(), nullable=True),
    sa.Column('purged_on', sa.Date(), nullable=False),
    sa.Column('approved_by', sa.String(length=320), nullable=True),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('deletion_email', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstone')),
    sa.UniqueConstraint('client_id', name=op.f('uq_tombstone_client_id'))
    )
    op.create_table('client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_number', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('trial_end', sa.Date(), nullable=True),
    sa.Column('reseller_name', sa.String(length=200), nullable=True),
    sa.Column('reseller_contact', sa.String(length=320), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('account_manager_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created', sa.Date(), nullable=False),
    sa.CheckConstraint("kind IN ('direct', 'trial', 'resold')", name=op.f('ck_client_kind')),
    sa.CheckConstraint("language IN ('en', 'fr', 'zh')", name=op.f('ck_client_language')),
    sa.CheckConstraint("status IN ('active', 'trial', 'paused', 'locked', 'closing', 'expired', 'deactivating', 'purged')", name=op.f('ck_client_status')),
    sa.ForeignKeyConstraint(['account_manager_id'], ['staff_user.id'], name=op.f('fk_client_account_manager_id_staff_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client')),
    sa.UniqueConstraint('account_number', name=op.f('uq_client_account_number'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_account_manager_id'), ['account_manager_id'], unique=False)
        batch_op.create_index('ix_client_name_id', ['name', 'id'], unique=False)
        batch_op.create_index('ix_client_status_name', ['status', 'name'], unique=False)

    op.create_table('card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('brand', sa.String(length=40), nullable=False),
    sa.Column('last4', sa.String(length=4), nullable=False),
    sa.Column('exp_month', sa.Integer(), nullable=False),
    sa.Column('exp_year', sa.Integer(), nullable=False),
    sa.Column('added', sa.Date(), nullable=False),
    sa.Column('removed', sa.Date(), nullable=True),
    sa.Column('expiry_reminded', sa.Date(), nullable=True),
    sa.CheckConstraint('exp_month BETWEEN 1 AND 12', name=op.f('ck_card_exp_month')),
    sa.CheckConstraint('length(last4) = 4', name=op.f('ck_card_last4_length')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_card_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card'))
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_client_id'), ['client_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('seat', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=True),
    sa.CheckConstraint("role IN ('primary_admin', 'admin', 'user')", name=op.f('ck_contact_role')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_contact_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_client_id'), ['client_id'], unique=False)
        batch_op.create_index('uq_contact_primary_admin', ['client_id'], unique=True, sqlite_where=sa.text("role = 'primary_admin'"), postgresql_where=sa.text("role = 'primary_admin'"))

    op.create_table('email',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('event', sa.String(length=40), nullable=False),
    sa.Column('audience', sa.String(length=20), nullable=False),
    sa.Column('to', sa.JSON(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('message_id', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('sent', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('queued', 'sending', 'sent', 'failed')", name=op.f('ck_email_status')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_email_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_email')),
    sa.UniqueConstraint('message_id', name=op.f('uq_email_message_id'))
    )
    with op.batch_alter_table('email', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_email_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_email_status_next', ['status', 'next_attempt'], unique=False)

    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=320), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_note_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_client_id'), ['client_id'], unique=False)

    op.create_table('subscription',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('participant', sa.String(length=200), nullable=False),
    sa.Column('plan', sa.String(length=200), nullable=False),
    sa.Column('price', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('purchased', sa.Date(), nullable=False),
    sa.Column('billing_day', sa.Integer(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('next_billing_date', sa.Date(), nullable=True),
    sa.Column('cancel_from', sa.Date(), nullable=True),
    sa.Column('cancellation_month', sa.Date(), nullable=True),
    sa.Column('access_end', sa.Date(), nullable=True),
    sa.Column('cancelled_how', sa.String(length=20), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.Column('cancelled_by', sa.String(length=320), nullable=True),
    sa.CheckConstraint("period IN ('monthly', 'annual')", name=op.f('ck_subscription_period')),
    sa.CheckConstraint("status IN ('active', 'cancelling', 'paused', 'expired', 'voided')", name=op.f('ck_subscription_status')),
    sa.CheckConstraint('billing_day IS NULL OR billing_day BETWEEN 1 AND 28', name=op.f('ck_subscription_billing_day')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_subscription_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subscription'))
    )
    with op.batch_alter_table('subscription', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subscription_access_end'), ['access_end'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscription_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_subscription_status_next', ['status', 'next_billing_date'], unique=False)

    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subscription_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('enrolled_until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['subscription_id'], ['subscription.id'], name=op.f('fk_activity_subscription_id_subscription'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_subscription_id'), ['subscription_id'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=400), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_attachment_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_attachment_note_id_note'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_note_id'), ['note_id'], unique=False)

    op.create_table('cancellation_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('subscription_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('received', sa.Date(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('final_billing_date', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=320), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("channel IN ('email', 'phone', 'portal', 'letter', 'in_person')", name=op.f('ck_cancellation_request_channel')),
    sa.CheckConstraint("status IN ('pending', 'waiting', 'approved', 'rejected')", name=op.f('ck_cancellation_request_status')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_cancellation_request_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_cancellation_request_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subscription_id'], ['subscription.id'], name=op.f('fk_cancellation_request_subscription_id_subscription'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cancellation_request'))
    )
    with op.batch_alter_table('cancellation_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cancellation_request_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_cancellation_request_status_received', ['status', 'received'], unique=False)

    op.create_table('closure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('requested', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('session_kind', sa.String(length=12), nullable=True),
    sa.Column('session_date', sa.Date(), nullable=True),
    sa.Column('deactivate_when_ended', sa.Boolean(), nullable=False),
    sa.Column('revoked', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_closure_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_closure_contact_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closure'))
    )
    with op.batch_alter_table('closure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closure_client_id'), ['client_id'], unique=False)

    op.create_table('deactivation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('requester_contact_id', sa.Integer(), nullable=True),
    sa.Column('requested', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('backup', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.String(length=320), nullable=False),
    sa.Column('purge_on', sa.Date(), nullable=False),
    sa.Column('revoked', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_deactivation_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requester_contact_id'], ['contact.id'], name=op.f('fk_deactivation_requester_contact_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deactivation'))
    )
    with op.batch_alter_table('deactivation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deactivation_client_id'), ['client_id'], unique=False)

    op.create_table('invoice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('subscription_id', sa.Integer(), nullable=True),
    sa.Column('issued', sa.Date(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('paid', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('purchase', sa.Boolean(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'paid', 'void', 'credited')", name=op.f('ck_invoice_status')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_invoice_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subscription_id'], ['subscription.id'], name=op.f('fk_invoice_subscription_id_subscription'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice')),
    sa.UniqueConstraint('subscription_id', 'issued', name='uq_invoice_subscription_issued')
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index('ix_invoice_client_status', ['client_id', 'status'], unique=False)

    op.create_table('pause',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('started', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('resume_in_months', sa.Integer(), nullable=False),
    sa.Column('keep_data', sa.Boolean(), nullable=False),
    sa.Column('grace_end', sa.Date(), nullable=False),
    sa.Column('purge_on', sa.Date(), nullable=True),
    sa.Column('reminder_sent', sa.Date(), nullable=True),
    sa.Column('resumed_on', sa.Date(), nullable=True),
    sa.CheckConstraint("category IN ('seasonal', 'budget', 'low_usage', 'switching', 'other')", name=op.f('ck_pause_category')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_pause_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_pause_contact_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pause'))
    )
    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pause_client_id'), ['client_id'], unique=False)

    op.create_table('credit_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('issued', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_credit_note_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_credit_note_invoice_id_invoice'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credit_note'))
    )
    with op.batch_alter_table('credit_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credit_note_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_credit_note_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('payment_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_payment_attempt_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_payment_attempt_invoice_id_invoice'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_attempt'))
    )
    with op.batch_alter_table('payment_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_attempt_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_attempt_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('refund',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('issued', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_refund_client_id_client'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_refund_invoice_id_invoice'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refund'))
    )
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refund_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refund_invoice_id'), ['invoice_id'], unique=False)


    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH_INDEX:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS client_fts")
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refund_invoice_id'))
        batch_op.drop_index(batch_op.f('ix_refund_client_id'))

    op.drop_table('refund')
    with op.batch_alter_table('payment_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_attempt_invoice_id'))
        batch_op.drop_index(batch_op.f('ix_payment_attempt_client_id'))

    op.drop_table('payment_attempt')
    with op.batch_alter_table('credit_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credit_note_invoice_id'))
        batch_op.drop_index(batch_op.f('ix_credit_note_client_id'))

    op.drop_table('credit_note')
    with op.batch_alter_table('pause', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pause_client_id'))

    op.drop_table('pause')
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index('ix_invoice_client_status')

    op.drop_table('invoice')
    with op.batch_alter_table('deactivation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deactivation_client_id'))

    op.drop_table('deactivation')
    with op.batch_alter_table('closure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closure_client_id'))

    op.drop_table('closure')
    with op.batch_alter_table('cancellation_request', schema=None) as batch_op:
        batch_op.drop_index('ix_cancellation_request_status_received')
        batch_op.drop_index(batch_op.f('ix_cancellation_request_client_id'))

    op.drop_table('cancellation_request')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_note_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_client_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_subscription_id'))

    op.drop_table('activity')
    with op.batch_alter_table('subscription', schema=None) as batch_op:
        batch_op.drop_index('ix_subscription_status_next')
        batch_op.drop_index(batch_op.f('ix_subscription_client_id'))
        batch_op.drop_index(batch_op.f('ix_subscription_access_end'))

    op.drop_table('subscription')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_client_id'))

    op.drop_table('note')
    with op.batch_alter_table('email', schema=None) as batch_op:
        batch_op.drop_index('ix_email_status_next')
        batch_op.drop_index(batch_op.f('ix_email_client_id'))

    op.drop_table('email')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('uq_contact_primary_admin', sqlite_where=sa.text("role = 'primary_admin'"), postgresql_where=sa.text("role = 'primary_admin'"))
        batch_op.drop_index(batch_op.f('ix_contact_client_id'))

    op.drop_table('contact')
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_client_id'))

    op.drop_table('card')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index('ix_client_status_name')
        batch_op.drop_index('ix_client_name_id')
        batch_op.drop_index(batch_op.f('ix_client_account_manager_id'))

    op.drop_table('client')
    op.drop_table('tombstone')
    op.drop_table('staff_user')
    op.drop_table('setting')
    op.drop_table('lifecycle_state')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_client_at')

    op.drop_table('audit_event')


_PHONE_DIGITS = (
    "replace(replace(replace(replace(replace(replace(coalesce({0}, ''), ' ', ''), '-', ''), '.', ''), "
    "'(', ''), ')', ''), '+', '')"
)
_REFRESH = f"""
    DELETE FROM client_fts WHERE rowid = {{id}};
    INSERT INTO client_fts(rowid, name, account_number, emails, phones)
    SELECT c.id, c.name, c.account_number,
           coalesce(c.email, '') || ' ' || coalesce((SELECT group_concat(k.email, ' ') FROM contact k
                                                     WHERE k.client_id = c.id), ''),
           coalesce(c.phone, '') || ' ' || {_PHONE_DIGITS.format('c.phone')} || ' ' ||
           coalesce((SELECT group_concat(coalesce(k.phone, '') || ' ' || {_PHONE_DIGITS.format('k.phone')}, ' ')
                     FROM contact k WHERE k.client_id = c.id), '')
    FROM client c WHERE c.id = {{id}};
"""
SQLITE_SEARCH_INDEX = [
    "CREATE VIRTUAL TABLE client_fts USING fts5(name, account_number, emails, phones, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    f"CREATE TRIGGER client_fts_ai AFTER INSERT ON client BEGIN {_REFRESH.format(id='new.id')} END",
    f"CREATE TRIGGER client_fts_au AFTER UPDATE OF name, account_number, email, phone ON client "
    f"BEGIN {_REFRESH.format(id='new.id')} END",
    "CREATE TRIGGER client_fts_ad AFTER DELETE ON client BEGIN DELETE FROM client_fts WHERE rowid = old.id; END",
    f"CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN {_REFRESH.format(id='new.client_id')} END",
    f"CREATE TRIGGER contact_fts_au AFTER UPDATE OF email, phone, client_id ON contact "
    f"BEGIN {_REFRESH.format(id='old.client_id')} {_REFRESH.format(id='new.client_id')} END",
    f"CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN {_REFRESH.format(id='old.client_id')} END",
]
