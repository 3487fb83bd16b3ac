"""Getting rendered labels onto paper: transports (TCP 9100, serial, CUPS,
folder), printer status queries and the spooler that drains the persistent
print queue. No Qt here; the UI runs the spooler in a worker thread."""
