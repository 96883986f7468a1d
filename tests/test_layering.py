"""Layering rules: ARCHITECTURE.md's table, checked on the import statements of every module.

The table is parsed from ARCHITECTURE.md, so the document and this test cannot disagree: each
row is an allowlist (stdlib, the room itself, the names listed), the rows run left to right
and a room may name only rooms above it, and private client modules stay inside their client.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import specmodel

ROOT = Path(__file__).resolve().parents[1]
TABLE = re.compile(r"<!-- layering:begin -->(.*?)<!-- layering:end -->", re.S)
CLIENTS = "clients"
EXEMPT_DIRS = {"tests", "spec", "generated", "requirements", "mk", "dist", "reports", "node_modules"}


@dataclass(frozen=True)
class Room:
    name: str
    path: str
    allowed: tuple[str, ...]

    def directories(self) -> list[Path]:
        if self.path == "generated/<api>-client/<package>/":
            return [ROOT / "generated" / api.client.distribution / api.client.package for api in specmodel.apis()]
        return [ROOT / self.path.rstrip("/")]

    @property
    def top(self) -> str:
        return self.path.split("/")[0]


def rooms() -> list[Room]:
    match = TABLE.search((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    assert match, "ARCHITECTURE.md has no layering table"
    found = []
    for line in match.group(1).strip().splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        found.append(Room(cells[0], cells[1].strip("`"), tuple(re.findall(r"`([^`]+)`", cells[2]))))
    return found


def client_packages() -> set[str]:
    return {api.client.package for api in specmodel.apis()}


def _imports(path: Path) -> set[str]:
    """Every absolute import of a module, as the full dotted name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def _own_names(room: Room, directory: Path) -> set[str]:
    return {directory.name, room.top}


def violations(room: Room) -> list[str]:
    allowed = set(room.allowed)
    if CLIENTS in allowed:
        allowed |= client_packages()
    problems = []
    for directory in room.directories():
        for path in sorted(directory.rglob("*.py")):
            for name in sorted(_imports(path)):
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "__future__" or top in _own_names(room, directory):
                    continue
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                if top not in allowed:
                    problems.append(f"{where} imports {name} ({room.name} may import: {', '.join(room.allowed)})")
                elif (
                    top in client_packages()
                    and any(part.startswith("_") for part in name.split(".")[1:])
                    and not any(name == named or name.startswith(named + ".") for named in room.allowed)
                ):
                    problems.append(f"{where} imports the private client module {name}")
    return problems


ROOMS = rooms()


@pytest.mark.parametrize("room", ROOMS, ids=[r.name for r in ROOMS])
def test_room_imports_only_its_allowlist(room: Room) -> None:
    dirs = room.directories()
    assert all(d.is_dir() for d in dirs) and any(d.rglob("*.py") for d in dirs), f"{room.path} has no modules"
    problems = violations(room)
    assert not problems, "\n".join(problems)


def test_rooms_name_only_rooms_to_their_left() -> None:
    order = {room.top if room.top != "generated" else CLIENTS: index for index, room in enumerate(ROOMS)}
    order[CLIENTS] = next(i for i, r in enumerate(ROOMS) if r.name == "clients")
    backwards = [
        f"{room.name} names {name}, which is not to its left"
        for index, room in enumerate(ROOMS)
        for name in room.allowed
        if name in order and order[name] >= index
    ]
    assert not backwards, "\n".join(backwards)


def test_every_top_level_package_has_a_row() -> None:
    tops = {room.top for room in ROOMS}
    packages = {
        p.parent.name
        for p in ROOT.glob("*/__init__.py")
        if p.parent.name not in EXEMPT_DIRS and not p.parent.name.startswith(".")
    }
    assert packages - tops == set(), "add a row to ARCHITECTURE.md's layering table"


def test_the_allowlist_bites(tmp_path: Path) -> None:
    """A forbidden import and a private client module are reported: the check can fail."""
    package = sorted(client_packages())[0]
    module = tmp_path / "m.py"
    module.write_text(f"import mockserver\nimport {package}\nimport json\n")

    class Scratch(Room):
        def directories(self) -> list[Path]:
            return [tmp_path]

    spec_model = next(r for r in ROOMS if r.name == "spec model")
    found = violations(Scratch("x", "x/", spec_model.allowed))
    assert sorted(line.split(" imports ")[1].split()[0] for line in found) == sorted(["mockserver", package])
    module.write_text(f"from {package}._core import x\nfrom {package} import y\n")
    bench = next(r for r in ROOMS if r.name == "benchmarks")
    assert violations(Scratch("x", "x/", bench.allowed)) == [
        f"{module} imports the private client module {package}._core"
    ]
