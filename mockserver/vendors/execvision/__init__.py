"""The ExecVision plugin (spec/execvision.yaml). Handlers: handlers.py (with calls.py,
callmodel.py, callorder.py, common.py); seed: seed.py (with org, seed_activity, seed_coaching,
pastcalls, transcript, words); the calls are computed on demand from their index
(callbase.py, the store's virtual "ev.calls"), the activity kinds on their first read (each
a LazyKind: engine/lazykind.py); the credential check: accounts.py; the
error shape is the engine's `error-reason`; the quirk: the documented "next page repeats
last_id" bug (`last_id_bug`, read in common.py).
"""

from __future__ import annotations

from mockserver.engine.errors import reason_body
from mockserver.engine.plugin import Quirk, VendorPlugin
from mockserver.vendors.execvision import accounts, handlers, seed

LAST_ID_BUG = Quirk(
    name="last_id_bug",
    json_name="lastIdBug",
    default=True,
    help='emulate the ExecVision "next page repeats last_id" bug',
)

PLUGIN = VendorPlugin(
    handlers=handlers.HANDLERS,
    seed=seed.populate,
    authenticate=accounts.authenticate,
    errors={"error-reason": reason_body},
    sizes=seed.DEFAULT_SIZES,
    # the calls are computed on demand (callbase.py): a tenant of a million calls starts as fast
    # as the default 2,000 (`make bench`, part f). The activity sizes are not on demand: each
    # activity kind is built whole (a LazyKind), though at its first read, not at start-up or
    # at a reseed; the total of the sizes bounds what one such build costs
    on_demand_sizes={"ev_calls": 1_000_000},
    test_sizes={
        "ev_users": 10,
        "ev_calls": 150,
        "ev_deleted_calls": 5,
        "ev_listens": 150,
        "ev_feedback": 60,
        "ev_shares": 40,
        "ev_score_results": 40,
        "ev_plans": 6,
        "ev_meetings": 20,
        "ev_kpi_observations": 60,
    },
    accounts=accounts.DEFAULT_USERS,
    quirks=(LAST_ID_BUG,),
    caller={"user": "ev-admin", "password": "ev-admin-secret"},
)
