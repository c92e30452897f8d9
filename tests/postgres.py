"""A throw-away PostgreSQL cluster for the tests: Debian's own server (`postgresql`),
started by initdb and pg_ctl in a temporary folder, listening on a Unix socket there
only (no TCP port at all), with fsync off. A fresh database per test.

PostgreSQL refuses to run as root: under root (as in CI) the cluster runs as the
`postgres` user the Debian package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path


def binary(name: str) -> str:
    """Debian keeps initdb and pg_ctl out of PATH, under /usr/lib/postgresql/<v>/bin."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found[-1]:
        raise RuntimeError(f"{name} not found: install Debian's postgresql package")
    return found[-1]


class Cluster:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="minutes-pg-"))
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        data, log = self.folder / "data", self.folder / "server.log"
        self.run(binary("initdb"), "-D", str(data), "-A", "trust", "-U", "minutes",
                 "-E", "UTF8", "--no-sync")  # fmt: skip
        options = (f"-k {self.folder} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c max_connections=300")  # fmt: skip
        self.run(binary("pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
        self.data = data

    def run(self, *command: str) -> None:
        subprocess.run([*self.prefix, *command], check=True, capture_output=True, timeout=120)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://minutes@/{database}?host={self.folder}"

    def new_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f"create database {name}")
        return self.url(name)

    def stop(self) -> None:
        self.run(binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
