"""Settings: `[tool.gptmigrate]` in pyproject.toml (or --config FILE) merged with the flags.

Validation is strict: an unknown key or a wrong type stops the run (exit 2) with a message that
names the file and the key, because a silently ignored setting is a CI gate that lies.
"""

from __future__ import annotations

import datetime as _dt
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

from gptmigrate.files import DEFAULT_MAX_FILE_SIZE
from gptmigrate.rules import matches_selector
from gptmigrate.types import Severity

DEFAULT_EXCLUDES: Tuple[str, ...] = (
    ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "build", "dist",
    "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".eggs", "*.egg-info",
    "site-packages", ".ipynb_checkpoints",
)


class ConfigError(ValueError):
    """Invalid configuration; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know besides the files themselves."""

    as_of: _dt.date = field(default_factory=_dt.date.today)
    select: Tuple[str, ...] = ("GM",)
    ignore: Tuple[str, ...] = ()
    providers: Tuple[str, ...] = ()
    targets: Mapping[str, str] = field(default_factory=dict)
    tables: Tuple[str, ...] = ()
    exclude: Tuple[str, ...] = DEFAULT_EXCLUDES
    extend_exclude: Tuple[str, ...] = ()
    per_file_ignores: Mapping[str, Tuple[str, ...]] = field(default_factory=dict)
    fail_on: Severity = Severity.INFO
    fail_within: Optional[int] = None
    respect_gitignore: bool = True
    force_exclude: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    config_path: Optional[str] = None
    root: Optional[str] = None

    def rule_enabled(self, code: str, path: Optional[str] = None) -> bool:
        """ruff's rule selection: most specific selector wins; per-file ignores last."""
        if not _selected(code, self.select, self.ignore):
            return False
        if path is not None and self.per_file_ignores:
            from pathspec import GitIgnoreSpec

            relative = _relative(path, self.root)
            for pattern, codes in self.per_file_ignores.items():
                if GitIgnoreSpec.from_lines([pattern]).match_file(relative):
                    if any(matches_selector(code, c) for c in codes):
                        return False
        return True


def _selected(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    best_select = max((len(s) for s in select if matches_selector(code, s)), default=-1)
    best_ignore = max((len(s) for s in ignore if matches_selector(code, s)), default=-1)
    return best_select >= 0 and best_select > best_ignore


def _relative(path: str, root: Optional[str]) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root or ".").resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


# key in the file -> (attribute, kind)
_KEYS: Dict[str, Tuple[str, str]] = {
    "select": ("select", "codes"),
    "ignore": ("ignore", "codes"),
    "extend-select": ("extend_select", "codes"),
    "exclude": ("exclude", "strings"),
    "extend-exclude": ("extend_exclude", "strings"),
    "per-file-ignores": ("per_file_ignores", "per-file"),
    "fail-on": ("fail_on", "severity"),
    "fail-within": ("fail_within", "days"),
    "as-of": ("as_of", "date"),
    "providers": ("providers", "strings"),
    "tables": ("tables", "paths"),
    "targets": ("targets", "targets"),
    "respect-gitignore": ("respect_gitignore", "bool"),
    "force-exclude": ("force_exclude", "bool"),
    "max-file-size": ("max_file_size", "size"),
}


def find_config(start: Path) -> Optional[Path]:
    """The nearest pyproject.toml with a [tool.gptmigrate] table, walking up from `start`.

    A pyproject.toml on the way that is not valid TOML is an error, as in ruff: it may hold the
    settings the user expects, and skipping it silently would run with others.
    """
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{candidate}: invalid TOML: {exc}") from None
            if isinstance(data.get("tool"), dict) and "gptmigrate" in data["tool"]:
                return candidate
    return None


