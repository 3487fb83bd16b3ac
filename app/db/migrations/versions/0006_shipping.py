"""verify scans, pack records and weighings (R-VER, R-PAK, R-WEI); orders
found by their platform number at the stations

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.base import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _who(table: str) -> list[sa.schema.SchemaItem]:
    """user, station and time of a station record, with their foreign keys."""
    return [
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("station_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f(f"fk_{table}_station_id_stations")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f(f"fk_{table}_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_orders_platform_order_no"), ["platform_order_no"], unique=False
        )
    op.create_table(
        "verify_scans",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("document", sa.String(length=16), nullable=True),
        sa.Column("product_id", sa.String(length=36), nullable=True),
        sa.Column("code", sa.String(length=128), nullable=False),
        sa.Column("undone_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_verify_scans_product_id_products")
        ),
        *_who("verify_scans"),
    )
    with op.batch_alter_table("verify_scans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verify_scans_order_id"), ["order_id"], unique=False)
    op.create_table(
        "pack_records",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("materials", sa.JSON(), nullable=False),
        sa.Column("material_weight_g", sa.Integer(), nullable=False),
        sa.UniqueConstraint("order_id", name=op.f("uq_pack_records_order_id")),
        *_who("pack_records"),
    )
    op.create_table(
        "weighings",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("grams", sa.Integer(), nullable=False),
        sa.Column("expected_g", sa.Integer(), nullable=False),
        sa.Column("allowed_g", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("approver_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approver_id"], ["users.id"], name=op.f("fk_weighings_approver_id_users")
        ),
        *_who("weighings"),
    )
    with op.batch_alter_table("weighings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_weighings_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("weighings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_weighings_order_id"))
    op.drop_table("weighings")
    op.drop_table("pack_records")
    with op.batch_alter_table("verify_scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verify_scans_order_id"))
    op.drop_table("verify_scans")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_platform_order_no"))
