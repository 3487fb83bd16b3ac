"""sync: captured row changes, the sync bookmark, and each event's outcome

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.base import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_changes")),
    )
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_changes_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_changes_row_id"), ["row_id"], unique=False)
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("capture", sa.Integer(), nullable=False),
        sa.Column("server_id", sa.String(length=64), nullable=False),
        sa.Column("last_server_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_push_at", UTCDateTime(), nullable=True),
        sa.Column("last_pull_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.execute(
        "INSERT INTO sync_state (id, capture, server_id, last_server_seq) VALUES (1, 0, '', 0)"
    )
    with op.batch_alter_table("outbox_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tx_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("conflict", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("acknowledged_at", UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_events_tx_id"), ["tx_id"], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        from app.sync.capture import drop_triggers

        drop_triggers(bind)  # they read sync_state, which goes below
    with op.batch_alter_table("outbox_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_events_tx_id"))
        batch_op.drop_column("acknowledged_at")
        batch_op.drop_column("conflict")
        batch_op.drop_column("outcome")
        batch_op.drop_column("tx_id")
    op.drop_table("sync_state")
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_changes_row_id"))
        batch_op.drop_index(batch_op.f("ix_sync_changes_event_id"))
    op.drop_table("sync_changes")
