"""Which files to read: Python sources and notebooks under the given paths.

Folders are walked with the default and configured excludes and every `.gitignore` on the way
(plus `.git/info/exclude`), matched by pathspec with git's own rules. Files named on the command
line are always read, unless --force-exclude is given (what pre-commit needs).
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from pathspec import GitIgnoreSpec

from gptmigrate.config import Settings

SUFFIXES = (".py", ".pyi", ".ipynb")


@dataclass(frozen=True)
class Discovered:
    """A path to scan, or a path that could not be used and why."""

    path: str
    problem: Optional[str] = None


class _Ignores:
    """The .gitignore rules of every folder seen so far, keyed by folder."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._specs: Dict[Path, Optional[GitIgnoreSpec]] = {}

    def _spec(self, folder: Path) -> Optional[GitIgnoreSpec]:
        if folder not in self._specs:
            lines: List[str] = []
            for name in (".gitignore", os.path.join(".git", "info", "exclude")):
                try:
                    lines += (folder / name).read_text(encoding="utf-8", errors="replace").splitlines()
                except OSError:
                    pass
            self._specs[folder] = GitIgnoreSpec.from_lines(lines) if lines else None
        return self._specs[folder]

    def ignored(self, path: Path, is_dir: bool) -> bool:
        if not self.enabled:
            return False
        for folder in path.parents:
            spec = self._spec(folder)
            if spec is not None:
                relative = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
                if spec.match_file(relative):
                    return True
            if (folder / ".git").exists():
                break
        return False


def _excluded(path: Path, patterns: Sequence[str]) -> bool:
    name = path.name
    posix = path.as_posix()
    for pattern in patterns:
        if fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(posix, pattern):
            return True
        if "/" in pattern and fnmatch.fnmatch(posix, f"*/{pattern.strip('/')}"):
            return True
    return False


def _any_part_excluded(path: Path, patterns: Sequence[str]) -> bool:
    return any(_excluded(Path(*path.parts[: i + 1]), patterns) for i in range(len(path.parts)))


def _patterns(settings: Settings) -> Tuple[str, ...]:
    return tuple(settings.exclude) + tuple(settings.extend_exclude)


def _explicit_excluded(path: Path, patterns: Sequence[str], ignores: _Ignores) -> bool:
    """Excludes match the path as given, or below the working folder when it is absolute, so a
    checkout that happens to live under a folder named `build` is not excluded as a whole."""
    shown = path
    if path.is_absolute():
        try:
            shown = path.relative_to(Path.cwd())
        except ValueError:
            shown = Path(*path.parts[1:])
    return _any_part_excluded(shown, patterns) or ignores.ignored(path.absolute(), False)


def excluded(path: str, settings: Settings) -> bool:
    """Whether excludes or .gitignore cover `path` (for --force-exclude with --stdin-filename)."""
    return _explicit_excluded(Path(path), _patterns(settings), _Ignores(settings.respect_gitignore))


def discover(paths: Sequence[str], settings: Settings) -> Iterator[Discovered]:
    """Every file to scan under `paths`, in a stable order, each at most once."""
    patterns = _patterns(settings)
    ignores = _Ignores(settings.respect_gitignore)
    seen = set()
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            yield Discovered(given, "no such file or directory")
            continue
        if not path.is_dir():  # a file, a link to one, or a FIFO/device to refuse later
            if settings.force_exclude and _explicit_excluded(path, patterns, ignores):
                continue
            key = _identity(path)
            if key not in seen:
                seen.add(key)
                yield Discovered(given)
            continue
        for found in _walk(path, patterns, ignores):
            key = _identity(found)
            if key not in seen:
                seen.add(key)
                yield Discovered(str(found))


def _identity(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def _walk(root: Path, patterns: Sequence[str], ignores: _Ignores) -> Iterator[Path]:
    visited = set()
    for folder, dirnames, filenames in os.walk(root, followlinks=True):
        here = Path(folder)
        try:
            real = os.path.realpath(folder)
        except OSError:
            continue
        if real in visited:  # a symlink loop, or a second way into the same folder
            dirnames[:] = []
            continue
        visited.add(real)
        absolute = here.absolute()
        dirnames[:] = sorted(
            d for d in dirnames
            if not _excluded(here / d, patterns) and not ignores.ignored(absolute / d, True)
        )
        for name in sorted(filenames):
            if not name.endswith(SUFFIXES):
                continue
            candidate = here / name
            if _excluded(candidate, patterns) or ignores.ignored(absolute / name, False):
                continue
            yield candidate
