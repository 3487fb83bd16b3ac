"""Every kind's poster, registered in one place: posting a document must
write its ledger rows whichever screen or command posts it (R-ACC-2)."""

from __future__ import annotations

import app.services.count_posting  # count
import app.services.damaged  # scrap
import app.services.qc_slips  # defect_move
import app.services.receiving_post  # inbound
import app.services.returns_posting  # return_in
import app.services.samples  # sample_out
import app.services.supplier_returns  # supplier_return
import app.services.transfers  # transfer  # noqa: F401
