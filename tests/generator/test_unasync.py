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


@pytest.mark.parametrize("api", ["cresta", "execvision"])
def test_overrides_hold_only_the_async_twins(api: str) -> None:
    package = ROOT / "overrides" / api / "package"
    asyncs = sorted(package.glob("*_async.py"))
    assert asyncs, "the facades are written for asyncio"
    unasync_step.check_sources(package)
    generated = ROOT / "generated" / f"{api}-client" / f"{api}_client"
    for source in asyncs:
        assert (generated / unasync_step.derived_name(source)).is_file()
