"""Scales: protocol parsers (pure, bytes in, readings out), the stability
judge, the simulator, and the connection manager that moves the bytes."""
