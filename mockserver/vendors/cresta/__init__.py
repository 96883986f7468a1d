"""The Cresta plugin: CoachingService and ConversationService (spec/cresta.yaml), plus the
OAuth2 token endpoint (oauth.yaml). Handlers: coaching.py, conversation.py, oauth.py; seed:
seed.py, with the conversations and messages computed on demand from their index
(convbase.py: the store's virtual "cresta.conversations" and "cresta.messages"); domain
helpers: names (AIP resource names), paging, quota, sampling, times; the credential check
and tenancy: accounts.py; the error shapes: errors.py."""

from __future__ import annotations

from mockserver.engine.plugin import VendorPlugin
from mockserver.vendors.cresta import accounts, coaching, conversation, errors, oauth, seed

PLUGIN = VendorPlugin(
    handlers={**coaching.HANDLERS, **conversation.HANDLERS, **oauth.HANDLERS},
    seed=seed.populate,
    authenticate=accounts.authenticate,
    errors={"grpc-gateway": errors.grpc_gateway_body, "oauth": errors.oauth_body},
    sizes=seed.DEFAULT_SIZES,
    test_sizes={
        "cresta_agents": 6,
        "cresta_conversations": 30,
        "cresta_coaching_comments": 20,
        "cresta_suggestion_usages": 30,
    },
    accounts=accounts.DEFAULT_CLIENTS,
    authorize=accounts.authorize,
    documents=(oauth.DOCUMENT,),
    caller={"client_id": "acme-client", "client_secret": "acme-secret", "token_url": "/v1/oauth/regionalToken"},
)
