"""Writing an exported file atomically: a reader never sees half a document, an old file is never
clobbered by a failed export, and an existing file is replaced only when the caller says so."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from slaworkshop.model.messages import msg


def _read_umask() -> int:
    # os.umask can only be read by setting it; done once at import, before any worker thread runs,
    # because the mask is process-wide and another thread might create a file meanwhile.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


class ExportError(Exception):
    """An export that could not be written; ``str(error)`` is the message for the user."""


class TargetExistsError(ExportError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            msg(
                "{path} exists already. Choose another name, or confirm that it may be replaced.",
                path=str(path),
            )
        )


def write_atomic(target: str | os.PathLike[str], data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``target`` via a temporary file in the same folder, then rename it into place."""
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(msg("{path} is a folder; give a file name.", path=str(path)))
    if not folder.is_dir():
        raise ExportError(msg("The folder {folder} does not exist.", folder=str(folder)))
    if not overwrite and path.exists():
        raise TargetExistsError(path)
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name[:80]}.", suffix=".part")
    except OSError as exc:
        raise ExportError(
            msg("Cannot write into {folder}: {reason}.", folder=str(folder), reason=exc.strerror or str(exc))
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp creates 0600; an exported document is meant to be shared like any other file.
        os.chmod(temp, 0o666 & ~_UMASK)
        if overwrite:
            os.replace(temp, path)
        else:
            _place_without_overwriting(temp, path)
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(
            msg("Cannot write {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return path


def _place_without_overwriting(temp: Path, path: Path) -> None:
    # A hard link fails if the target appeared meanwhile, closing the race an exists() check leaves.
    try:
        os.link(temp, path)
    except FileExistsError:
        raise TargetExistsError(path) from None
    except OSError:
        # Some file systems (FAT sticks, some network shares) have no hard links.
        if path.exists():
            raise TargetExistsError(path) from None
        os.replace(temp, path)
