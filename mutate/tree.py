"""A copy of the repository tree to mutate: the files git tracks (as they are in the working
tree) and a symlink to the shared .venv. The mutant is applied there, never here."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ".venv"


def tracked_files(root: Path = ROOT) -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout
    return [name for name in listed.decode().split("\0") if name]


def copy_tree(dest: Path, root: Path = ROOT, files: list[str] | None = None) -> Path:
    """Copy the tracked files of `root` into `dest` (created; it must not exist yet) and link
    its .venv. A tracked file deleted in the working tree is left out."""
    dest.mkdir(parents=True)
    for name in tracked_files(root) if files is None else files:
        source = root / name
        if not (source.is_file() or source.is_symlink()):
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
    venv = root / VENV
    if venv.exists():
        (dest / VENV).symlink_to(venv.resolve(), target_is_directory=True)
    return dest
