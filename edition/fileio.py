# SPDX-License-Identifier: MIT
"""Atomic output: a file or directory appears whole or not at all.

Temporary files and directories are made beside their target, named `.NAME.tmp-PID-...`;
one left behind by a process that was killed is removed by the next run. Every output
file and directory gets the modes the umask gives (0644 and 0755 under the usual 022).
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from edition.errors import OutputError

# the errors that mean "this output cannot be written here", not a defect
_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EFBIG,
                 errno.ENOTDIR, errno.EISDIR, errno.ENAMETOOLONG, errno.EIO}
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode of an output file: 0666 less the umask."""
    return 0o666 & ~_umask()


def dir_mode() -> int:
    """The mode of an output directory: 0777 less the umask."""
    return 0o777 & ~_umask()


def _hint(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "free some disk space and run again; the previous output is kept"
    return "check the path and its permissions"


def write_error(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {exc.strerror or exc}", path, hint=_hint(exc))


def _ensure_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create directory {path.parent}: {exc.strerror}", path,
                          hint="check the path and its permissions") from exc


def _prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


def pid_alive(pid: int, made: float | None = None) -> bool:
    """Is the process that made a temporary (at time `made`) still running? A process with
    that number that started after the temporary was made is another one (numbers are reused)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    started = process_start(pid)
    return started is None or made is None or started <= made + 1


def process_start(pid: int) -> float | None:
    """When a process started (seconds since the epoch), where /proc tells; else None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    fields = stat[stat.rfind(")") + 2:].split()
    try:
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (IndexError, ValueError, OSError):
        return None


def remove_stale(path: Path) -> None:
    """Remove temporaries of `path` that a killed process left beside it."""
    prefix = _prefix(path)
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return
    for sibling in siblings:
        name = sibling.name
        if not name.startswith(prefix):
            continue
        pid = name[len(prefix):].split("-", 1)[0]
        try:
            made = sibling.lstat().st_mtime
        except OSError:
            continue
        if pid.isdigit() and not pid_alive(int(pid), made):
            if sibling.is_dir() and not sibling.is_symlink():
                shutil.rmtree(sibling, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    sibling.unlink()


@contextlib.contextmanager
def atomic_path(path: str | Path, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it onto `path` if the block succeeds."""
    path = Path(path)
    _ensure_parent(path)
    remove_stale(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f"{_prefix(path)}{os.getpid()}-", suffix=suffix or ".tmp",
                                   dir=path.parent)
    except OSError as exc:
        raise write_error(path, exc) from exc
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        try:
            yield tmp_path
            os.chmod(tmp_path, file_mode())
            os.replace(tmp_path, path)
        except OSError as exc:
            if exc.errno in _WRITE_ERRNOS:
                raise write_error(path, exc) from None
            raise
    finally:
        with contextlib.suppress(OSError):
            tmp_path.unlink()


def write_atomic(path: str | Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


@cache
def _renameat2():  # type: ignore[no-untyped-def]
    """Linux's renameat2, which can swap two paths in one step; None where there is none."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def _exchange(a: Path, b: Path) -> bool:
    """Swap `a` and `b` atomically; False where the system cannot."""
    function = _renameat2()
    if function is None:
        return False
    result = function(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def replace_directory(new: Path, path: Path) -> None:
    """Put directory `new` at `path`: at every moment `path` is the old or the new one, whole."""
    if path.is_dir() and not path.is_symlink():
        if _exchange(new, path):
            shutil.rmtree(new, ignore_errors=True)  # it now holds the old one
            return
        # no atomic swap here: move the old one aside for the shortest possible time
        old = Path(tempfile.mkdtemp(prefix=f"{_prefix(path)}{os.getpid()}-old-", dir=path.parent))
        os.replace(path, old / "x")
        try:
            os.replace(new, path)
        except OSError:
            os.replace(old / "x", path)
            raise
        finally:
            shutil.rmtree(old, ignore_errors=True)
        return
    os.replace(new, path)


@contextlib.contextmanager
def atomic_directory(path: str | Path) -> Iterator[Path]:
    """Yield a fresh temporary directory; on success it replaces `path` whole."""
    path = Path(path)
    _ensure_parent(path)
    remove_stale(path)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f"{_prefix(path)}{os.getpid()}-", dir=path.parent))
    except OSError as exc:
        raise write_error(path, exc) from exc
    try:
        try:
            yield tmp
            os.chmod(tmp, dir_mode())
            replace_directory(tmp, path)
        except OSError as exc:
            if exc.errno in _WRITE_ERRNOS:
                raise write_error(path, exc) from None
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
