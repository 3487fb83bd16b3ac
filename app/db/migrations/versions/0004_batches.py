"""ship batches for the day's cut-offs (R-BAT-1,2) and the orders in them

Revision ID: 0004
Revises: 0003

``ship_batch_orders.order_id`` is unique: an order is in one batch at most.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.base import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ship_batches",
        sa.Column("batch_no", sa.String(length=32), nullable=False),
        sa.Column("ship_date", sa.Date(), nullable=False),
        sa.Column("cutoff", sa.String(length=5), nullable=False),
        sa.Column("cutoff_index", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sf_first", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_ship_batches_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ship_batches")),
        sa.UniqueConstraint("batch_no", name=op.f("uq_ship_batches_batch_no")),
        sa.UniqueConstraint(
            "ship_date", "cutoff_index", "kind", "seq", name="uq_ship_batches_slot"
        ),
    )
    with op.batch_alter_table("ship_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ship_batches_ship_date"), ["ship_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_ship_batches_state"), ["state"], unique=False)

    op.create_table(
        "ship_batch_orders",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("sort_position", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["ship_batches.id"],
            name=op.f("fk_ship_batch_orders_batch_id_ship_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_ship_batch_orders_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ship_batch_orders")),
        sa.UniqueConstraint("order_id", name=op.f("uq_ship_batch_orders_order_id")),
        sa.UniqueConstraint("batch_id", "sort_position", name="uq_ship_batch_orders_position"),
    )
    with op.batch_alter_table("ship_batch_orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ship_batch_orders_batch_id"), ["batch_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("ship_batch_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ship_batch_orders_batch_id"))
    op.drop_table("ship_batch_orders")

    with op.batch_alter_table("ship_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ship_batches_state"))
        batch_op.drop_index(batch_op.f("ix_ship_batches_ship_date"))
    op.drop_table("ship_batches")
