"""steps 1–8: goals, funnel, definitions, scoring, handoff, nurturing, KPIs, governance

Revision ID: 0002_steps
Revises: 0001_foundation

Only plain ``sa.`` types, so this script never changes when the app's types do: decimals
(``DecimalText``) are stored as their text in ``String(48)``. 1:1 sections have ``workshop_id`` as
their primary key; every table cascades on the workshop's deletion.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002_steps'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agenda_items',
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('marketing_reports', sa.Text(), nullable=False),
    sa.Column('sales_reports', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_agenda_items_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('disqualification_reasons',
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('recycle', sa.Boolean(), nullable=False),
    sa.Column('nurture_track', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_disqualification_reasons_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disqualification_reasons'))
    )
    with op.batch_alter_table('disqualification_reasons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disqualification_reasons_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('enablement_items',
    sa.Column('collateral', sa.Text(), nullable=False),
    sa.Column('provider', sa.Text(), nullable=False),
    sa.Column('lead_time_days', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_enablement_items_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enablement_items'))
    )
    with op.batch_alter_table('enablement_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enablement_items_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('escalation_levels',
    sa.Column('level', sa.Integer(), nullable=True),
    sa.Column('trigger', sa.Text(), nullable=False),
    sa.Column('who', sa.Text(), nullable=False),
    sa.Column('within', sa.String(length=48), nullable=True),
    sa.Column('within_unit', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_escalation_levels_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_levels'))
    )
    with op.batch_alter_table('escalation_levels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalation_levels_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('funnel_inputs',
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('revenue_target', sa.String(length=48), nullable=True),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('currency', sa.Text(), nullable=False),
    sa.Column('average_deal_size', sa.String(length=48), nullable=True),
    sa.Column('marketing_share', sa.String(length=48), nullable=True),
    sa.Column('sales_cycle_days', sa.Integer(), nullable=True),
    sa.Column('sales_reps', sa.Integer(), nullable=True),
    sa.Column('hours_per_rep', sa.String(length=48), nullable=True),
    sa.Column('minutes_per_attempt', sa.String(length=48), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_funnel_inputs_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('workshop_id', name=op.f('pk_funnel_inputs'))
    )
    op.create_table('goals',
    sa.Column('metric', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('baseline', sa.String(length=48), nullable=True),
    sa.Column('target', sa.String(length=48), nullable=True),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('period', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('owner', sa.String(length=16), nullable=False),
    sa.Column('dependencies', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_goals_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goals'))
    )
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goals_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('governance',
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('review_cadence', sa.String(length=16), nullable=False),
    sa.Column('core_team', sa.Text(), nullable=False),
    sa.Column('minutes_keeper', sa.Text(), nullable=False),
    sa.Column('actions_keeper', sa.Text(), nullable=False),
    sa.Column('pilot_start', sa.Date(), nullable=True),
    sa.Column('pilot_end', sa.Date(), nullable=True),
    sa.Column('pilot_criteria', sa.Text(), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('renewal_date', sa.Date(), nullable=True),
    sa.Column('amendments', sa.Text(), nullable=False),
    sa.Column('kept_separate', sa.Text(), nullable=False),
    sa.Column('training', sa.Text(), nullable=False),
    sa.Column('exclusions', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_governance_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('workshop_id', name=op.f('pk_governance'))
    )
    op.create_table('handoff_fields',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_handoff_fields_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handoff_fields'))
    )
    with op.batch_alter_table('handoff_fields', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handoff_fields_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('handoff_rules',
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('notification', sa.Text(), nullable=False),
    sa.Column('accept_within', sa.String(length=48), nullable=True),
    sa.Column('accept_unit', sa.String(length=16), nullable=False),
    sa.Column('first_contact_within', sa.String(length=48), nullable=True),
    sa.Column('first_contact_unit', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=True),
    sa.Column('channels', sa.Text(), nullable=False),
    sa.Column('interval_days', sa.Integer(), nullable=True),
    sa.Column('recording', sa.Text(), nullable=False),
    sa.Column('return_after_attempts', sa.Integer(), nullable=True),
    sa.Column('return_reasons', sa.Text(), nullable=False),
    sa.Column('return_track', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_handoff_rules_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('workshop_id', name=op.f('pk_handoff_rules'))
    )
    op.create_table('handoff_triggers',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_handoff_triggers_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handoff_triggers'))
    )
    with op.batch_alter_table('handoff_triggers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handoff_triggers_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('kpis',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=16), nullable=False),
    sa.Column('target', sa.String(length=48), nullable=True),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('direction', sa.String(length=16), nullable=False),
    sa.Column('amber', sa.String(length=48), nullable=True),
    sa.Column('red', sa.String(length=48), nullable=True),
    sa.Column('frequency', sa.String(length=16), nullable=False),
    sa.Column('data_source', sa.Text(), nullable=False),
    sa.Column('link', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_kpis_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kpis'))
    )
    with op.batch_alter_table('kpis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kpis_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('lifecycle_stages',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('entry_criteria', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=16), nullable=False),
    sa.Column('exit_action', sa.Text(), nullable=False),
    sa.Column('in_funnel', sa.Boolean(), nullable=False),
    sa.Column('conversion_rate', sa.String(length=48), nullable=True),
    sa.Column('rate_source', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_lifecycle_stages_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lifecycle_stages'))
    )
    with op.batch_alter_table('lifecycle_stages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lifecycle_stages_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('nurture_tracks',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('buyer_stage', sa.String(length=16), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('rhythm', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_nurture_tracks_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nurture_tracks'))
    )
    with op.batch_alter_table('nurture_tracks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nurture_tracks_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('nurturing_rules',
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('manual_enrolment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_nurturing_rules_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('workshop_id', name=op.f('pk_nurturing_rules'))
    )
    op.create_table('opportunity_stages',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('entry_criteria', sa.Text(), nullable=False),
    sa.Column('probability', sa.String(length=48), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_opportunity_stages_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity_stages'))
    )
    with op.batch_alter_table('opportunity_stages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunity_stages_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('scoring_criteria',
    sa.Column('axis', sa.String(length=16), nullable=False),
    sa.Column('attribute', sa.Text(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('agreement', sa.String(length=32), nullable=False),
    sa.Column('agreement_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_scoring_criteria_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_criteria'))
    )
    with op.batch_alter_table('scoring_criteria', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scoring_criteria_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('scoring_rules',
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('mql_threshold', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_scoring_rules_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('workshop_id', name=op.f('pk_scoring_rules'))
    )


def downgrade() -> None:
    op.drop_table('scoring_rules')
    with op.batch_alter_table('scoring_criteria', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scoring_criteria_workshop_id'))

    op.drop_table('scoring_criteria')
    with op.batch_alter_table('opportunity_stages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_stages_workshop_id'))

    op.drop_table('opportunity_stages')
    op.drop_table('nurturing_rules')
    with op.batch_alter_table('nurture_tracks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nurture_tracks_workshop_id'))

    op.drop_table('nurture_tracks')
    with op.batch_alter_table('lifecycle_stages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lifecycle_stages_workshop_id'))

    op.drop_table('lifecycle_stages')
    with op.batch_alter_table('kpis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kpis_workshop_id'))

    op.drop_table('kpis')
    with op.batch_alter_table('handoff_triggers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handoff_triggers_workshop_id'))

    op.drop_table('handoff_triggers')
    op.drop_table('handoff_rules')
    with op.batch_alter_table('handoff_fields', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handoff_fields_workshop_id'))

    op.drop_table('handoff_fields')
    op.drop_table('governance')
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goals_workshop_id'))

    op.drop_table('goals')
    op.drop_table('funnel_inputs')
    with op.batch_alter_table('escalation_levels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalation_levels_workshop_id'))

    op.drop_table('escalation_levels')
    with op.batch_alter_table('enablement_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enablement_items_workshop_id'))

    op.drop_table('enablement_items')
    with op.batch_alter_table('disqualification_reasons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disqualification_reasons_workshop_id'))

    op.drop_table('disqualification_reasons')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_workshop_id'))

    op.drop_table('agenda_items')
