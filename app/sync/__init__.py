"""Many stations, one shared PostgreSQL database, online or offline.

The station works on its local SQLite replica. Triggers capture every row a
local transaction writes (:mod:`capture`); the push sends them with the
transaction's events to the server, which re-checks them against the shared
rows and applies or rejects them (:mod:`server_apply`); the pull brings what
everyone else did (:mod:`pull`). :mod:`client` runs the cycle.
"""
