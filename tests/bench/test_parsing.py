"""wrk output parsing, statistics, machine detection and formatting."""

from __future__ import annotations

import pytest

from benchmarks.loadgen import display, parse_wrk, wrk_argv
from benchmarks.machine import cpu_model
from benchmarks.results import MET, NOT_MET, Stat, error_part, fmt_ms, fmt_num, ratio_verdict

WRK = """Running 3s test @ http://127.0.0.1:52473/api/ev/2/users
  1 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   742.16us  450.12us  12.34ms   95.12%
    Req/Sec    21.05k     1.23k   22.80k    80.00%
  Latency Distribution
     50%  730.00us
     75%  850.00us
     90%    1.02ms
     99%    3.13ms
  62802 requests in 3.00s, 400.12MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 17
Requests/sec:  20933.86
Transfer/sec:    133.37MB
"""


def test_parse_wrk_reads_rate_latencies_and_errors() -> None:
    result = parse_wrk(WRK)
    assert result.requests == 62802
    assert result.rps == pytest.approx(20933.86)
    assert result.p50 == pytest.approx(730e-6)
    assert result.p99 == pytest.approx(3.13e-3)
    assert (result.non_2xx, result.socket_errors) == (17, 3)
    assert not result.clean


def test_parse_wrk_clean_run_and_seconds_unit() -> None:
    text = WRK.replace("  Socket errors: connect 0, read 2, write 0, timeout 1\n", "")
    text = text.replace("  Non-2xx or 3xx responses: 17\n", "").replace("3.13ms", "1.20s")
    result = parse_wrk(text)
    assert result.clean
    assert result.p99 == pytest.approx(1.2)


def test_parse_wrk_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        parse_wrk("unable to connect to 127.0.0.1:1 Connection refused")


def test_wrk_argv_and_display_hide_secrets() -> None:
    argv = wrk_argv("wrk", "http://127.0.0.1:1/x?a=1&b=2", {"Authorization": "Basic c2VjcmV0"}, 2.6)
    assert argv[:5] == ["wrk", "-t1", "-c16", "-d3s", "--latency"]
    shown = display(argv, {"Basic c2VjcmV0": "Basic <base64 user:pw>"})
    assert (
        shown == "wrk -t1 -c16 -d3s --latency -H 'Authorization: Basic <base64 user:pw>' 'http://127.0.0.1:1/x?a=1&b=2'"
    )


def test_stat_median_min_max() -> None:
    stat = Stat.of([3.0, 1.0, 2.0, 5.0, 4.0])
    assert (stat.median, stat.min, stat.max) == (3.0, 1.0, 5.0)
    assert Stat.of([1.0, 2.0]).median == 1.5
    with pytest.raises(ValueError):
        Stat.of([])


def test_verdicts_and_formats() -> None:
    assert ratio_verdict(2.0, 2.0, at_least=True) == MET
    assert ratio_verdict(1.6, 1.5, at_least=False) == NOT_MET
    assert fmt_num(20933.86, "req/s") == "20,934 req/s"
    assert fmt_ms(0.00073) == "0.73 ms"
    assert fmt_ms(0.0291) == "29.1 ms"
    assert fmt_ms(1.8191) == "1,819 ms"
    assert error_part("a", "x", "wrk missing").rows[0].verdict == "error: wrk missing"


def test_cpu_model() -> None:
    assert cpu_model("processor\t: 0\nmodel name\t: AMD EPYC 7B13\nflags: x\n") == "AMD EPYC 7B13"
    assert cpu_model("") == "unknown CPU"
