"""Reading and writing source files without changing a byte that a fix did not mean to change.

Text is decoded as Python would (PEP 263 cookie, BOM) with newlines untouched, encoded back the
same way, and written atomically: a temporary file in the same folder, fsync, rename.
"""

from __future__ import annotations

import codecs
import io
import os
import tempfile
import tokenize
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bool


def decode(data: bytes) -> Decoded:
    """Bytes to text as Python would read them (PEP 263 cookie, BOM), newlines untouched."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    bom = data.startswith(codecs.BOM_UTF8)
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    body = data[len(codecs.BOM_UTF8):] if bom else data
    return Decoded(body.decode(encoding), encoding, bom)


def encode(decoded: Decoded, text: str) -> bytes:
    data = text.encode(decoded.encoding)
    return codecs.BOM_UTF8 + data if decoded.bom else data


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Replace `path` with `data` via a temporary file in the same folder and a rename.

    The file is re-read first: if it changed since it was scanned, it is not overwritten.
    """
    current = path.read_bytes()
    if current != expected:
        raise OSError(f"{path} changed on disk while it was being fixed; not overwritten")
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.",
                                         suffix=".gptmigrate.tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
