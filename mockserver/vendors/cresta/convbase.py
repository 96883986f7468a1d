"""The seeded Cresta conversations and their messages, computed on demand from their index.

The seed (seed.py) draws, per customer, what queries and other records need of each
conversation: its start, agent, usecase and channel, and from the conversation's own timing
stream, its number of messages and its length. That index (`Skeleton`s) is all it keeps.
A conversation's other fields come from its own stream, and its messages from another, when
they are first read, so a reseed costs the index only; no handler ever needs every message
(message_counts() and message_names() read the index).

Each conversation has three `random.Random` streams keyed by the seed, the customer and its
id, so that any conversation is computed alone and alike in every worker process:
- timing: the message count, each message's template, speaker and gap (the length);
- fields: the conversation's own fields (the visitor first: its messages name it);
- text: the messages' formatted text, legacy ids and transcription confidences.

A message lasts max(1 s, its template's length / 15 characters per second), the rate the
seed has always used, measured on the template rather than the formatted text so that the
length is known without formatting.

`ConversationKind` and `MessageKind` are the store's virtual "cresta.conversations" and
"cresta.messages" (store.VirtualKind): they pickle as the index, without their caches.
"""

from __future__ import annotations

import html
import random
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from mockserver.engine.store import Store, virtual_of
from mockserver.vendors.cresta import seedtext as text
from mockserver.vendors.cresta.times import fmt_duration, fmt_time

CONVERSATIONS = "cresta.conversations"
MESSAGES = "cresta.messages"
ANCHOR = "conv-1"  # 8 messages, the first the multibyte anchor text (seedtext.ANCHOR_TEXT)
MESSAGE_CACHE = 512  # conversations whose messages are kept once computed


class Skeleton(NamedTuple):
    """What the index keeps of one conversation."""

    name: str  # the full resource name
    customer: str
    cid: str  # conv-N
    agent: str  # the agent's user resource name
    usecase: str
    voice: bool
    start: datetime
    n_messages: int


class Step(NamedTuple):
    template: str  # a seedtext line, or the anchor text
    speaker: str
    offset: float  # seconds from the start
    duration: float


def _stream(seed: int, customer: str, cid: str, what: str) -> random.Random:
    return random.Random(f"cresta:{seed}:{customer}:{cid}:{what}")


def _lines(pool: list[str]) -> list[tuple[str, float]]:
    return [(line, round(max(1.0, len(line) / 15), 2)) for line in pool]


# the templates of each speaker with their durations; the anchor's first message
POOLS = {"AGENT": _lines(text.AGENT_LINES), "VISITOR": _lines(text.VISITOR_LINES)}
ANCHOR_LINE = _lines([text.ANCHOR_TEXT])[0]
SWITCH = {"AGENT": "VISITOR", "VISITOR": "AGENT"}


def timing(seed: int, customer: str, cid: str, count: int, steps: list[Step] | None = None) -> float:
    """The length of a conversation of `count` messages; with `steps`, each message's template,
    speaker and offset appended to it."""
    rng = _stream(seed, customer, cid, "timing")
    anchor = cid == ANCHOR
    coin = rng.random  # one C call per draw: this loop is most of a seed's cost
    elapsed, speaker = 0.0, "AGENT"
    for pos in range(count):
        if anchor and pos == 0:
            (template, duration), speaker = ANCHOR_LINE, "VISITOR"
        else:
            pool = POOLS[speaker]
            template, duration = pool[int(coin() * len(pool))]
        if steps is not None:
            steps.append(Step(template, speaker, elapsed, duration))
        elapsed = round(elapsed + duration + 0.5 + coin() * 19.5, 2)  # a gap of 0.5 to 20 s
        if coin() < 0.8:
            speaker = SWITCH[speaker]
    return elapsed


