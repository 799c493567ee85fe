"""foundation: workshops, participants, clauses

Revision ID: 0001_foundation
Revises: 
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('workshops',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('client', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('venue', sa.Text(), nullable=False),
    sa.Column('facilitator', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops'))
    )
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshops_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index('ix_workshops_live_updated', ['deleted_at', 'updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshops_updated_at'), ['updated_at'], unique=False)

    op.create_table('clauses',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_clauses_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clauses')),
    sa.UniqueConstraint('workshop_id', 'key', name=op.f('uq_clauses_workshop_id'))
    )
    op.create_table('participants',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('department', sa.String(length=16), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('email', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_participants_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_workshop_id'), ['workshop_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_workshop_id'))

    op.drop_table('participants')
    op.drop_table('clauses')
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshops_updated_at'))
        batch_op.drop_index('ix_workshops_live_updated')
        batch_op.drop_index(batch_op.f('ix_workshops_deleted_at'))

    op.drop_table('workshops')

