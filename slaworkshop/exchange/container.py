"""The ``.slaw`` container: a ZIP archive with a fixed, short list of members, read defensively.

A workshop file comes from someone else's laptop, so it is read as hostile until proven otherwise.
Python's ``zipfile`` (3.11.7 here) trusts the archive's own claims; this reader checks them first
and refuses with a specific message:

* not a ZIP at all, an encrypted or multi-disk archive, an unknown compression method;
* more than :data:`MAX_MEMBERS` members, a member name that is absolute, contains ``..``, a
  backslash or a drive letter, a duplicate name, a name outside the allow-list;
* a symbolic link or any other non-regular member;
* a member larger than :data:`MAX_MEMBER_BYTES`, all members together larger than
  :data:`MAX_TOTAL_BYTES`, a compression ratio above :data:`MAX_RATIO` (a "zip bomb");
* entries whose data overlap each other or the central directory (the "overlapping files" bomb),
  or whose local header disagrees with the central directory;
* a member that inflates to more than it declared (read with a hard cap, never trusted).

Nothing here touches the database; the caller decides what the members mean.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from slaworkshop.model.messages import msg

MEDIA_TYPE = "application/vnd.slaworkshop.workshop+zip"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 64
MAX_MEMBER_BYTES = 48 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200
RATIO_FROM_BYTES = 8 * 1024 * 1024
"""Small members may compress as well as they like (a pasted page of one repeated character does);
above this size a ratio over :data:`MAX_RATIO` is a bomb."""
ALLOWED = re.compile(r"^(mimetype|workshop\.json|signatures/[0-9a-f]{32}\.png)$")
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"


class ContainerError(ValueError):
    """The file is not a workshop file this app can read safely; the message says why."""


@dataclass(frozen=True)
class Members:
    """The members of a checked archive, by name."""

    files: dict[str, bytes]

    def get(self, name: str) -> bytes | None:
        return self.files.get(name)


def _check_name(name: str) -> None:
    shown = name[:80].encode("unicode_escape").decode("ascii")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise ContainerError(
            msg(
                "The file contains a member with an absolute path (“{name}”); it is not imported.", name=shown
            )
        )
    if "\\" in name or ".." in name.split("/") or "\x00" in name:
        raise ContainerError(
            msg("The file contains a member that points outside the archive (“{name}”).", name=shown)
        )
    if not ALLOWED.match(name):
        raise ContainerError(
            msg("The file contains an unexpected member (“{name}”): it is not a workshop file.", name=shown)
        )


def _data_span(raw: bytes, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Where the member's data lies in the archive, from its *local* header."""
    start = info.header_offset
    header = raw[start : start + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size:
        raise ContainerError(msg("The file is damaged: a member's header lies beyond the end of the file."))
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_SIGNATURE:
        raise ContainerError(msg("The file is damaged: a member's header is missing."))
    name_length, extra_length = fields[9], fields[10]
    name = raw[start + _LOCAL_HEADER.size : start + _LOCAL_HEADER.size + name_length]
    expected = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437", "replace")
    if name != expected:
        raise ContainerError(msg("The file is damaged: a member's local header names a different file."))
    data_start = start + _LOCAL_HEADER.size + name_length + extra_length
    return data_start, data_start + info.compress_size


def read_container(source: Path | bytes) -> Members:
    """Check and read a ``.slaw`` archive; raises :class:`ContainerError` with the reason."""
    if isinstance(source, Path):
        try:
            file_stat = source.stat()
        except FileNotFoundError:
            raise ContainerError(msg("There is no such file.")) from None
        except (OSError, ValueError) as exc:
            raise ContainerError(
                msg("The file cannot be read: {reason}.", reason=getattr(exc, "strerror", None) or str(exc))
            ) from None
        size = file_stat.st_size
        if stat.S_ISDIR(file_stat.st_mode):
            raise ContainerError(msg("That is a folder, not a workshop file."))
        if size > MAX_FILE_BYTES:
            raise ContainerError(
                msg(
                    "The file is {size:.0f} MB; a workshop file is at most {limit} MB.",
                    size=size / 1024 / 1024,
                    limit=MAX_FILE_BYTES // 1024 // 1024,
                )
            )
        if not source.is_file():
            raise ContainerError(msg("That is not a regular file."))
        try:
            raw = source.read_bytes()
        except OSError as exc:
            raise ContainerError(
                msg("The file cannot be read: {reason}.", reason=exc.strerror or str(exc))
            ) from None
    else:
        raw = bytes(source)
        if len(raw) > MAX_FILE_BYTES:
            raise ContainerError(
                msg("The file is larger than {limit} MB.", limit=MAX_FILE_BYTES // 1024 // 1024)
            )
    if not raw.startswith(_LOCAL_SIGNATURE):
        if raw.lstrip()[:1] in (b"{", b"["):
            raise ContainerError(
                msg("This is a bare JSON file, not a workshop file (.slaw) exported by SLA Workshop.")
            )
        raise ContainerError(msg("This is not a workshop file (.slaw): it is not a ZIP archive."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ContainerError(msg("The workshop file is damaged ({reason}).", reason=str(exc)[:80])) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ContainerError(
                msg(
                    "The file has {count:,} members; a workshop file has at most {limit}.",
                    count=len(infos),
                    limit=MAX_MEMBERS,
                )
            )
        seen: set[str] = set()
        total = 0
        spans: list[tuple[int, int]] = []
        for info in infos:
            _check_name(info.filename)
            if info.filename in seen:
                raise ContainerError(msg("The file contains “{name}” twice.", name=info.filename))
            seen.add(info.filename)
            mode = info.external_attr >> 16
            if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                raise ContainerError(
                    msg(
                        "“{name}” is a link or a folder, not a file; links are never followed.",
                        name=info.filename,
                    )
                )
            if info.flag_bits & 0x1:
                raise ContainerError(msg("The file is encrypted; workshop files are never encrypted."))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ContainerError(
                    msg("“{name}” uses an unsupported compression method.", name=info.filename)
                )
            if info.file_size > MAX_MEMBER_BYTES:
                raise ContainerError(
                    msg(
                        "“{name}” would unpack to {size:,} bytes; that is too large.",
                        name=info.filename,
                        size=info.file_size,
                    )
                )
            if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ContainerError(
                    msg(
                        "“{name}” is compressed suspiciously well (a “zip bomb”); not imported.",
                        name=info.filename,
                    )
                )
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise ContainerError(
                    msg("“{name}” declares inconsistent sizes; the file is damaged.", name=info.filename)
                )
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise ContainerError(
                    msg("The members of the file would unpack to too much data; not imported.")
                )
            spans.append(_data_span(raw, info))
        directory_start = archive.start_dir
        spans.sort()
        for (_start, end), (next_start, _next_end) in zip(spans, spans[1:], strict=False):
            if next_start < end:
                raise ContainerError(
                    msg("Members of the file overlap each other (a “zip bomb”); not imported.")
                )
        if spans and spans[-1][1] > directory_start:
            raise ContainerError(
                msg("A member overlaps the archive's directory; the file is damaged or crafted.")
            )
        files: dict[str, bytes] = {}
        for info in infos:
            files[info.filename] = _read_capped(archive, info)
    return Members(files)


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(1 << 16)
                if not chunk:
                    break
                size += len(chunk)
                if size > info.file_size or size > MAX_MEMBER_BYTES:
                    raise ContainerError(
                        msg("“{name}” unpacks to more than it declares; not imported.", name=info.filename)
                    )
                chunks.append(chunk)
    except ContainerError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        RuntimeError,
        NotImplementedError,
    ) as exc:
        raise ContainerError(
            msg("“{name}” cannot be unpacked ({reason}).", name=info.filename, reason=str(exc)[:80])
        ) from None
    return b"".join(chunks)


def write_container(members: dict[str, bytes]) -> bytes:
    """The archive's bytes: ``mimetype`` first and stored (so the type can be sniffed), the rest
    deflated, fixed timestamps (the same content gives the same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entries = [("mimetype", MEDIA_TYPE.encode("ascii"))] + sorted(
            (n, d) for n, d in members.items() if n != "mimetype"
        )
        for name, data in entries:
            _check_name(name)
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buffer.getvalue()
