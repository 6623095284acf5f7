"""An on-disk cache of scan results, so an unchanged file is not parsed twice.

An entry is keyed by the file's bytes, its path (per-file ignores) and the openai-python
version its project requires (which rewrites depend on), under a fingerprint of everything else a result depends on: gptmigrate's version and source,
the tables' contents, the settings (day, rules, providers, targets ...). Change any of those
and the old entries are simply never looked up again; fingerprint folders unused for a week are
deleted. Only CHECK results without errors are cached, and only when the entry reads back
equal to the fresh result, so a cached result is always the one a fresh parse would give.

Entries are JSON, never pickle: a cache folder is not trusted to run code.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, Optional

from gptmigrate import __version__
from gptmigrate import types as _types
from gptmigrate.config import Settings
from gptmigrate.types import FileResult

CACHE_FORMAT = 1
CACHE_DIR_NAME = ".gptmigrate_cache"
CACHE_DIR_ENV = "GPTMIGRATE_CACHE_DIR"
STALE_AFTER_SECONDS = 7 * 24 * 3600


def default_cache_dir(settings: Settings) -> Path:
    """$GPTMIGRATE_CACHE_DIR, else .gptmigrate_cache/ next to the configuration (or in the cwd)."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured:
        return Path(configured)
    return Path(settings.root or ".") / CACHE_DIR_NAME


def fingerprint(settings: Settings) -> str:
    """A digest of everything besides a file's bytes that its findings depend on."""
    from gptmigrate.table import shipped_table_text

    digest = hashlib.sha256()
    digest.update(f"format {CACHE_FORMAT} version {__version__}\n".encode())
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):  # migrations/ too
        digest.update(str(source.relative_to(package)).encode() + b"\0" + source.read_bytes()
                      + b"\0")
    digest.update(shipped_table_text()[0].encode())
    for table in settings.tables:
        try:
            digest.update(Path(table).read_bytes())
        except OSError:
            digest.update(b"unreadable " + table.encode())
    digest.update(repr(settings).encode())
    return digest.hexdigest()


class ResultCache:
    """Scan results by file content, under one fingerprint folder of the cache directory."""

    def __init__(self, directory: Path, settings: Settings) -> None:
        self.root = Path(directory)
        self.settings = settings
        self.folder = self.root / fingerprint(settings)[:32]
        self.hits = 0
        self.stores = 0
        self._ready = False

    def _key(self, path: str, data: bytes) -> str:
        """The bytes, the path (per-file ignores) and the project's openai-python (rewrites)."""
        from gptmigrate.sdk import sdk_for

        digest = hashlib.blake2b(data, digest_size=20)
        digest.update(b"\0path\0" + os.path.abspath(path).encode())
        digest.update(b"\0sdk\0" + repr(sdk_for(path)).encode())
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, path: str, data: bytes) -> Optional[FileResult]:
        """The cached result of `data` read from `path`, or None (a broken entry is a miss)."""
        try:
            raw = json.loads(self._entry(self._key(path, data)).read_text(encoding="utf-8"))
            result = _rebuild(path, data, raw)
        except (OSError, ValueError, TypeError, KeyError, AttributeError, UnicodeError,
                LookupError, SyntaxError):
            return None
        self.hits += 1
        return result

    def put(self, path: str, data: bytes, result: FileResult) -> None:
        """Remember `result` unless it has errors or would not read back identical."""
        if result.errors or result.fixed is not None or result.fixes_applied:
            return
        raw = {"findings": _encode(result.findings), "notes": _encode(result.notes)}
        try:
            text = json.dumps(raw, separators=(",", ":"))
            if _rebuild(path, data, json.loads(text)) != result:
                return
            self._prepare()
            entry = self._entry(self._key(path, data))
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=str(entry.parent), suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, entry)
            self.stores += 1
        except (OSError, ValueError, TypeError, UnicodeError, LookupError, SyntaxError):
            return  # a cache that cannot be written only costs time

    def _prepare(self) -> None:
        """Create the folder (tagged, ignored by git) and drop fingerprints unused for a week."""
        if self._ready:
            return
        self._ready = True
        fresh = not self.root.exists()
        self.folder.mkdir(parents=True, exist_ok=True)
        os.utime(self.folder)
        if fresh:
            (self.root / ".gitignore").write_text("# Created by gptmigrate.\n*\n", encoding="utf-8")
            (self.root / "CACHEDIR.TAG").write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by gptmigrate.\n", encoding="utf-8")
        now = time.time()
        for other in self.root.iterdir():
            if other.is_dir() and other != self.folder:
                try:
                    if now - other.stat().st_mtime > STALE_AFTER_SECONDS:
                        shutil.rmtree(other, ignore_errors=True)
                except OSError:
                    pass


def _rebuild(path: str, data: bytes, raw: Dict[str, Any]) -> FileResult:
    from gptmigrate.files import decode

    return FileResult(path=path, findings=_decode(raw["findings"]), notes=_decode(raw["notes"]),
                      original=decode(data).text)


def _encode(value: Any) -> Any:
    """Findings to JSON-ready data, tagging dataclasses and enums of `gptmigrate.types`."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"@type": type(value).__name__, **fields}
    if isinstance(value, enum.Enum):
        return {"@enum": type(value).__name__, "value": value.value}
    if isinstance(value, (list, tuple)):
        return [_encode(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    if isinstance(value, dict):
        if "@enum" in value:
            cls = getattr(_types, value["@enum"])
            if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
                raise TypeError(value["@enum"])
            return cls(value["value"])
        cls = getattr(_types, value["@type"])
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            raise TypeError(value["@type"])
        return cls(**{k: _decode(v) for k, v in value.items() if k != "@type"})
    return value


__all__ = ["CACHE_DIR_ENV", "CACHE_DIR_NAME", "ResultCache", "default_cache_dir", "fingerprint"]
