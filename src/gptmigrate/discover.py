"""Which files to read: Python sources, notebooks, configuration files (.env, YAML, JSON, TOML,
INI) and JavaScript/TypeScript under the given paths (`formats.wanted`).

Folders are walked with the default and configured excludes and every `.gitignore` on the way
(plus `.git/info/exclude`), matched by pathspec with git's own rules. Files named on the command
line are always read, unless --force-exclude is given (what pre-commit needs).
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Sequence, Tuple

from gptmigrate.config import Settings
from gptmigrate.formats import wanted

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

SUFFIXES = (".py", ".pyi", ".ipynb")


@dataclass(frozen=True)
class Discovered:
    """A path to scan, or a path that could not be used and why."""

    path: str
    problem: Optional[str] = None


class _Rules:
    """One folder's ignore rules. Without a negation (`!pattern`) a path is ignored as soon as
    any rule matches it, so the rules are tried as one compiled alternation instead of one
    expression each (a 70-line .gitignore costs ~30 us per path through pathspec); with one,
    pathspec's own last-match-wins logic decides."""

    def __init__(self, spec: GitIgnoreSpec) -> None:
        self.spec = spec
        self._union: Optional["re.Pattern[str]"] = None
        rules = [p for p in spec.patterns if p.include is not None]
        plain = re.compile("").flags
        # Anchored expressions match alike whether pathspec calls `match` or `search`.
        if rules and all(p.include and isinstance(p.regex, re.Pattern)
                         and isinstance(p.regex.pattern, str) and p.regex.pattern.startswith("^")
                         and p.regex.flags == plain for p in rules):
            # `P(?:X|Y)` matches what `PX|PY` does: the rules that match a name in any folder
            # share their prefix, which `re` then tries once instead of once per rule.
            anywhere, other = [], []
            for rule in rules:
                text = _GROUP_NAME.sub("(?:", rule.regex.pattern)
                if text.startswith(_ANY_FOLDER):
                    anywhere.append(f"(?:{text[len(_ANY_FOLDER):]})")
                else:
                    other.append(f"(?:{text})")
            if anywhere:
                other.append(_ANY_FOLDER + "(?:" + "|".join(anywhere) + ")")
            try:
                self._union = re.compile("|".join(other))
            except re.error:
                self._union = None

    def ignores(self, path: str) -> bool:
        """`path`: relative to the rules' folder, `/`-separated, a trailing `/` for a folder."""
        if self._union is not None:
            return self._union.search(path) is not None
        return self.spec.match_file(path)


_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")
_ANY_FOLDER = "^(?:.+/)?"


class _Ignores:
    """The .gitignore rules of every folder seen so far, keyed by folder."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._specs: Dict[str, Optional[_Rules]] = {}

    def spec(self, folder: str) -> Optional[_Rules]:
        """The rules of `folder`'s .gitignore and .git/info/exclude, read once."""
        if folder not in self._specs:
            lines: List[str] = []
            for name in (".gitignore", os.path.join(".git", "info", "exclude")):
                try:
                    with open(os.path.join(folder, name), encoding="utf-8",
                              errors="replace") as handle:
                        lines += handle.read().splitlines()
                except OSError:
                    pass
            self._specs[folder] = _Rules(_gitignore_spec(lines)) if lines else None
        return self._specs[folder]

    def chain(self, folder: Path) -> "_Chain":
        """The rules that apply below `folder`: its own and its parents' up to the repository
        root (the innermost folder with a `.git`), each with the path from there to `folder`."""
        if not self.enabled:
            return ()
        rules: List[Tuple[_Rules, str]] = []
        for above in (folder, *folder.parents):
            spec = self.spec(str(above))
            if spec is not None:
                rules.append((spec, _relative_prefix(folder, above)))
            if (above / ".git").exists():
                break
        return tuple(rules)

    def ignored(self, path: Path, is_dir: bool) -> bool:
        return _chain_ignores(self.chain(path.parent), path.name, is_dir)


def _gitignore_spec(lines: List[str]) -> "GitIgnoreSpec":
    """pathspec's git rules; imported on the first .gitignore (~15 ms a run without one saves)."""
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(lines)


# The .gitignore rules in force in a folder: (rules, path from the rules' folder to this one).
_Chain = Tuple[Tuple[_Rules, str], ...]


def _relative_prefix(folder: Path, above: Path) -> str:
    relative = folder.relative_to(above).as_posix()
    return "" if relative == "." else relative + "/"


def _chain_ignores(chain: _Chain, name: str, is_dir: bool) -> bool:
    tail = name + "/" if is_dir else name
    return any(rules.ignores(prefix + tail) for rules, prefix in chain)


