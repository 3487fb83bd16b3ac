"""One module per workflow. Each public function is one user action: it opens
one transaction, checks the role and the state, changes rows, writes its event
and audit entries, and returns plain data (never ORM objects)."""
