"""A client library for accessing Cresta API (CoachingService, ConversationService)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
