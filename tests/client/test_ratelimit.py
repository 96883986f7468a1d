"""The ExecVision client-side rate limiter, driven by an injected clock (no real sleeping)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from execvision_client import VENDOR_SCHEDULE, AsyncExecVision, ExecVision, RateLimiter, RateSchedule, RetryPolicy

from .conftest import Wire

NY = ZoneInfo("America/New_York")


class FakeTime:
    """A monotonic clock that only moves when the limiter sleeps, and a settable wall clock."""

    def __init__(self, wall: datetime) -> None:
        self.wall = wall
        self.mono = 0.0
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def limiter(self, schedule: RateSchedule | float = VENDOR_SCHEDULE) -> RateLimiter:
        return RateLimiter(
            schedule, now=self.now, monotonic=self.monotonic, sleep=self.sleep, async_sleep=self.async_sleep
        )


def _ny(hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, 20 if month == 11 else 15, hour, minute, tzinfo=NY)


@pytest.mark.parametrize(
    ("when", "rate"),
    [
        (_ny(5, 59), 25.0),
        (_ny(6, 0), 5.0),
        (_ny(13, 30), 5.0),
        (_ny(20, 59), 5.0),
        (_ny(21, 0), 25.0),
        (_ny(0, 0), 25.0),
        (_ny(6, 0, month=7), 5.0),  # summer time: still 06:00 local
        (_ny(5, 59, month=7), 25.0),
    ],
)
def test_documented_windows_in_new_york_time(when: datetime, rate: float) -> None:
    assert VENDOR_SCHEDULE.rate_at(when) == rate
    assert VENDOR_SCHEDULE.rate_at(when.astimezone(UTC)) == rate


def test_schedule_is_built_from_the_spec_extension() -> None:
    assert VENDOR_SCHEDULE.timezone == "America/New_York"
    assert [(w.start, w.end, w.requests_per_second) for w in VENDOR_SCHEDULE.windows] == [
        (time(6), time(21), 5.0),
        (time(21), time(6), 25.0),
    ]
    assert RateSchedule.fixed(7).rate_at(_ny(3)) == 7.0


@pytest.mark.parametrize(("hour", "spacing"), [(13, 0.2), (23, 0.04)])
def test_requests_are_spaced_one_over_rate_apart(hour: int, spacing: float) -> None:
    clock = FakeTime(_ny(hour))
    limiter = clock.limiter()
    waits = [limiter.reserve() for _ in range(6)]
    assert waits == pytest.approx([i * spacing for i in range(6)])
    clock.mono += 10.0  # idle: the next request goes at once
    assert limiter.reserve() == 0.0


def test_window_change_takes_effect_on_the_next_slot() -> None:
    clock = FakeTime(_ny(20, 59))
    limiter = clock.limiter()
    assert [limiter.reserve() for _ in range(2)] == pytest.approx([0.0, 0.2])
    clock.wall = _ny(21, 0)
    assert limiter.reserve() == pytest.approx(0.4)  # booked after the last day-time slot
    assert limiter.reserve() == pytest.approx(0.44)


def test_one_limiter_is_shared_by_all_threads() -> None:
    clock = FakeTime(_ny(12))
    limiter = clock.limiter()
    waits: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(25):
            wait = limiter.reserve()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(waits) == pytest.approx([i * 0.2 for i in range(100)])


def test_acquire_sleeps_for_the_slot_sync_and_async() -> None:
    clock = FakeTime(_ny(12))
    limiter = clock.limiter()
    for _ in range(3):
        limiter.acquire()
    asyncio.run(limiter.acquire_async())
    assert clock.slept == pytest.approx([0.2, 0.4, 0.6])


def test_the_client_acquires_before_every_attempt(
    ev_url: str, wire: Wire, http: httpx.Client, ev_retry: RetryPolicy
) -> None:
    clock = FakeTime(_ny(12))
    limiter = clock.limiter()
    wire.fail("status=503")
    client = ExecVision(
        "ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=limiter, http_client=http, retry=ev_retry
    )
    with client as ev:
        ev.list_users(max_retries=1)
        ev.list_teams()
    assert wire.count() == 3
    assert clock.slept == pytest.approx([0.2, 0.4])
    assert ev.rate_limiter is limiter


async def test_the_async_client_has_its_own_limiter(ev_url: str, ahttp: httpx.AsyncClient) -> None:
    clock = FakeTime(_ny(23))
    limiter = clock.limiter()
    async with AsyncExecVision(
        "ev-admin", "ev-admin-secret", base_url=ev_url, rate_limiter=limiter, http_client=ahttp
    ) as ev:
        await asyncio.gather(ev.list_users(), ev.list_teams(), ev.list_departments())
    assert sorted(clock.slept) == pytest.approx([0.04, 0.08])
    default = AsyncExecVision("u", "p")
    assert isinstance(default.rate_limiter, RateLimiter) and default.rate_limiter.schedule == VENDOR_SCHEDULE
    assert default.rate_limiter is not ExecVision("u", "p").rate_limiter


def test_the_limiter_can_be_disabled(ev_url: str) -> None:
    assert ExecVision("u", "p", rate_limiter=None).rate_limiter is None


def test_windows_work_without_system_zone_data(tmp_path: Path) -> None:
    """With no system zoneinfo on the search path, zoneinfo falls back to the tzdata package."""
    code = (
        "import zoneinfo, datetime as d; from execvision_client import VENDOR_SCHEDULE as s; "
        "import os; assert not any(os.path.exists(p) for p in zoneinfo.TZPATH), zoneinfo.TZPATH; "
        "print(s.rate_at(d.datetime(2026, 7, 15, 10, 0, tzinfo=d.UTC)))"  # 06:00 EDT
    )
    env = {**os.environ, "PYTHONTZPATH": str(tmp_path / "none")}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5.0"


def test_a_number_is_a_fixed_rate() -> None:
    limiter = ExecVision("u", "p", rate_limiter=10).rate_limiter
    assert limiter is not None and limiter.schedule == RateSchedule.fixed(10.0)