class ConversationIndex:
    """Every seeded conversation's skeleton, and the conversations and messages computed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.profiles: dict[str, str] = {}  # customer -> its profile's resource name
        self.agents: dict[str, dict[str, Any]] = {}  # user name -> the seeded user
        self.skeletons: dict[str, Skeleton] = {}
        self._caches()

    def _caches(self) -> None:
        self._conversations: dict[str, dict[str, Any]] = {}
        self._elapsed: dict[str, float] = {}
        self._messages: dict[str, list[dict[str, Any]]] = {}  # insertion order: the oldest first
        self._lock = threading.Lock()  # the eviction (handlers also run in worker threads)

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in ("_conversations", "_elapsed", "_messages", "_lock")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._caches()

    def add(
        self, customer: str, cid: str, agent: str, usecase: str, voice: bool, start: datetime, count: int
    ) -> Skeleton:
        name = f"{self.profiles[customer]}/conversations/{cid}"
        skeleton = Skeleton(name, customer, cid, agent, usecase, voice, start, 8 if cid == ANCHOR else count)
        self.skeletons[name] = skeleton
        return skeleton

    def elapsed(self, s: Skeleton) -> float:
        """Seconds from the conversation's start to its end (its timing stream, drawn once)."""
        hit = self._elapsed.get(s.name)
        if hit is None:
            hit = self._elapsed[s.name] = timing(self.seed, s.customer, s.cid, s.n_messages)
        return hit

    # ---- computed on demand ------------------------------------------------------------
    def conversation(self, name: str) -> dict[str, Any] | None:
        hit = self._conversations.get(name)
        if hit is not None:
            return hit
        skeleton = self.skeletons.get(name)
        if skeleton is None:
            return None
        conv = self._conversation(skeleton)
        self._conversations[name] = conv  # a race computes the same object twice: harmless
        return conv

    def _conversation(self, s: Skeleton) -> dict[str, Any]:
        rng = _stream(self.seed, s.customer, s.cid, "fields")
        agent = self.agents[s.agent]
        visitor = rng.choice(text.NAMES)
        conv: dict[str, Any] = {
            "name": s.name,
            "agent": s.agent.rsplit("/", 1)[1],
            "participants": [
                {"user": s.agent, "role": "AGENT"},
                {"displayName": visitor, "role": "VISITOR"},
            ],
            "agentInfo": {"displayName": agent["displayName"]},
            "agentUserName": s.agent,
            "team": agent["team"],
            "visitor": {"displayName": visitor},
            "conversationCorrelationId": f"corr-{rng.getrandbits(32):08x}",
            "skill": rng.choice(text.SKILLS),
            "platformInfo": {"platform": "mock-ccaas"},
            "startTime": fmt_time(s.start),
            "legacyChatId": str(rng.randint(10**6, 10**7)),
            "languageCode": "en-US",
            "channel": "VOICE" if s.voice else "CHAT",
            "metadata": {},
            "displayName": rng.choice(text.DISPLAY_NAMES),
            "usecase": s.usecase,
            "createTime": fmt_time(s.start + timedelta(seconds=1)),
            "endTime": fmt_time(s.start + timedelta(seconds=round(self.elapsed(s)))),
        }
        if s.voice:
            persisted = s.cid == ANCHOR or rng.random() < 0.8
            conv["audioPersistenceState"] = "PERSISTED" if persisted else "NOT_PERSISTED"
            if persisted:
                conv["persistedAudioUri"] = f"gs://{s.customer}-audio/{s.name.split('/')[3]}/{s.cid}.wav"
                conv["persistedAudioDuration"] = fmt_duration(round(self.elapsed(s)))
        return conv

    def messages(self, name: str) -> list[dict[str, Any]]:
        """The conversation's messages in sequence (none for a name not in the index)."""
        hit = self._messages.get(name)
        if hit is not None:
            return hit
        skeleton = self.skeletons.get(name)
        if skeleton is None:
            return []
        found = self._compute_messages(skeleton)  # a race computes the same list twice: harmless
        with self._lock:
            self._messages[name] = found
            while len(self._messages) > MESSAGE_CACHE:
                del self._messages[next(iter(self._messages))]
        return found

    def _compute_messages(self, s: Skeleton) -> list[dict[str, Any]]:
        conv = self.conversation(s.name)
        assert conv is not None
        agent = self.agents[s.agent]
        visitor = conv["visitor"]["displayName"]
        rng = _stream(self.seed, s.customer, s.cid, "text")
        steps: list[Step] = []
        timing(self.seed, s.customer, s.cid, s.n_messages, steps)
        out = []
        for pos, step in enumerate(steps):
            line = step.template
            if line is not text.ANCHOR_TEXT:
                line = line.format(
                    company=s.customer.title(),
                    agent=agent["displayName"].split(" ")[0],
                    visitor=visitor,
                    visitor_lower=visitor.lower(),
                    amount=f"{rng.randint(5, 300)},{rng.randint(0, 99):02d}",
                    order=rng.randint(10_000, 99_999),
                    order4=rng.randint(1000, 9999),
                )
            created = fmt_time(s.start + timedelta(milliseconds=round(step.offset * 1000)))
            msg: dict[str, Any] = {
                "name": f"{s.name}/messages/msg-{pos + 1}",
                "legacyMessageId": str(rng.randint(10**8, 10**9)),
                "text": line,
                "textHtml": f"<p>{html.escape(line)}</p>",
                "agent": conv["agent"],
                "speaker": step.speaker,
                "speakerInfo": {"displayName": agent["displayName"] if step.speaker == "AGENT" else visitor},
                "sequencePosition": pos,
                "createTime": created,
                "updateTime": created,
                "isTransferred": False,
            }
            if s.voice:
                msg["audioStartOffset"] = fmt_duration(step.offset)
                msg["audioEndOffset"] = fmt_duration(step.offset + step.duration)
                msg["transcriptionInfo"] = {"confidence": round(rng.uniform(0.8, 0.99), 2)}
            out.append(msg)
        return out

    def message(self, key: str) -> dict[str, Any] | None:
        conv, position = split_message_name(key)
        skeleton = self.skeletons.get(conv)
        if skeleton is None or not 1 <= position <= skeleton.n_messages:
            return None
        return self.messages(conv)[position - 1]

    def message_keys(self, skeleton: Skeleton) -> Iterator[str]:
        return (f"{skeleton.name}/messages/msg-{k}" for k in range(1, skeleton.n_messages + 1))


