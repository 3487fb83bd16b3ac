"""the back office: documents with signatures and corrections (R-ACC-2,3),
QC rounds (R-QC), reservations (R-STK-1), sample loans and new products
(R-NEW), day closes (R-ACC-1), the notices queue, products taken off sale
(R-RET-3)

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.base import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "day_closes",
        sa.Column("warehouse_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("closed_by", sa.String(length=36), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=False),
        sa.Column("differences", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_day_closes_closed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"], ["warehouses.id"], name=op.f("fk_day_closes_warehouse_id_warehouses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_closes")),
        sa.UniqueConstraint("warehouse_id", "day", name=op.f("uq_day_closes_warehouse_id")),
    )
    op.create_table(
        "new_products",
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("putaway_done_at", UTCDateTime(), nullable=True),
        sa.Column("measured_at", UTCDateTime(), nullable=True),
        sa.Column("measured_by", sa.String(length=36), nullable=True),
        sa.Column("measurements", sa.JSON(), nullable=False),
        sa.Column("photos_published_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["measured_by"], ["users.id"], name=op.f("fk_new_products_measured_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_new_products_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_new_products")),
        sa.UniqueConstraint("product_id", name=op.f("uq_new_products_product_id")),
    )
    op.create_table(
        "reservations",
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("warehouse_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("customer", sa.String(length=100), nullable=False),
        sa.Column("reserved_by", sa.String(length=36), nullable=True),
        sa.Column("reserved_at", UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_reservations_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["reserved_by"], ["users.id"], name=op.f("fk_reservations_reserved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouses.id"],
            name=op.f("fk_reservations_warehouse_id_warehouses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reservations")),
    )
    op.create_index(
        op.f("ix_reservations_product_id"), "reservations", ["product_id"], unique=False
    )
    op.create_index(op.f("ix_reservations_state"), "reservations", ["state"], unique=False)
    op.create_table(
        "documents",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("warehouse_id", sa.String(length=36), nullable=True),
        sa.Column("to_warehouse_id", sa.String(length=36), nullable=True),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("partner", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("station_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("posted_by", sa.String(length=36), nullable=True),
        sa.Column("posted_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_documents_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["posted_by"], ["users.id"], name=op.f("fk_documents_posted_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_documents_station_id_stations")
        ),
        sa.ForeignKeyConstraint(
            ["to_warehouse_id"],
            ["warehouses.id"],
            name=op.f("fk_documents_to_warehouse_id_warehouses"),
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"], ["warehouses.id"], name=op.f("fk_documents_warehouse_id_warehouses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("number", name=op.f("uq_documents_number")),
    )
    op.create_index(op.f("ix_documents_day"), "documents", ["day"], unique=False)
    op.create_index(op.f("ix_documents_kind"), "documents", ["kind"], unique=False)
    op.create_index(op.f("ix_documents_state"), "documents", ["state"], unique=False)
    op.create_table(
        "document_lines",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("expected_qty", sa.Integer(), nullable=False),
        sa.Column("actual_qty", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.String(length=36), nullable=True),
        sa.Column("from_location_id", sa.String(length=36), nullable=True),
        sa.Column("to_location_id", sa.String(length=36), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_document_lines_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["locations.id"],
            name=op.f("fk_document_lines_from_location_id_locations"),
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["stock_lots.id"], name=op.f("fk_document_lines_lot_id_stock_lots")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_document_lines_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["to_location_id"],
            ["locations.id"],
            name=op.f("fk_document_lines_to_location_id_locations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_lines")),
    )
    op.create_index(
        op.f("ix_document_lines_document_id"), "document_lines", ["document_id"], unique=False
    )
    op.create_index(
        op.f("ix_document_lines_product_id"), "document_lines", ["product_id"], unique=False
    )
    op.create_table(
        "document_signatures",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("capacity", sa.String(length=24), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("station_id", sa.String(length=36), nullable=True),
        sa.Column("signed_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_signatures_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_document_signatures_station_id_stations")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_document_signatures_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_signatures")),
        sa.UniqueConstraint(
            "document_id", "capacity", name=op.f("uq_document_signatures_document_id")
        ),
    )
    op.create_index(
        op.f("ix_document_signatures_document_id"),
        "document_signatures",
        ["document_id"],
        unique=False,
    )
    op.create_table(
        "notices",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_notices_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    op.create_index(op.f("ix_notices_kind"), "notices", ["kind"], unique=False)
    op.create_index(op.f("ix_notices_state"), "notices", ["state"], unique=False)
    op.create_table(
        "qc_inspections",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("round_no", sa.Integer(), nullable=False),
        sa.Column("drawn", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("station_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_qc_inspections_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_qc_inspections_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_qc_inspections_station_id_stations")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_qc_inspections_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_inspections")),
    )
    op.create_index(
        op.f("ix_qc_inspections_document_id"), "qc_inspections", ["document_id"], unique=False
    )
    op.create_index(
        op.f("ix_qc_inspections_product_id"), "qc_inspections", ["product_id"], unique=False
    )
    op.create_table(
        "sample_loans",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("taker_id", sa.String(length=36), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("extended_until", UTCDateTime(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("returned_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_sample_loans_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_sample_loans_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["taker_id"], ["users.id"], name=op.f("fk_sample_loans_taker_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_loans")),
    )
    op.create_index(
        op.f("ix_sample_loans_document_id"), "sample_loans", ["document_id"], unique=False
    )
    op.create_table(
        "document_corrections",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("line_id", sa.String(length=36), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrected_by", sa.String(length=36), nullable=False),
        sa.Column("corrector_name", sa.String(length=100), nullable=False),
        sa.Column("station_id", sa.String(length=36), nullable=True),
        sa.Column("corrected_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["corrected_by"], ["users.id"], name=op.f("fk_document_corrections_corrected_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_corrections_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["document_lines.id"],
            name=op.f("fk_document_corrections_line_id_document_lines"),
        ),
        sa.ForeignKeyConstraint(
            ["station_id"],
            ["stations.id"],
            name=op.f("fk_document_corrections_station_id_stations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_corrections")),
    )
    op.create_index(
        op.f("ix_document_corrections_document_id"),
        "document_corrections",
        ["document_id"],
        unique=False,
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("off_sale", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.alter_column("off_sale", server_default=None)
    _append_only("document_corrections")


def _append_only(table: str) -> None:
    """A correction is itself never corrected away (R-ACC-3)."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":  # station_append_only() comes from 0001
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION station_append_only()"
        )
    elif bind.dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only (R-ACC-3)'); END"
            )


def downgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("off_sale")
    op.drop_index(op.f("ix_document_corrections_document_id"), table_name="document_corrections")
    op.drop_table("document_corrections")
    op.drop_index(op.f("ix_sample_loans_document_id"), table_name="sample_loans")
    op.drop_table("sample_loans")
    op.drop_index(op.f("ix_qc_inspections_product_id"), table_name="qc_inspections")
    op.drop_index(op.f("ix_qc_inspections_document_id"), table_name="qc_inspections")
    op.drop_table("qc_inspections")
    op.drop_index(op.f("ix_notices_state"), table_name="notices")
    op.drop_index(op.f("ix_notices_kind"), table_name="notices")
    op.drop_table("notices")
    op.drop_index(op.f("ix_document_signatures_document_id"), table_name="document_signatures")
    op.drop_table("document_signatures")
    op.drop_index(op.f("ix_document_lines_product_id"), table_name="document_lines")
    op.drop_index(op.f("ix_document_lines_document_id"), table_name="document_lines")
    op.drop_table("document_lines")
    op.drop_index(op.f("ix_documents_state"), table_name="documents")
    op.drop_index(op.f("ix_documents_kind"), table_name="documents")
    op.drop_index(op.f("ix_documents_day"), table_name="documents")
    op.drop_table("documents")
    op.drop_index(op.f("ix_reservations_state"), table_name="reservations")
    op.drop_index(op.f("ix_reservations_product_id"), table_name="reservations")
    op.drop_table("reservations")
    op.drop_table("new_products")
    op.drop_table("day_closes")
