"""ExecVision rate limiting: windows from the spec's x-rate-limit, queueing, 504."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import httpx
import pytest
from starlette.testclient import TestClient

from mockserver.engine.app import MockApp
from mockserver.engine.config import DEFAULT_SPEC_DIR, ManualClock, RateLimitConfig
from mockserver.engine.context import ApiError
from mockserver.engine.ratelimit import RateLimiter
from mockserver.engine.specs import load_spec
from tests.helpers.mock import EV, EV_ADMIN

SPEC = load_spec(DEFAULT_SPEC_DIR / "execvision.yaml").doc["x-rate-limit"]


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)


def limiter(
    mode: str, when: datetime, rps: float | None = None, timeout: float | None = None
) -> tuple[RateLimiter, FakeTime]:
    fake = FakeTime()
    config = RateLimitConfig(mode=mode, rps=rps, queue_timeout_seconds=timeout)
    return RateLimiter(SPEC, config, ManualClock(when), fake.monotonic, fake.sleep), fake


@pytest.mark.parametrize(
    ("utc", "rps"),
    [
        (datetime(2026, 11, 20, 11, 0, tzinfo=UTC), 5),  # 06:00 EST: business hours start
        (datetime(2026, 11, 20, 10, 59, tzinfo=UTC), 25),  # 05:59 EST
        (datetime(2026, 11, 21, 1, 59, tzinfo=UTC), 5),  # 20:59 EST
        (datetime(2026, 11, 21, 2, 0, tzinfo=UTC), 25),  # 21:00 EST
        (datetime(2026, 7, 1, 10, 0, tzinfo=UTC), 5),  # 06:00 EDT (daylight saving time)
        (datetime(2026, 7, 1, 9, 59, tzinfo=UTC), 25),
    ],
)
def test_vendor_windows_follow_new_york_wall_clock(utc: datetime, rps: float) -> None:
    rl, _ = limiter("vendor", utc)
    assert rl.rate_at(utc) == rps


def test_over_limit_requests_are_queued_not_rejected() -> None:
    rl, fake = limiter("vendor", datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # 10:00 EST: 5/s

    async def burst() -> list[float]:
        return [await rl.acquire("ev-admin") for _ in range(6)]

    waits = asyncio.run(burst())
    assert waits == pytest.approx([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
    assert fake.slept == pytest.approx([0.2, 0.4, 0.6, 0.8, 1.0])
    fake.t += 10  # the queue has drained
    assert asyncio.run(rl.acquire("ev-admin")) == 0.0
    assert asyncio.run(rl.acquire("ev-reader")) == 0.0  # per caller


def test_a_wait_of_the_queue_timeout_or_more_times_out() -> None:
    rl, _ = limiter("fixed", datetime(2026, 11, 20, tzinfo=UTC), rps=1.0)
    waits = [rl.reserve("u") for _ in range(60)]  # slots 0..59 s away
    assert waits[-1] == pytest.approx(59.0)
    with pytest.raises(ApiError) as info:
        rl.reserve("u")  # 60 s away: at least one minute
    assert info.value.status == 504
    rl.configure(RateLimitConfig(mode="off"))
    assert rl.reserve("u") == 0.0


def test_fixed_rate_over_http_delays_requests(app: MockApp, client: TestClient) -> None:
    r = client.put("/__mock__/rate-limit", json={"mode": "fixed", "rps": 40})
    assert r.status_code == 200 and r.json()["mode"] == "fixed"
    started = time.perf_counter()
    for _ in range(5):
        assert client.get(f"{EV}/check", auth=EV_ADMIN).status_code == 200
    assert time.perf_counter() - started >= 0.09  # 4 gaps of 25 ms
    # Cresta has no x-rate-limit: never delayed
    assert app.limiters.keys() == {"execvision"}


def test_queue_timeout_answers_504_in_the_api_shape(client: TestClient) -> None:
    client.put("/__mock__/rate-limit", json={"mode": "fixed", "rps": 0.01})
    assert client.get(f"{EV}/check", auth=EV_ADMIN).status_code == 200
    r = client.get(f"{EV}/check", auth=EV_ADMIN)  # next slot is 100 s away
    assert r.status_code == 504 and r.json()["error"] == "gateway_timeout"
    client.put("/__mock__/rate-limit", json={"mode": "fixed", "rps": 1, "queueTimeoutSeconds": 0.5})
    assert client.put("/__mock__/rate-limit", json={"mode": "fixed"}).status_code == 400
    assert client.put("/__mock__/rate-limit", json={"mode": "off"}).json()["mode"] == "off"


def test_vendor_mode_over_live_http(live_app: MockApp, live_server: str) -> None:
    live_app.set_rate_limit(RateLimitConfig(mode="vendor"))  # NOW is 13:30 in New York: 5/s
    with httpx.Client(base_url=live_server, auth=EV_ADMIN) as c:
        started = time.perf_counter()
        assert [c.get(f"{EV}/check").status_code for _ in range(3)] == [200, 200, 200]
        assert time.perf_counter() - started >= 0.38
