"""Demo data: a believable West Lake Longjing shop to try every station on.

Loaded only into an empty database (never mixed into real data), by the
``demo`` command or at first start when the technician asks for it.
"""

from app.demo.data import DEMO_USERS, DemoUser
from app.demo.loader import DemoSummary, database_is_empty, load_demo

__all__ = ["DEMO_USERS", "DemoSummary", "DemoUser", "database_is_empty", "load_demo"]