def split_message_name(key: str) -> tuple[str, int]:
    """(the conversation's name, the message's position from 1), or position 0 if not seeded-like."""
    conv, sep, msg = key.rpartition("/messages/msg-")
    if not sep or not msg.isdigit() or msg.startswith("0"):
        return key, 0
    return conv, int(msg)


class ConversationKind:
    """The virtual "cresta.conversations"."""

    def __init__(self, index: ConversationIndex) -> None:
        self.index = index

    def get(self, key: str) -> dict[str, Any] | None:
        return self.index.conversation(key)

    def all_keys(self) -> Iterable[str]:
        return self.index.skeletons.keys()

    def __contains__(self, key: object) -> bool:
        return key in self.index.skeletons

    def __len__(self) -> int:
        return len(self.index.skeletons)


class MessageKind:
    """The virtual "cresta.messages"."""

    def __init__(self, index: ConversationIndex) -> None:
        self.index = index
        self.total = sum(s.n_messages for s in index.skeletons.values())

    def get(self, key: str) -> dict[str, Any] | None:
        return self.index.message(key)

    def all_keys(self) -> Iterable[str]:
        for skeleton in self.index.skeletons.values():
            yield from self.index.message_keys(skeleton)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        conv, position = split_message_name(key)
        skeleton = self.index.skeletons.get(conv)
        return skeleton is not None and 1 <= position <= skeleton.n_messages

    def __len__(self) -> int:
        return self.total


# ---- what handlers ask of the messages, read from the index ---------------------------------
def _messages_of(store: Store) -> tuple[MessageKind, Mapping[str, dict[str, Any]], frozenset[str]] | None:
    found = virtual_of(store, MESSAGES)
    if found is None or not isinstance(found[0], MessageKind):
        return None
    return found[0], found[1], found[2]


def message_names(store: Store, conversation: str) -> list[str]:
    """The names of the messages the store holds for `conversation`."""
    prefix = conversation + "/messages/"
    found = _messages_of(store)
    if found is None:  # a store without virtual kinds holds every message
        return [m["name"] for m in store.values(MESSAGES) if m["name"].startswith(prefix)]
    base, puts, deleted = found
    skeleton = base.index.skeletons.get(conversation)
    seeded = list(base.index.message_keys(skeleton)) if skeleton is not None else []
    own = [key for key in puts if key.startswith(prefix) and key not in base]
    return [key for key in seeded if key not in deleted] + own


def message_counts(store: Store, conversation_prefix: str) -> Counter[str]:
    """The number of messages the store holds per conversation name, for names with the prefix
    (conversations without messages left out)."""
    found = _messages_of(store)
    counts: Counter[str] = Counter()
    if found is None:  # a store without virtual kinds holds every message
        for message in store.values(MESSAGES):
            name = message["name"]
            if name.startswith(conversation_prefix):
                counts[name.rpartition("/messages/")[0]] += 1
        return counts
    base, puts, deleted = found
    for name, skeleton in base.index.skeletons.items():
        if name.startswith(conversation_prefix):
            counts[name] = skeleton.n_messages
    for key in deleted:
        if key.startswith(conversation_prefix):
            counts[key.rpartition("/messages/")[0]] -= 1
    for key in puts:
        if key.startswith(conversation_prefix) and key not in base:
            counts[key.rpartition("/messages/")[0]] += 1
    return +counts  # without the conversations left with none
