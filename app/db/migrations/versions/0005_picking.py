"""picking and secondary sort: pick lines allocated FIFO (R-BAT-3,4), sort
scans, pre-packed products (R-BAT-5), and room for the ``prepacked`` batch kind

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.base import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prepacked", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.alter_column("prepacked", server_default=None)
    with op.batch_alter_table("ship_batches", schema=None) as batch_op:
        batch_op.alter_column("kind", existing_type=sa.String(length=8), type_=sa.String(length=16))

    op.create_table(
        "pick_lines",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("lot_id", sa.String(length=36), nullable=True),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("picked", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["ship_batches.id"],
            name=op.f("fk_pick_lines_batch_id_ship_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_pick_lines_location_id_locations")
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["stock_lots.id"], name=op.f("fk_pick_lines_lot_id_stock_lots")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_pick_lines_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pick_lines")),
    )
    with op.batch_alter_table("pick_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pick_lines_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_pick_lines_location_id"), ["location_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_pick_lines_product_id"), ["product_id"], unique=False)

    op.create_table(
        "sort_scans",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("station_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("undone_at", UTCDateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["ship_batches.id"],
            name=op.f("fk_sort_scans_batch_id_ship_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_sort_scans_order_id_orders")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_sort_scans_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_sort_scans_station_id_stations")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sort_scans_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sort_scans")),
    )
    with op.batch_alter_table("sort_scans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sort_scans_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sort_scans_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sort_scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sort_scans_order_id"))
        batch_op.drop_index(batch_op.f("ix_sort_scans_batch_id"))
    op.drop_table("sort_scans")
    with op.batch_alter_table("pick_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pick_lines_product_id"))
        batch_op.drop_index(batch_op.f("ix_pick_lines_location_id"))
        batch_op.drop_index(batch_op.f("ix_pick_lines_batch_id"))
    op.drop_table("pick_lines")
    with op.batch_alter_table("ship_batches", schema=None) as batch_op:
        batch_op.alter_column("kind", existing_type=sa.String(length=16), type_=sa.String(length=8))
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("prepacked")
