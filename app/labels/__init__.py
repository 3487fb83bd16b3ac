"""Labels: one layout model (mm), templates as data, renderers (PDF, ZPL, TSPL,
PNG). Knows nothing of the database: templates are bound to plain data."""
