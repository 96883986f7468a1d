"""The machine a run happened on: architecture, CPU model, cores, load."""

from __future__ import annotations

import os
import platform
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


def cpu_model(cpuinfo: str) -> str:
    """The first `model name` of /proc/cpuinfo text ("unknown CPU" if absent)."""
    for line in cpuinfo.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() == "model name":
            return value.strip()
    return "unknown CPU"


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return -1.0


@dataclass(frozen=True)
class Machine:
    arch: str
    cpu: str
    cores: int
    python: str

    @classmethod
    def detect(cls) -> Machine:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            cpuinfo = ""
        return cls(platform.machine(), cpu_model(cpuinfo), os.cpu_count() or 0, sys.version.split()[0])

    @property
    def short(self) -> str:
        """The table's machine cell: `uname -m`, CPU model, nproc."""
        return f"{self.arch}, {self.cpu}, {self.cores} cores"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
