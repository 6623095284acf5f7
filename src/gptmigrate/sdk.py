"""Which openai-python a project runs: decides whether a rewrite emits v0 or v1 calls.

The answer comes from the project's own files, found by walking up from the scanned file:
lock files first (they name the installed version), then requirement files (pyproject.toml,
requirements*.txt, setup.cfg, setup.py, Pipfile). A requirement that admits no version >= 1
(`openai==0.27.8`, `openai<1`, `~=0.28`, poetry's `^0.27`) means v0; anything else, or no
requirement at all, means v1, the only SDK still maintained. Files are read as text with
patterns, not parsed: only `table` and `config` parse TOML, and a broken file must not stop a
scan.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from gptmigrate.types import Finding, FixSafety

LOCK_FILES = ("poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock")
REQUIREMENT_GLOBS = ("pyproject.toml", "requirements*.txt", "requirements*.in", "setup.cfg",
                     "setup.py", "Pipfile")
# A directory holding one of these is a project root: the walk stops there.
ROOT_MARKERS = (".git", ".hg", "pyproject.toml", "setup.cfg", "setup.py")

# `openai` as a requirement name (not `openai-whisper`, not `langchain-openai`), then specifiers.
_REQUIREMENT = re.compile(
    r"""(?:^|["'\s,\[])openai(?:\[[^\]]*\])?\s*(?P<spec>(?:[<>=!~^]=?\s*[\w.*]+\s*,?\s*)+)""",
    re.IGNORECASE | re.MULTILINE,
)
# poetry / Pipfile tables: openai = "^0.27" or openai = {version = "==0.28.1", ...}
_TABLE_ENTRY = re.compile(
    r"""^\s*["']?openai["']?\s*=\s*(?:\{[^}\n]*version\s*=\s*)?["'](?P<spec>[^"']+)["']""",
    re.IGNORECASE | re.MULTILINE,
)
_LOCKED_TOML = re.compile(
    r"""^name\s*=\s*["']openai["']\s*\n(?:[^\[\n][^\n]*\n)*?"""
    r"""version\s*=\s*["'](?P<version>[\w.]+)["']""",
    re.MULTILINE,
)
_LOCKED_PIPFILE = re.compile(
    r'''"openai"\s*:\s*\{[^}]*?"version"\s*:\s*"==(?P<version>[\w.]+)"''', re.DOTALL)
_CLAUSE = re.compile(r"(?P<op>===|==|~=|!=|<=|>=|<|>|\^|~)?\s*(?P<version>[\w.*]+)")


@dataclass(frozen=True)
class SdkChoice:
    """The openai-python generation to write code for, and why; `held_back`: other SDKs the
    project pins below what a rewrite writes for them ((package, why), `MINIMUMS`)."""

    major: int  # 0 or 1
    reason: str
    held_back: Tuple[Tuple[str, str], ...] = ()
    # (package, what the project requires of it, the file that says so) for `PINNED_PACKAGES`:
    # a lock file's "==version" or the requirement files' specifiers
    pins: Tuple[Tuple[str, str, str], ...] = ()

    def held_below(self, package: str, release: str) -> Optional[str]:
        """Why the project cannot have `release` (or later) of `package`, or None: a package
        it does not pin is taken at its current release, as openai is (`DEFAULT`)."""
        minimum = _version(release) or ()
        for name, spec, where in self.pins:
            if name == package and any(below(part, minimum) for part in spec.split(";")):
                return f"{where} requires {package}{spec.split(';')[0]}"
        return None

    @property
    def v0(self) -> bool:
        return self.major == 0

    @property
    def label(self) -> str:
        return "openai<1 (v0 module API)" if self.v0 else "openai>=1 (client API)"


DEFAULT = SdkChoice(1, "no openai requirement found; assuming openai>=1")


def _major(version: str) -> Optional[int]:
    head = version.split(".")[0]
    return int(head) if head.isdigit() else None


def admits_v1(spec: str) -> bool:
    """Whether a specifier set (`==0.27.8`, `>=0.27,<1`, `^0.28`, `*`) allows any version >= 1."""
    for clause in (part.strip() for part in spec.split(",")):
        match = _CLAUSE.fullmatch(clause)
        if not match:
            continue
        op, version = match.group("op") or "==", match.group("version")
        if version == "*":
            continue
        major = _major(version)
        if major is None:
            continue
        if op in ("==", "===") and not version.endswith("*") and major < 1:
            return False
        if op in ("==", "===") and version.endswith("*") and major < 1:
            return False
        if op in ("<", "<=") and (major < 1 or (op == "<" and version in ("1", "1.0", "1.0.0"))):
            return False
        if op in ("~=", "^", "~") and major < 1:
            return False
    return True


def _requirement_specs(text: str) -> List[str]:
    specs = [m.group("spec").strip().rstrip(",") for m in _REQUIREMENT.finditer(text)]
    specs += [m.group("spec").strip() for m in _TABLE_ENTRY.finditer(text)]
    return specs


def _locked_version(name: str, text: str) -> Optional[str]:
    pattern = _LOCKED_PIPFILE if name == "Pipfile.lock" else _LOCKED_TOML
    match = pattern.search(text)
    return match.group("version") if match else None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _candidates(directory: Path, globs: Iterable[str]) -> List[Path]:
    """The files of `directory` matching each glob in turn (each glob's in name order)."""
    names = _file_names(directory)
    return [directory / name for pattern in globs
            for name in fnmatch.filter(names, pattern)]


@functools.lru_cache(maxsize=1024)
def _file_names(directory: Path) -> List[str]:
    """The sorted names of the files in `directory`, listed once per run (every scanned file's
    folder and its parents are asked for manifests)."""
    try:
        with os.scandir(directory) as entries:
            return sorted(entry.name for entry in entries if entry.is_file())
    except OSError:
        return []


def choice_in(directory: Path) -> Optional[SdkChoice]:
    """The choice that the files of one directory make, or None if they say nothing."""
    for lock in _candidates(directory, LOCK_FILES):
        version = _locked_version(lock.name, _read(lock))
        if version and _major(version) is not None:
            major = 0 if (_major(version) or 0) < 1 else 1
            return SdkChoice(major, f"{lock.name} locks openai {version}")
    for requirement in _candidates(directory, REQUIREMENT_GLOBS):
        specs = _requirement_specs(_read(requirement))
        if not specs:
            continue
        pinned = [spec for spec in specs if not admits_v1(spec)]
        if pinned:
            return SdkChoice(0, f"{requirement.name} requires openai{pinned[0]}")
        return SdkChoice(1, f"{requirement.name} requires openai{specs[0]}")
    return None


@functools.lru_cache(maxsize=1024)
def _choice_for_directory(directory: Path) -> Tuple[SdkChoice, Optional[Path]]:
    here = choice_in(directory)
    if here is not None:
        return here, directory
    at_root = any((directory / marker).exists() for marker in ROOT_MARKERS)
    if at_root or directory.parent == directory:
        return DEFAULT, None
    return _choice_for_directory(directory.parent)


def sdk_for(path: str) -> SdkChoice:
    """The SDK generation for the file at `path` (a name like "<string>" gets the default)."""
    if not path or path.startswith("<"):
        return DEFAULT
    try:
        directory = Path(path).resolve().parent
    except (OSError, RuntimeError):
        return DEFAULT
    choice = _choice_for_directory(directory)[0]
    held = tuple((package, why) for package in MINIMUMS
                 for why in [_held_back_in(directory, package)] if why is not None)
    pins = tuple((package, *found) for package in PINNED_PACKAGES
                 for found in [_pins_in(directory, package)] if found is not None)
    return SdkChoice(choice.major, choice.reason, held, pins) if held or pins else choice


def hold_unmet(findings: Sequence[Finding], choice: SdkChoice) -> List[Finding]:
    """The findings, with every fix whose new code needs a release the project pins below
    (`Fix.requires`) turned into a manual finding that says what to require."""
    out: List[Finding] = []
    for finding in findings:
        requires = finding.fix.requires if finding.fix is not None else ()
        held = next(((package, release, why) for package, release in requires
                     for why in [choice.held_below(package, release)] if why), None)
        if held is None:
            out.append(finding)
            continue
        package, release, why = held
        needed = "; ".join(f"{p}>={r}" for p, r in requires)
        out.append(replace(finding, fix=None, fix_safety=FixSafety.MANUAL, message=(
            f"{finding.message}. Not fixed: the new code needs {package} {release} or later, "
            f"and {why}: require {needed}, then run --fix again")))
    return out


def pinned_below(path: str, package: str, release: str) -> Optional[str]:
    """Why the project of `path` cannot have `release` (or later) of `package` (`SdkChoice.
    held_below` for a package the choice does not carry), or None."""
    try:
        directory = Path(path).resolve().parent
    except (OSError, RuntimeError):
        return None
    found = _pins_in(directory, package)
    return SdkChoice(1, "", pins=((package, *found),)).held_below(package, release) \
        if found is not None else None


def clear_cache() -> None:
    """Forget what was read (tests that write requirement files between scans)."""
    _choice_for_directory.cache_clear()
    _held_back_in.cache_clear()
    _pins_in.cache_clear()
    _file_names.cache_clear()


# The oldest release of another SDK that has what its rewrite writes: anthropic 0.16.0 is the
# first with client.messages (0.15.0 had only client.beta.messages; the PyPI wheels).
MINIMUMS: Dict[str, Tuple[int, ...]] = {"anthropic": (0, 16)}
# Packages whose pins decide whether a fix applies (`Fix.requires`).
PINNED_PACKAGES = ("llama-index-llms-openai", "llama-index")


def _version(text: str) -> Optional[Tuple[int, ...]]:
    parts = []
    for part in text.split("."):
        if not part.isdigit():
            break
        parts.append(int(part))
    return tuple(parts) or None


def below(spec: str, minimum: Tuple[int, ...]) -> bool:
    """Whether a specifier set admits no version >= `minimum` (`==0.7.0`, `<0.16`, `^0.7`)."""
    for clause in (part.strip() for part in spec.split(",")):
        match = _CLAUSE.fullmatch(clause)
        if not match or match.group("version") == "*":
            continue
        op, version = match.group("op") or "==", _version(match.group("version"))
        if version is None:
            continue
        if op in ("==", "===") and not match.group("version").endswith("*") \
                and version < minimum:
            return True
        if op == "<" and version <= minimum or op == "<=" and version < minimum:
            return True
        if op == "^" and (version[:1] if version[0] else version[:2]) < minimum[:2]:
            return True
        if op == "~=" and len(version) > 1 and version[:-1] < minimum[:len(version) - 1]:
            return True  # ~=0.7.0 is <0.8
    return False


@functools.lru_cache(maxsize=None)
def _patterns(package: str) -> Tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """`package` as a requirement with specifiers, and as a lock file's entry."""
    name = re.escape(package)
    requirement = re.compile(
        rf"""(?:^|["'\s,\[]){name}(?:\[[^\]]*\])?\s*(?P<spec>(?:[<>=!~^]=?\s*[\w.*]+\s*,?\s*)+)""",
        re.IGNORECASE | re.MULTILINE)
    locked = re.compile(rf"""^name\s*=\s*["']{name}["']\s*\n(?:[^\[\n][^\n]*\n)*?"""
                        rf"""version\s*=\s*["'](?P<version>[\w.]+)["']""", re.MULTILINE)
    return requirement, locked


@functools.lru_cache(maxsize=1024)
def _held_back_in(directory: Path, package: str) -> Optional[str]:
    requirement, locked = _patterns(package)
    minimum = MINIMUMS[package]
    for lock in _candidates(directory, LOCK_FILES):
        found = locked.search(_read(lock))
        if found:
            version = _version(found.group("version"))
            return (f"{lock.name} locks {package} {found.group('version')}"
                    if version is not None and version < minimum else None)
    for file in _candidates(directory, REQUIREMENT_GLOBS):
        specs = [m.group("spec").strip().rstrip(",") for m in requirement.finditer(_read(file))]
        if specs:
            pinned = [spec for spec in specs if below(spec, minimum)]
            return f"{file.name} requires {package}{pinned[0]}" if pinned else None
    at_root = any((directory / marker).exists() for marker in ROOT_MARKERS)
    if at_root or directory.parent == directory:
        return None
    return _held_back_in(directory.parent, package)


@functools.lru_cache(maxsize=1024)
def _pins_in(directory: Path, package: str) -> Optional[Tuple[str, str]]:
    """(what the project requires of `package`, the file): a lock file's "==version", else
    every specifier its requirement files give ("; "-joined), walking up to the project root."""
    requirement, locked = _patterns(package)
    for lock in _candidates(directory, LOCK_FILES):
        found = locked.search(_read(lock))
        if found:
            return f"=={found.group('version')}", lock.name
    for file in _candidates(directory, REQUIREMENT_GLOBS):
        specs = [m.group("spec").strip().rstrip(",") for m in requirement.finditer(_read(file))]
        if specs:
            return ";".join(specs), file.name
    at_root = any((directory / marker).exists() for marker in ROOT_MARKERS)
    if at_root or directory.parent == directory:
        return None
    return _pins_in(directory.parent, package)


__all__ = ["DEFAULT", "MINIMUMS", "PINNED_PACKAGES", "SdkChoice", "admits_v1", "below",
           "choice_in", "clear_cache", "hold_unmet", "pinned_below", "sdk_for"]
