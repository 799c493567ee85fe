"""signing: signatories, signed versions, approvals, audit log, export records

Revision ID: 0003_signing
Revises: 0002_steps

Only plain ``sa.`` types, as in 0002. The four record tables are append-only: triggers refuse
``UPDATE`` and ``DELETE`` on both backends (and ``TRUNCATE`` on PostgreSQL), and their foreign keys
do not cascade, so deleting a workshop with signed versions fails in the database as well. Both
backends report the refusal as an integrity error (SQLite ``RAISE(ABORT)``, PostgreSQL SQLSTATE
23000). A later migration that rebuilds one of these tables in batch mode on SQLite drops its
triggers with the old table and must create them again (``_create_triggers`` below).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_signing'
down_revision = '0002_steps'
branch_labels = None
depends_on = None

APPEND_ONLY = ('signed_versions', 'version_approvals', 'audit_events', 'export_records')
MESSAGE = 'slaworkshop: {table} is append-only; a signed record cannot be changed or deleted'
PG_FUNCTION = 'slaworkshop_refuse_change'


def _create_triggers() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(
            f"""
            CREATE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION USING
                    ERRCODE = 'integrity_constraint_violation',
                    MESSAGE = replace('{MESSAGE}', '{{table}}', TG_TABLE_NAME);
            END
            $$
            """
        )
        for table in APPEND_ONLY:
            op.execute(
                f'CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} '
                f'FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()'
            )
            op.execute(
                f'CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} '
                f'FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()'
            )
        return
    for table in APPEND_ONLY:
        message = MESSAGE.format(table=table)
        for action in ('UPDATE', 'DELETE'):
            op.execute(
                f'CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} '
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )


def _drop_triggers() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in APPEND_ONLY:
            op.execute(f'DROP TRIGGER IF EXISTS {table}_append_only ON {table}')
            op.execute(f'DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}')
        op.execute(f'DROP FUNCTION IF EXISTS {PG_FUNCTION}()')
        return
    for table in APPEND_ONLY:
        for action in ('update', 'delete'):
            op.execute(f'DROP TRIGGER IF EXISTS {table}_no_{action}')


def upgrade() -> None:
    op.create_table('signatories',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('department', sa.String(length=16), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_signatories_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatories'))
    )
    with op.batch_alter_table('signatories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signatories_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('signed_versions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('signed_by', sa.Text(), nullable=False),
    sa.Column('workshop_revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_signed_versions_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signed_versions')),
    sa.UniqueConstraint('workshop_id', 'number', name=op.f('uq_signed_versions_workshop_id'))
    )
    with op.batch_alter_table('signed_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signed_versions_fingerprint'), ['fingerprint'], unique=False)
        batch_op.create_index(batch_op.f('ix_signed_versions_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('version_approvals',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('version_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('department', sa.String(length=16), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=False),
    sa.Column('typed_name', sa.Text(), nullable=False),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['version_id'], ['signed_versions.id'], name=op.f('fk_version_approvals_version_id_signed_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_version_approvals')),
    sa.UniqueConstraint('version_id', 'position', name=op.f('uq_version_approvals_version_id'))
    )
    with op.batch_alter_table('version_approvals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_version_approvals_version_id'), ['version_id'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_audit_events_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_events_hash')),
    sa.UniqueConstraint('workshop_id', 'seq', name=op.f('uq_audit_events_workshop_id'))
    )
    op.create_table('export_records',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('version_id', sa.String(length=32), nullable=False),
    sa.Column('format', sa.String(length=8), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('exported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('audit_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['signed_versions.id'], name=op.f('fk_export_records_version_id_signed_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_records'))
    )
    with op.batch_alter_table('export_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_records_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_records_version_id'), ['version_id'], unique=False)

    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table('export_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_records_version_id'))
        batch_op.drop_index(batch_op.f('ix_export_records_sha256'))

    op.drop_table('export_records')
    op.drop_table('audit_events')
    with op.batch_alter_table('version_approvals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_version_approvals_version_id'))

    op.drop_table('version_approvals')
    with op.batch_alter_table('signed_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signed_versions_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_signed_versions_fingerprint'))

    op.drop_table('signed_versions')
    with op.batch_alter_table('signatories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signatories_workshop_id'))

    op.drop_table('signatories')
