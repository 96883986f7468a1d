"""A client library for accessing ExecVision Conversation Intelligence API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
