"""Reading the shop ERP's order exports (CSV, XLSX) and mapping their columns."""
