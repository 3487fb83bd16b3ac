"""Devices: scanners, scales, printers. Knows nothing of the database."""
