"""Whether a folder lies in a cloud-sync folder or on a network file system (pure rules)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum


class FolderKind(Enum):
    """A kind of folder that deserves a warning for case records."""

    CLOUD_SYNC = "cloud-sync"  # a sync client copies every file to a provider's servers
    NETWORK = "network"  # the files live on another computer, reached over the network


@dataclass(frozen=True)
class Mount:
    """One mounted file system: where it is mounted and its type (as /proc/self/mounts says)."""

    mount_point: str
    fs_type: str


# Folder names sync clients create (compared without case). A name in _PREFIXES also matches
# with a suffix such as "OneDrive - Valle Verde" or "Dropbox (Personal)".
_PREFIXES = (
    "dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
    "iclouddrive", "mobile documents", "nextcloud", "owncloud", "pcloud", "megasync",
    "cloudstorage", "box sync", "seafile", "synology drive", "tresorit", "sync.com",
)  # fmt: skip
# Short, common words: only the exact folder name counts.
_EXACT = ("box", "mega", "sync", "pcloud drive")
_SEPARATORS = (" ", "-", "_", "(", ".")

NETWORK_FS_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "davfs",
        "fuse.davfs2", "davfs2", "fuse.rclone", "rclone", "9p", "afs", "ceph", "fuse.ceph",
        "glusterfs", "fuse.glusterfs", "lustre", "ncpfs", "fuse.s3fs", "fuse.gcsfuse",
        "fuse.gvfsd-fuse", "fuse.onedriver", "fuse.google-drive-ocamlfuse", "webdav",
    }
)  # fmt: skip


def _is_sync_name(part: str) -> bool:
    name = part.casefold()
    if name in _EXACT:
        return True
    for prefix in _PREFIXES:
        if name == prefix or (
            name.startswith(prefix) and name[len(prefix) : len(prefix) + 1] in _SEPARATORS
        ):
            return True
    return False


def sync_folder_name(parts: Sequence[str]) -> str | None:
    """The folder name among a path's ``parts`` that a sync client made (``Dropbox``), or None."""
    for part in parts:
        if _is_sync_name(part):
            return part
    return None


def _posix_parts(path: str) -> tuple[str, ...]:
    """Split an absolute POSIX path as pathlib does: "/mnt/a b" gives ("/", "mnt", "a b")."""
    return ("/", *(part for part in path.split("/") if part))


def mount_of(parts: Sequence[str], mounts: Iterable[Mount]) -> Mount | None:
    """The mount that holds the path of ``parts``: the longest mount point above it."""
    held = tuple(parts)
    best: Mount | None = None
    best_depth = -1
    for mount in mounts:
        point = _posix_parts(mount.mount_point)
        if held[: len(point)] == point and len(point) > best_depth:
            best, best_depth = mount, len(point)
    return best


def is_network_fs(fs_type: str) -> bool:
    kind = fs_type.casefold()
    return kind in NETWORK_FS_TYPES or kind.startswith(("nfs", "smb", "fuse.sshfs"))


def folder_kind(parts: Sequence[str], mounts: Iterable[Mount] = ()) -> FolderKind | None:
    """CLOUD_SYNC when the path of ``parts`` (``Path.parts``) is inside a sync client's folder,
    NETWORK when it is on a network file system (the mount holding it), else None."""
    if sync_folder_name(parts) is not None:
        return FolderKind.CLOUD_SYNC
    mount = mount_of(parts, mounts)
    if mount is not None and is_network_fs(mount.fs_type):
        return FolderKind.NETWORK
    return None


def parse_mounts(text: str) -> list[Mount]:
    """The mounts listed in the text of /proc/self/mounts (octal escapes such as \\040 undone)."""
    found: list[Mount] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append(Mount(_unescape(fields[1]), fields[2]))
    return found


def _unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        chunk = text[index : index + 4]
        if len(chunk) == 4 and chunk[0] == "\\" and chunk[1:].isdigit():
            out.append(chr(int(chunk[1:], 8)))
            index += 4
        else:
            out.append(text[index])
            index += 1
    return "".join(out)
