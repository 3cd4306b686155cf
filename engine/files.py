"""Writing files safely and naming them in every error: atomic writes, the per-user data
folder, and the guard that turns any failure while reading a file into one clear line."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from engine.errors import BackpropLabError, FileFormatError
from engine.json_arrays import FormatProblem


@contextlib.contextmanager
def file_format_errors(path: str) -> Iterator[None]:
    """Turn whatever reading a file raises into a FileFormatError naming the file.

    The validators should catch every problem first (as FormatProblem, with the place);
    the rest keeps the promise that a bad file is always a FileFormatError, never a crash.
    """
    try:
        yield
    except FormatProblem as exc:
        raise FileFormatError(path, str(exc)) from None
    except FileFormatError:
        raise
    except (
        BackpropLabError,
        ValueError,
        TypeError,
        KeyError,
        OverflowError,
        RecursionError,
    ) as exc:
        raise FileFormatError(path, f"is corrupt: {exc}") from None
    except MemoryError:
        raise FileFormatError(path, "needs more memory to read than is available") from None


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a reader sees the old file or the new, never half."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        os.chmod(tmp, _file_mode(path))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and exc.filename == tmp:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        try:
            dfd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return
        try:
            os.fsync(dfd)
        except OSError:
            pass
        finally:
            os.close(dfd)


def _file_mode(path: Path) -> int:
    """The existing file's permissions, or the usual ones for a new file (0666 less the umask)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# ----- where the autosave goes -----------------------------------------------------------
def data_dir() -> Path:
    """The per-user data folder of Backprop Lab (XDG on Linux; the platform's own elsewhere)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Backprop Lab"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Backprop Lab"
    base = os.environ.get("XDG_DATA_HOME") or ""
    if not os.path.isabs(base):  # the XDG spec says relative values are to be ignored
        base = str(Path.home() / ".local" / "share")
    return Path(base) / "backprop-lab"


def autosave_path() -> Path:
    """Where the window autosaves the session (the folder is created if missing)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "autosave.bplab"


def human_bytes(n: float) -> str:
    """A size as people read it: "512 bytes", "47.0 MB", "1.6 TB" (powers of 1000)."""
    if n < 1000:
        return f"{int(n)} bytes"
    for unit in ("kB", "MB", "GB", "TB", "PB"):
        n /= 1000
        if n < 1000 or unit == "PB":
            return f"{n:.1f} {unit}"
    raise AssertionError("unreachable")


def machine_memory() -> int:
    """This machine's physical memory in bytes (64 GiB where the system does not say)."""
    try:
        return int(os.sysconf("SC_PHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (AttributeError, ValueError, OSError):
        return 64 * 2**30