class _Excludes:
    """The exclude patterns as two compiled expressions, matched against a path and its name
    exactly as `fnmatch` would match each pattern in turn (a pattern with a `/` also matches the
    end of the path)."""

    def __init__(self, patterns: Sequence[str]) -> None:
        def union(globs: Sequence[str]) -> Optional["re.Pattern[str]"]:
            if not globs:
                return None
            return re.compile("|".join(f"(?:{fnmatch.translate(os.path.normcase(g))})"
                                       for g in globs))

        self._whole = union(patterns)
        self._tail = union([f"*/{p.strip('/')}" for p in patterns if "/" in p])

    def __call__(self, name: str, posix: str) -> bool:
        if self._whole is None:
            return False
        name, posix = os.path.normcase(name), os.path.normcase(posix)
        return bool(self._whole.match(name) or self._whole.match(posix)
                    or (self._tail is not None and self._tail.match(posix)))


def _any_part_excluded(path: Path, excludes: _Excludes) -> bool:
    parts = path.parts
    return any(excludes(parts[i], Path(*parts[: i + 1]).as_posix()) for i in range(len(parts)))


def _patterns(settings: Settings) -> Tuple[str, ...]:
    return tuple(settings.exclude) + tuple(settings.extend_exclude)


def _explicit_excluded(path: Path, excludes: _Excludes, ignores: _Ignores) -> bool:
    """Excludes match the path as given, or below the working folder when it is absolute, so a
    checkout that happens to live under a folder named `build` is not excluded as a whole."""
    shown = path
    if path.is_absolute():
        try:
            shown = path.relative_to(Path.cwd())
        except ValueError:
            shown = Path(*path.parts[1:])
    return _any_part_excluded(shown, excludes) or ignores.ignored(path.absolute(), False)


def readable(name: str) -> bool:
    """Whether a file of this name is one scan reads (Python, notebooks, the other formats)."""
    return name.endswith(SUFFIXES) or wanted(name)


def excluded(path: str, settings: Settings) -> bool:
    """Whether excludes or .gitignore cover `path` (for --force-exclude with --stdin-filename)."""
    return _explicit_excluded(Path(path), _Excludes(_patterns(settings)),
                              _Ignores(settings.respect_gitignore))


def discover(paths: Sequence[str], settings: Settings) -> Iterator[Discovered]:
    """Every file to scan under `paths`, in a stable order, each at most once."""
    excludes = _Excludes(_patterns(settings))
    ignores = _Ignores(settings.respect_gitignore)
    seen = set()
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            yield Discovered(given, "no such file or directory")
            continue
        if not path.is_dir():  # a file, a link to one, or a FIFO/device to refuse later
            if settings.force_exclude and _explicit_excluded(path, excludes, ignores):
                continue
            key = _identity(path)
            if key not in seen:
                seen.add(key)
                yield Discovered(given)
            continue
        for found, key in _walk(path, excludes, ignores):
            if key not in seen:
                seen.add(key)
                yield Discovered(found)


def _identity(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def _walk(root: Path, excludes: _Excludes, ignores: _Ignores) -> Iterator[Tuple[str, str]]:
    """(path, real path) of every file to scan under `root`, in the order of a top-down
    `os.walk` that follows links: a folder's files sorted by name, then each subfolder in turn.

    One `scandir` per folder; excluded and ignored folders are never entered; a folder reached
    twice (a symlink loop, or a second way in) is walked once. A real path is computed only for
    symlinks: below a folder whose real path is known, a plain entry's is that plus its name.
    """
    top = str(root)
    try:
        real_top = os.path.realpath(top)
    except OSError:
        return
    absolute = root.absolute()
    above: _Chain = ()
    if ignores.enabled and absolute.parent != absolute:
        above = tuple((spec, prefix + absolute.name + "/")
                      for spec, prefix in ignores.chain(absolute.parent))
    # (path, real path, absolute path, rules of the folder above with the path from them)
    stack: List[Tuple[str, str, str, _Chain]] = [(top, real_top, str(absolute), above)]
    visited = set()
    while stack:
        folder, real, folder_abs, inherited = stack.pop()
        if real in visited:
            continue
        visited.add(real)
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue
        names = {entry.name for entry in entries}
        chain: _Chain = ()
        if ignores.enabled:
            has_git = ".git" in names and os.path.exists(os.path.join(folder, ".git"))
            spec = ignores.spec(folder_abs) if ".gitignore" in names or has_git else None
            chain = ((spec, ""),) if spec is not None else ()
            if not has_git:
                chain += inherited
        prefix = "" if top == "." and folder == top else folder + ("" if folder.endswith(os.sep)
                                                                   else os.sep)
        files: List[Tuple[str, str]] = []
        folders: List[Tuple[str, str, str, _Chain]] = []
        for entry in sorted(entries, key=lambda e: e.name):
            name = entry.name
            path = prefix + name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir and not readable(name):
                continue
            posix = path if os.sep == "/" else path.replace(os.sep, "/")
            if excludes(name, posix) or (chain and _chain_ignores(chain, name, is_dir)):
                continue
            try:
                linked = entry.is_symlink()
            except OSError:
                linked = True
            entry_real = os.path.realpath(path) if linked else os.path.join(real, name)
            if is_dir:
                folders.append((path, entry_real, os.path.join(folder_abs, name),
                                tuple((spec, below + name + "/") for spec, below in chain)))
            else:
                files.append((path, entry_real))
        yield from files
        stack.extend(reversed(folders))
