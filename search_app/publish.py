"""Published index generations: the indexing machine publishes each committed generation
to a location every web node reads (a shared folder), and each node follows it.

A location holds whole generations and a pointer:

    LOCATION/generations/<generation>-<stamp>/   the index's files, and PUBLISHED.json
                                                  (each file's size and SHA-256)
    LOCATION/CURRENT                              the folder name of the newest

`publish` copies the index into a folder of its own under a temporary name, lists every
file with its checksum, renames the folder into place and only then rewrites CURRENT
(write and rename: atomic), so a reader never sees half a generation. A follower copies
the generation CURRENT names into its own folder, checks every file against the list,
and only a whole, undamaged copy becomes the one it serves: `serving`, a link switched
atomically, which each worker's searcher follows at its next request. A damaged or
missing publication is refused, said in the node's `/healthz`, and the node keeps
serving what it had. What is not the index stays out: the SQLite state files beside it
(shared state belongs in the database) and the secret key.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path

from search_app.errors import MinutesError
from search_app.index import MANIFEST, current_manifest

CURRENT = "CURRENT"
GENERATIONS = "generations"
LISTING = "PUBLISHED.json"
SERVING = "serving"  # a follower's link to the copy it serves
STATUS = "follow.json"  # what a follower last did, for /healthz in every worker
KEEP = 3  # generations kept, at a location and by a follower (readers may hold older ones)
NOT_PUBLISHED = {"alerts.sqlite3", "first_seen.sqlite3", "secret_key", STATUS}


class PublishError(MinutesError):
    """A generation that cannot be published, or a publication that is not whole."""


def publish(index_dir: Path, location: Path) -> str:
    """Publish the index's committed generation; its folder name. Publishing the same
    generation again changes nothing."""
    manifest = current_manifest(index_dir)
    if manifest is None:
        raise PublishError(f"{index_dir}: no index to publish")
    generation = int(manifest.get("generation", 0))
    (location / GENERATIONS).mkdir(parents=True, exist_ok=True)
    pointer = location / CURRENT
    if pointer.exists() and pointer.read_text().strip().startswith(f"{generation}-"):
        return pointer.read_text().strip()
    name = f"{generation}-{time.strftime('%Y%m%dT%H%M%S')}"
    folder = location / GENERATIONS / name
    incoming = location / GENERATIONS / f".incoming-{name}-{os.getpid()}"
    shutil.rmtree(incoming, ignore_errors=True)
    shutil.copytree(index_dir, incoming, ignore=lambda _, names: leave_out(names))
    again = current_manifest(index_dir) or {}
    if int(again.get("generation", 0)) != generation:
        shutil.rmtree(incoming, ignore_errors=True)
        raise PublishError(f"{index_dir}: an indexing run committed while it was copied; "
                           "publish again")  # fmt: skip
    listing = {"generation": generation, "committed": manifest.get("committed"),
               "files": checksums(incoming)}  # fmt: skip
    (incoming / LISTING).write_text(json.dumps(listing, indent=1), encoding="utf-8")
    os.replace(incoming, folder)
    write_atomically(pointer, name)
    forget_old(location / GENERATIONS, keep={name})
    return name


def leave_out(names: list[str]) -> set[str]:
    return {n for n in names if n in NOT_PUBLISHED or n.endswith((".tmp", "-journal", "-wal"))}


def checksums(folder: Path) -> dict[str, dict]:
    """Every file under `folder`: its size and SHA-256, by path relative to it."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        if relative == LISTING:
            continue
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda handle=handle: handle.read(1 << 20), b""):
                digest.update(block)
        found[relative] = {"size": path.stat().st_size, "sha256": digest.hexdigest()}
    return found


