"""printers, default printer per label kind, and the print queue

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00

``print_jobs.dedupe_key`` is unique and NULL for reprints, so the same
document on the same label kind is queued once unless someone asks for a
reprint (NULLs never collide on SQLite or PostgreSQL).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.base import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column[object]]:
    """The columns of VersionedMixin (ids as text UUIDs, optimistic lock)."""
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "printers",
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("dpi", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_printers_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printers")),
        sa.UniqueConstraint("station_id", "name", name="uq_printers_station_name"),
    )
    with op.batch_alter_table("printers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_printers_station_id"), ["station_id"], unique=False)

    op.create_table(
        "print_jobs",
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("printer_id", sa.String(length=36), nullable=False),
        sa.Column("label_kind", sa.String(length=32), nullable=False),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("document_ref", sa.String(length=100), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("content_type", sa.String(length=64), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.Column("reprint_of", sa.String(length=36), nullable=True),
        sa.Column("reprint_reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("dedupe_key", sa.String(length=200), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["printer_id"], ["printers.id"], name=op.f("fk_print_jobs_printer_id_printers")
        ),
        sa.ForeignKeyConstraint(
            ["reprint_of"], ["print_jobs.id"], name=op.f("fk_print_jobs_reprint_of_print_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_print_jobs_station_id_stations")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_print_jobs_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_jobs")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_print_jobs_dedupe_key")),
    )
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_print_jobs_claim", ["station_id", "state", "created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_print_jobs_document_ref"), ["document_ref"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_print_jobs_printer_id"), ["printer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_print_jobs_reprint_of"), ["reprint_of"], unique=False)

    op.create_table(
        "printer_defaults",
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("label_kind", sa.String(length=32), nullable=False),
        sa.Column("printer_id", sa.String(length=36), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["printer_id"], ["printers.id"], name=op.f("fk_printer_defaults_printer_id_printers")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_printer_defaults_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printer_defaults")),
        sa.UniqueConstraint("station_id", "label_kind", name="uq_printer_defaults_station_kind"),
    )
    with op.batch_alter_table("printer_defaults", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_printer_defaults_printer_id"), ["printer_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("printer_defaults", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_printer_defaults_printer_id"))
    op.drop_table("printer_defaults")

    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_jobs_reprint_of"))
        batch_op.drop_index(batch_op.f("ix_print_jobs_printer_id"))
        batch_op.drop_index(batch_op.f("ix_print_jobs_document_ref"))
        batch_op.drop_index("ix_print_jobs_claim")
    op.drop_table("print_jobs")

    with op.batch_alter_table("printers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_printers_station_id"))
    op.drop_table("printers")
