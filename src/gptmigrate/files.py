"""Reading and writing source files without changing a byte that a fix did not mean to change.

Text is decoded as Python would (PEP 263 cookie, BOM) with newlines untouched, encoded back the
same way, and written atomically: a temporary file in the same folder, fsync, rename. Anything
that makes a file unsafe to read or write raises `SourceError` with a one-line message, so the
engine can report it and go on with the next file.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, Optional, Sequence, Union

# Generated modules of several MB are ordinary (API clients, data tables, protobuf); 10 MiB is
# the worst case measured in benchmarks/bench_large_file.py at ~1-1.5 min and ~1.4 GiB.
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
TEMP_SUFFIX = ".gptmigrate.tmp"
_CHUNK = 1024 * 1024


class SourceError(Exception):
    """A file that cannot be read or written safely; str() is one line for the user."""


class TooLarge(SourceError):
    """A file over the size limit: not parsed (parse time grows with size), maybe reported."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"skipped: {size} bytes is over the size limit of {limit} bytes "
            f"(raise it with --max-file-size or exclude the file)"
        )
        self.size = size
        self.limit = limit


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bool


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def read_source(path: Union[str, Path], max_size: Optional[int]) -> bytes:
    """The bytes of a regular file, refusing folders, FIFOs and devices and files over `max_size`.

    A FIFO named `x.py` would block a plain read forever, so the kind of file is checked first.
    The read asks for the size the stat gave (plus one byte, to see growth): a buffered
    `read(max_size + 1)` would allocate the whole limit for every file, four times slower.
    """
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise SourceError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise SourceError("not a regular file (a FIFO, socket or device); skipped")
    if max_size and info.st_size > max_size:
        raise TooLarge(info.st_size, max_size)
    left = max_size + 1 if max_size else None  # bytes still allowed (one over the limit)
    parts: List[bytes] = []
    descriptor = os.open(path, _READ_FLAGS)
    try:
        wanted = info.st_size + 1
        while left is None or left > 0:
            chunk = os.read(descriptor, wanted if left is None else min(wanted, left))
            if not chunk:
                break
            parts.append(chunk)
            if len(parts) == 1 and len(chunk) == info.st_size:
                break  # all the stat promised and not a byte more: no read just to see EOF
            if left is not None:
                left -= len(chunk)
            wanted = _CHUNK  # the file grew after the stat, or the system read less
    finally:
        os.close(descriptor)
    data = parts[0] if len(parts) == 1 else b"".join(parts)
    if max_size and len(data) > max_size:  # grew after the stat
        raise TooLarge(len(data), max_size)
    return data


def contains(path: Path, accepts: Callable[[bytes], bool], overlap: int = 4096) -> bool:
    """Whether `accepts` (the prefilter) takes some chunk of the file; read in chunks so a huge
    file never sits in memory, overlapping so a name across a chunk boundary is still seen."""
    tail = b""
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                return False
            if accepts(tail + chunk):
                return True
            tail = chunk[-overlap:]


def binary_offset(data: bytes) -> int:
    """Offset of the first NUL byte (-1 if none): Python refuses such source, so do we."""
    return data.find(b"\0")


def decode(data: bytes) -> Decoded:
    """Bytes to text as Python would read them (PEP 263 cookie, BOM), newlines untouched.

    Raises SourceError naming the encoding and the line of the first bad byte.
    """
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        raise SourceError(f"cannot decode: {exc.msg if hasattr(exc, 'msg') else exc}") from None
    bom = data.startswith(codecs.BOM_UTF8)
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    body = data[len(codecs.BOM_UTF8):] if bom else data
    try:
        return Decoded(body.decode(encoding), encoding, bom)
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"cannot decode as {encoding}: {exc.reason} (byte 0x{body[exc.start]:02x} on line "
            f"{line}); add a PEP 263 coding line if the file is not {encoding}"
        ) from None
    except LookupError as exc:
        raise SourceError(f"cannot decode: {exc}") from None


def encode(decoded: Decoded, text: str) -> bytes:
    data = text.encode(decoded.encoding)
    return codecs.BOM_UTF8 + data if decoded.bom else data


def round_trips(decoded: Decoded, data: bytes) -> bool:
    """Whether encoding the decoded text gives back exactly `data` (false for a few codecs)."""
    try:
        return encode(decoded, decoded.text) == data
    except UnicodeEncodeError:
        return False


def outside(path: Path, roots: Sequence[str]) -> Optional[str]:
    """The real path of `path` if it lies outside every root (by real path), else None."""
    real = os.path.realpath(path)
    for root in roots:
        real_root = os.path.realpath(root)
        if real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep):
            return None
    return real


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Replace the file at `path` (its real path, through symlinks) with `data`, atomically.

    The file is re-read first: if it changed since it was scanned, it is not overwritten. A
    read-only file is left alone. The new bytes go to a temporary file in the same folder, are
    flushed and fsynced, get the old mode, and replace the file with one rename, so a crash or a
    kill leaves either the old or the new file, never a truncated one.
    """
    target = Path(os.path.realpath(path))
    info = os.stat(target)
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        target, os.W_OK
    ):
        raise SourceError("not written: the file is read-only")
    if target.read_bytes() != expected:
        raise SourceError("not written: the file changed on disk since it was read")
    import tempfile  # only --fix writes: a scan does not pay for importing it

    handle, temporary = tempfile.mkstemp(dir=str(target.parent), prefix=f".{target.name}.",
                                         suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        if hasattr(os, "chown"):
            try:
                os.chown(temporary, info.st_uid, info.st_gid)
            except OSError:
                pass  # not allowed to give the file away; it keeps our owner
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