def write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def forget_old(folder: Path, keep: set[str]) -> None:
    """All but the newest KEEP generations go (and any kept by name stays)."""
    names = sorted((p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
                   key=generation_of)  # fmt: skip
    for name in names[:-KEEP]:
        if name not in keep:
            shutil.rmtree(folder / name, ignore_errors=True)


def generation_of(name: str) -> tuple[int, str]:
    number = name.split("-", 1)[0]
    return (int(number) if number.isdigit() else -1, name)


class Follower:
    """A web node's side: copies each generation published at `location` into
    `node_dir`, checks it, and switches `node_dir/serving` to it."""

    def __init__(self, location: Path, node_dir: Path, log: Callable[[str], None] = print) -> None:
        self.location, self.node_dir, self.log = location, node_dir, log
        self.refused: dict[str, str] = {}  # a publication found damaged: not tried again

    @property
    def serving(self) -> Path:
        return self.node_dir / SERVING

    def check(self) -> str | None:
        """Take the published generation if it is new and whole; the name served."""
        name = self.published()
        served = os.readlink(self.serving) if self.serving.is_symlink() else None
        if name is None or name == Path(served or "").name or name in self.refused:
            return served and Path(served).name
        try:
            copy = self.fetch(name)
        except OSError as error:  # a full disk, a shared folder gone a moment: try again
            self.log(f"minutes-search: generation {name} not taken yet: {error}")
            return served and Path(served).name
        except Exception as error:  # noqa: BLE001 - not as published, in any way: refused
            self.refused[name] = str(error)[:300]
            self.log(f"minutes-search: refused generation {name}: {error}")
            self.write_status(served and Path(served).name)
            return served and Path(served).name
        switch_link(self.serving, copy)
        forget_old(self.node_dir / GENERATIONS, keep={name})
        self.log(f"minutes-search: serving generation {name}")
        self.write_status(name)
        return name

    def published(self) -> str | None:
        try:
            name = read_small(self.location / CURRENT, 256).decode("utf-8", "replace").strip()
        except (OSError, PublishError):
            return None
        return name if name and "/" not in name and not name.startswith(".") else None

    def fetch(self, name: str) -> Path:
        """The publication copied here and checked file by file against its listing."""
        source = self.location / GENERATIONS / name
        if source.is_symlink() or not source.is_dir():
            raise PublishError("its folder is missing, or a link")
        listing = json.loads(read_small(source / LISTING, MAX_LISTING))
        expected = listing.get("files") if isinstance(listing, dict) else None
        if not isinstance(expected, dict):
            raise PublishError(f"its {LISTING} lists no files")
        check_before_copying(source, expected, self.node_dir)
        incoming = self.node_dir / GENERATIONS / f".incoming-{name}"
        shutil.rmtree(incoming, ignore_errors=True)
        try:
            shutil.copytree(source, incoming, symlinks=True)
            if any(path.is_symlink() for path in incoming.rglob("*")):
                raise PublishError("it holds a symbolic link, which a publication never has")
            found = checksums(incoming)
            if found != expected:
                raise PublishError(damage(expected, found))
            if not isinstance(current_manifest(incoming), dict):
                raise PublishError(f"no usable {MANIFEST} in it")
            folder = self.node_dir / GENERATIONS / name
            shutil.rmtree(folder, ignore_errors=True)
            os.replace(incoming, folder)
            return folder
        finally:
            shutil.rmtree(incoming, ignore_errors=True)

    def write_status(self, serving: str | None) -> None:
        status = {"location": str(self.location), "serving": serving, "checked": time.time(),
                  "refused": self.refused}  # fmt: skip
        self.node_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(self.node_dir / STATUS, json.dumps(status))

    def run(self, every: float, stop: threading.Event) -> None:
        """Check every `every` seconds until stopped; a failure is logged, never fatal."""
        while not stop.is_set():
            try:
                self.check()
            except Exception as error:  # noqa: BLE001 - the node keeps serving what it has
                self.log(f"minutes-search: following {self.location} failed: {error}")
            stop.wait(every)


MAX_LISTING = 10 * 1024 * 1024  # bytes: a listing of every file of a large index is far less
DISK_MARGIN = 1.1  # a copy is taken only with this much of its size free on the node's disk


def read_small(path: Path, limit: int) -> bytes:
    """A regular file's bytes, at most `limit`: never a link, a pipe or a device, which a
    shared folder could hold to hang or exhaust the reader."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
            raise PublishError(f"{path.name} is not a regular file of at most {limit} bytes")
        return handle.read(limit + 1)[:limit]


def check_before_copying(source: Path, expected: dict, node_dir: Path) -> None:
    """Refuse, before copying a byte, what the listing cannot be: a file it does not name
    or of another size, a link or any file that is not regular, or more than the node's
    disk can hold."""
    for folder, directories, files in os.walk(source):
        for entry in directories + files:
            path = Path(folder) / entry
            status = path.lstat()
            relative = path.relative_to(source).as_posix()
            if stat.S_ISDIR(status.st_mode):
                continue
            if not stat.S_ISREG(status.st_mode):
                raise PublishError(f"{relative} is a link or a special file")
            listed = expected.get(relative)
            if relative != LISTING and (not isinstance(listed, dict)
                                        or listed.get("size") != status.st_size):  # fmt: skip
                raise PublishError(f"not as published (not listed or another size: {relative})")
    needed = sum(int(f.get("size", 0)) for f in expected.values() if isinstance(f, dict))
    node_dir.mkdir(parents=True, exist_ok=True)
    if needed * DISK_MARGIN > shutil.disk_usage(node_dir).free:
        raise OSError(f"{needed} bytes to copy, more than the node's disk has free")


def damage(expected: dict, found: dict) -> str:
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    changed = sorted(n for n in set(expected) & set(found) if expected[n] != found[n])
    kinds = (("missing", missing), ("not listed", extra), ("damaged", changed))
    parts = [f"{label}: {', '.join(names[:3])}" for label, names in kinds if names]
    return "not as published (" + "; ".join(parts) + ")" if parts else "not as published"


def switch_link(link: Path, target: Path) -> None:
    """Point `link` at `target` in one step: a reader sees the old folder or the new."""
    temporary = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    temporary.symlink_to(target.relative_to(link.parent))
    os.replace(temporary, link)


def follow_status(node_dir: Path) -> dict | None:
    """What the node's follower last did (for /healthz), if it follows a location."""
    try:
        return json.loads((node_dir / STATUS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
