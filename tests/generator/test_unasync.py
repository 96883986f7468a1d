"""Step 4b: the blocking facade modules are derived from their asyncio twins."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import unasync_step
from generator.paths import ROOT

ASYNC_SOURCE = '''"""Doc: mixed into `AsyncCresta`."""
from collections.abc import AsyncIterator

from ._core import AsyncAPIClient, iterate_async


class AsyncThings(AsyncAPIClient[int]):
    async def get(self) -> int:
        return await self._call("get")

    def iter(self) -> AsyncIterator[int]:
        async def page(token: str) -> list[int]:
            return [await self.get()]

        return iterate_async(page)

    async def __aenter__(self) -> "AsyncThings":
        return self
'''

SYNC_SOURCE = '''"""Doc: mixed into `AsyncCresta`."""
from collections.abc import Iterator

from ._core import SyncAPIClient, iterate


class SyncThings(SyncAPIClient[int]):
    def get(self) -> int:
        return self._call("get")

    def iter(self) -> Iterator[int]:
        def page(token: str) -> list[int]:
            return [self.get()]

        return iterate(page)

    def __enter__(self) -> "SyncThings":
        return self
'''


def test_derives_the_blocking_module(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "_things_async.py").write_text(ASYNC_SOURCE, encoding="utf-8")
    (tmp_path / "_plain.py").write_text("async def keep() -> None: ...\n", encoding="utf-8")
    written = unasync_step.derive_sync_modules(tmp_path)
    assert written == [tmp_path / "sub" / "_things.py"]
    assert written[0].read_text(encoding="utf-8") == SYNC_SOURCE
    assert (tmp_path / "sub" / "_things_async.py").read_text(encoding="utf-8") == ASYNC_SOURCE  # untouched
    assert (tmp_path / "_plain.py").read_text(encoding="utf-8").startswith("async def")  # not an _async module


def test_a_hand_written_twin_is_refused(tmp_path: Path) -> None:
    (tmp_path / "_things_async.py").write_text(ASYNC_SOURCE, encoding="utf-8")
    unasync_step.check_sources(tmp_path)
    (tmp_path / "_things.py").write_text(SYNC_SOURCE, encoding="utf-8")
    with pytest.raises(unasync_step.UnasyncError, match="delete the hand-written copy"):
        unasync_step.check_sources(tmp_path)


HOMES = {
    "_shared": (ROOT / "overrides" / "_shared", ROOT / "generated" / "cresta-client" / "cresta_client"),
    **{
        api: (ROOT / "overrides" / api / "package", ROOT / "generated" / f"{api}-client" / f"{api}_client")
        for api in ("cresta", "execvision")
    },
}
HAND_WRITTEN = sorted(p for home, _ in HOMES.values() for p in home.rglob("*.py"))


@pytest.mark.parametrize("home", sorted(HOMES))
def test_overrides_hold_only_the_async_twins(home: str) -> None:
    source_root, generated = HOMES[home]
    asyncs = sorted(source_root.rglob("*_async.py"))
    assert asyncs, "the I/O code is written for asyncio"
    unasync_step.check_sources(source_root)
    for source in asyncs:
        assert (generated / source.relative_to(source_root).with_name(unasync_step.derived_name(source))).is_file()


def test_names_ending_in_async_lose_the_suffix(tmp_path: Path) -> None:
    source = (
        "from ._send_async import AsyncSender\n\n\n"
        "async def acquire_async(lock_async: AsyncSender) -> None:\n"
        "    async with lock_async:\n"
        "        await lock_async.aclose()\n"
    )
    (tmp_path / "_x_async.py").write_text(source, encoding="utf-8")
    unasync_step.derive_sync_modules(tmp_path)
    assert (tmp_path / "_x.py").read_text(encoding="utf-8") == (
        "from ._send import SyncSender\n\n\n"
        "def acquire(lock: SyncSender) -> None:\n"
        "    with lock:\n"
        "        lock.close()\n"
    )


MIRRORED = """
class Limiter:
    def acquire(self) -> None:
        self.wait()

    async def acquire_async(self) -> None:
        await self.wait_async()
"""
STUBS = """
class Throttle(Protocol):
    \"\"\"Both waits of a shared throttle.\"\"\"

    def acquire(self) -> None: ...

    async def acquire_async(self) -> None:
        \"\"\"A stub.\"\"\"
        ...
"""


@pytest.mark.parametrize(
    ("source", "pair"),
    [
        (MIRRORED, "acquire_async/acquire"),
        ("class AsyncPool: ...\nclass SyncPool:\n    x = 1\n", "AsyncPool/SyncPool"),
        ("def sync_auth_flow(r): yield r\nasync def async_auth_flow(r): yield r\n", "async_auth_flow/sync_auth_flow"),
    ],
)
def test_a_plain_module_with_both_twins_is_refused(tmp_path: Path, source: str, pair: str) -> None:
    (tmp_path / "_limiter.py").write_text(source, encoding="utf-8")
    assert unasync_step.mirrored_definitions(tmp_path / "_limiter.py") == [pair]
    with pytest.raises(unasync_step.UnasyncError, match="write the asyncio one"):
        unasync_step.check_sources(tmp_path)


def test_protocol_stubs_and_async_modules_may_declare_both(tmp_path: Path) -> None:
    (tmp_path / "_throttle.py").write_text(STUBS, encoding="utf-8")
    (tmp_path / "_limiter_async.py").write_text(MIRRORED, encoding="utf-8")  # derived, not checked for pairs
    assert unasync_step.mirrored_definitions(tmp_path / "_throttle.py") == []
    unasync_step.check_sources(tmp_path)


@pytest.mark.parametrize("path", HAND_WRITTEN, ids=lambda p: str(p.relative_to(ROOT / "overrides")))
def test_no_hand_written_module_mirrors_sync_and_async(path: Path) -> None:
    """One strategy: I/O code is written once, for asyncio, in an `_async` module."""
    if not path.name.endswith(unasync_step.ASYNC_SUFFIX):
        assert unasync_step.mirrored_definitions(path) == []


def test_the_generator_names_no_vendor() -> None:
    """The replacements are generic: no client class is renamed by name."""
    names = " ".join([*unasync_step.REPLACEMENTS, *unasync_step.REPLACEMENTS.values()]).lower()
    assert "cresta" not in names and "execvision" not in names
