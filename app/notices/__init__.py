"""Notices to the team's group chat (R-NEW-1,5; R-REP-4): the webhook's JSON
(:mod:`.payload`), the sender that empties the queue (:mod:`.sender`) and the
list the program shows (:mod:`.listing`). No Qt here."""