def read_config(path: Path) -> Dict[str, Any]:
    """The gptmigrate table of a pyproject.toml (or of a plain TOML file given by --config)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml" or "tool" in data:
        section = data.get("tool", {}).get("gptmigrate", {})
        prefix = "tool.gptmigrate."
    else:
        section, prefix = data, ""
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: {prefix.rstrip('.')} must be a table")
    return {"__file__": str(path), "__prefix__": prefix, **section}


def apply_config(settings: Settings, raw: Mapping[str, Any]) -> Settings:
    """Merge one validated configuration table over `settings`."""
    path = raw["__file__"]
    prefix = raw["__prefix__"]
    changes: Dict[str, Any] = {"config_path": path, "root": str(Path(path).resolve().parent)}
    extend_select: Tuple[str, ...] = ()
    for key, value in raw.items():
        if key.startswith("__"):
            continue
        if key not in _KEYS:
            raise ConfigError(f"{path}: unknown key '{prefix}{key}'")
        attribute, kind = _KEYS[key]
        parsed = _parse(value, kind, f"{path}: key '{prefix}{key}'", Path(path).parent)
        if attribute == "extend_select":
            extend_select = parsed
        else:
            changes[attribute] = parsed
    merged = replace(settings, **changes)
    if extend_select:
        merged = replace(merged, select=tuple(merged.select) + tuple(extend_select))
    return merged


def _parse(value: Any, kind: str, where: str, base: Path) -> Any:
    if kind in ("codes", "strings", "paths"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} must be a list of strings")
        if kind == "paths":
            return tuple(str((base / v)) for v in value)
        return tuple(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false")
        return value
    if kind == "severity":
        try:
            return Severity(value)
        except ValueError:
            raise ConfigError(f"{where} must be one of error, warning, info") from None
    if kind == "days":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ConfigError(f"{where} must be a whole number of days")
        return value
    if kind == "size":
        try:
            return parse_size(value)
        except ValueError:
            raise ConfigError(f"{where} must be a size in bytes (e.g. 1048576, 512K, 2M; "
                              f"0 for no limit)") from None
    if kind == "date":
        if isinstance(value, _dt.date):
            return value
        try:
            return _dt.date.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(f"{where} must be a date (YYYY-MM-DD)") from None
    if kind == "targets":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise ConfigError(f"{where} must map API families to model names")
        return dict(value)
    if kind == "per-file":
        if not isinstance(value, dict) or not all(
            isinstance(v, list) and all(isinstance(c, str) for c in v) for v in value.values()
        ):
            raise ConfigError(f"{where} must map glob patterns to lists of rule codes")
        return {k: tuple(v) for k, v in value.items()}
    raise AssertionError(kind)  # pragma: no cover


def parse_size(value: Any) -> int:
    """A file size: a whole number of bytes, or with a K or M suffix (0 means no limit)."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        if value < 0:
            raise ValueError(value)
        return value
    text = str(value).strip().upper().removesuffix("B")
    factor = {"K": 1024, "M": 1024 * 1024}.get(text[-1:], 1)
    number = int(text[:-1] if factor > 1 else text)
    if number < 0:
        raise ValueError(value)
    return number * factor


def load_settings(
    paths: Sequence[str],
    config_file: Optional[str] = None,
    isolated: bool = False,
    overrides: Optional[Mapping[str, Any]] = None,
) -> Settings:
    """Settings for a run: defaults, then the config file, then the flags."""
    settings = Settings()
    if not isolated:
        found: Optional[Path] = Path(config_file) if config_file else None
        if found is None:
            start = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
            found = find_config(start if start.exists() else Path.cwd())
        if found is not None:
            settings = apply_config(settings, read_config(found))
    cleaned = {k: v for k, v in (overrides or {}).items() if v not in (None, (), [])}
    if "select" in cleaned and "ignore" not in cleaned:
        cleaned["ignore"] = ()  # as in ruff: a --select on the command line starts afresh
    extend: List[str] = list(cleaned.pop("extend_select", ()))
    more_excludes = tuple(cleaned.pop("extend_exclude", ()))
    settings = replace(settings, **cleaned)
    if more_excludes:
        settings = replace(settings, extend_exclude=tuple(settings.extend_exclude) + more_excludes)
    if extend:
        settings = replace(settings, select=tuple(settings.select) + tuple(extend))
    return settings
