"""All tables; importing this package registers every model on ``Base.metadata``."""

from app.db.base import Base
from app.db.models.batches import BATCH_KINDS, BATCH_STATES, ShipBatch, ShipBatchOrder
from app.db.models.catalog import PRODUCT_KINDS, Courier, Product, ProductBarcode
from app.db.models.journal import AuditEntry, OutboxEvent
from app.db.models.orders import ORDER_STATUSES, Order, OrderLine
from app.db.models.people import Station, User, UserRole
from app.db.models.picking import PickLine, SortScan
from app.db.models.printing import (
    JOB_STATES,
    LABEL_KINDS,
    PRINTER_KINDS,
    PRINTER_LANGUAGES,
    Printer,
    PrinterDefault,
    PrintJob,
)
from app.db.models.shipping import (
    DOCUMENTS,
    SCAN_KINDS,
    WEIGH_VERDICTS,
    PackRecord,
    VerifyScan,
    Weighing,
)
from app.db.models.stock import (
    LOCATION_KINDS,
    MOVEMENT_KINDS,
    PICKABLE_LOCATION_KINDS,
    Location,
    StockLot,
    StockMovement,
    Warehouse,
)
from app.db.models.sync import SyncChange, SyncState

__all__ = [
    "SyncChange",
    "SyncState",
    "DOCUMENTS",
    "SCAN_KINDS",
    "WEIGH_VERDICTS",
    "PackRecord",
    "VerifyScan",
    "Weighing",
    "BATCH_KINDS",
    "BATCH_STATES",
    "ShipBatch",
    "ShipBatchOrder",
    "JOB_STATES",
    "LABEL_KINDS",
    "PRINTER_KINDS",
    "PRINTER_LANGUAGES",
    "PrintJob",
    "Printer",
    "PrinterDefault",
    "LOCATION_KINDS",
    "MOVEMENT_KINDS",
    "PICKABLE_LOCATION_KINDS",
    "ORDER_STATUSES",
    "PRODUCT_KINDS",
    "AuditEntry",
    "Base",
    "Courier",
    "Location",
    "Order",
    "OrderLine",
    "OutboxEvent",
    "PickLine",
    "Product",
    "ProductBarcode",
    "SortScan",
    "Station",
    "StockLot",
    "StockMovement",
    "User",
    "UserRole",
    "Warehouse",
]
