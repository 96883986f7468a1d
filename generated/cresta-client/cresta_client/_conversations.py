"""ConversationService operations of the facades: conversations, messages, sampling,
suggestion usage.

Written for asyncio; the generator derives the blocking module from this one (unasync).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Unpack

from ._arguments import with_page_token
from ._core import RequestOptions, SyncAPIClient, iterate, required
from ._names import ConversationName, MessageName, MomentName, ProfileName
from ._token_paging import PageTokenCursor
from .api.conversation_service import delete_conversation as _delete_conversation
from .api.conversation_service import get_conversation as _get_conversation
from .api.conversation_service import list_suggestion_usage as _list_suggestion_usage
from .api.conversation_service import redact_conversation_message as _redact_conversation_message
from .api.conversation_service import sample_conversations as _sample_conversations
from .models import (
    Conversation,
    ConversationMessage,
    ListSuggestionUsageRequest,
    ListSuggestionUsageResponse,
    RedactConversationMessageRequest,
    RpcStatus,
    SampleConversationsRequest,
    SampleConversationsResponse,
    SampledConversation,
    SuggestionUsage,
)

__all__ = ["SyncConversations"]


class SyncConversations(SyncAPIClient[RpcStatus]):
    """Cresta ConversationService (mixed into `AsyncCresta`, and derived into `Cresta`)."""

    def get_conversation(self, name: str | ConversationName, **options: Unpack[RequestOptions]) -> Conversation:
        """A conversation by resource name (`customers/{c}/profiles/{p}/conversations/{id}`)."""
        n = ConversationName.parse(name)
        kwargs = _get_conversation._get_kwargs(n.customer_id, n.profile_id, n.conversation_id)
        found = self._call("getConversation", kwargs, _get_conversation._parse_response, options)
        return required(found.conversation, "getConversation", "conversation")

    def delete_conversation(self, name: str | ConversationName, **options: Unpack[RequestOptions]) -> None:
        """Delete a conversation and all its messages."""
        n = ConversationName.parse(name)
        kwargs = _delete_conversation._get_kwargs(n.customer_id, n.profile_id, n.conversation_id)
        self._call("deleteConversation", kwargs, _delete_conversation._parse_response, options)

    def redact_conversation_message(
        self,
        name: str | MessageName,
        *,
        moment: str | MomentName,
        start_index: int,
        end_index: int,
        **options: Unpack[RequestOptions],
    ) -> ConversationMessage:
        """Redact bytes [start_index, end_index) of a message's text (Cresta admins only)."""
        n = MessageName.parse(name)
        body = RedactConversationMessageRequest(moment=str(moment), start_index=start_index, end_index=end_index)
        kwargs = _redact_conversation_message._get_kwargs(
            n.customer_id, n.profile_id, n.conversation_id, n.message_id, body=body
        )
        redacted = self._call(
            "redactConversationMessage", kwargs, _redact_conversation_message._parse_response, options
        )
        return required(redacted.conversation_message, "redactConversationMessage", "conversationMessage")

    def sample_conversations(
        self,
        parent: str | ProfileName,
        body: SampleConversationsRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> SampleConversationsResponse:
        """One page of a deterministic sample of conversation ids."""
        p = ProfileName.parse(parent)
        kwargs = _sample_conversations._get_kwargs(
            p.customer_id, p.profile_id, body=body or SampleConversationsRequest()
        )
        return self._call("sampleConversations", kwargs, _sample_conversations._parse_response, options)

    def iter_sampled_conversations(
        self,
        parent: str | ProfileName,
        body: SampleConversationsRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[SampledConversation]:
        """Every sampled conversation, following nextPageToken (sent in the JSON body)."""
        first = body or SampleConversationsRequest()
        return iterate(
            PageTokenCursor[SampledConversation]("sampleConversations"),
            lambda page_token: self.sample_conversations(parent, with_page_token(first, page_token), **options),
        )

    def list_suggestion_usage(
        self,
        parent: str | ProfileName,
        body: ListSuggestionUsageRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListSuggestionUsageResponse:
        """One page of suggestion usages of a profile."""
        p = ProfileName.parse(parent)
        kwargs = _list_suggestion_usage._get_kwargs(
            p.customer_id, p.profile_id, body=body or ListSuggestionUsageRequest()
        )
        return self._call("listSuggestionUsage", kwargs, _list_suggestion_usage._parse_response, options)

    def iter_suggestion_usages(
        self,
        parent: str | ProfileName,
        body: ListSuggestionUsageRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[SuggestionUsage]:
        """Every suggestion usage, following nextPageToken (sent in the JSON body)."""
        first = body or ListSuggestionUsageRequest()
        return iterate(
            PageTokenCursor[SuggestionUsage]("listSuggestionUsage"),
            lambda page_token: self.list_suggestion_usage(parent, with_page_token(first, page_token), **options),
        )
