"""A throwaway PostgreSQL cluster for the tests: ``initdb`` in a folder, on a free port.

``.ci/run`` starts one before the tests and stops it after (``start DIR`` prints
the server's URL, ``stop DIR``); without one, ``tests/conftest.py`` starts its own
the same way. As root (CI) the cluster belongs to the unprivileged ``postgres``
user that Debian's package creates: PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import uuid
from pathlib import Path

USER = "postgres"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (Debian keeps them off the PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", USER, "--", *command]


def start(folder: Path, durable: bool = False) -> str:
    """Make and start a cluster in *folder*; returns the URL of its postgres database.
    Tests run it without fsync (nothing there must survive a power cut); *durable*
    keeps PostgreSQL's default, for benchmarks."""
    bindir = binaries()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, USER)
    data, port = folder / "data", _free_port()
    subprocess.run(_as_owner([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                              "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, stdout=subprocess.DEVNULL)
    if durable:
        (folder / "durable").touch()
    _launch(bindir, folder, port)
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    (folder / "url").write_text(url)
    return url


def _launch(bindir: Path, folder: Path, port: int) -> None:
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200"
    if not (folder / "durable").exists():
        options += " -c fsync=off"
    subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-o",
                              options, "-l", str(folder / "server.log"), "-w", "start"]),
                   check=True, stdout=subprocess.DEVNULL)


def pause(folder: Path) -> None:
    """Stop the server, keeping its data (a database outage)."""
    folder = Path(folder).resolve()
    subprocess.run(_as_owner([str(binaries() / "pg_ctl"), "-D", str(folder / "data"), "-m",
                              "fast", "-w", "stop"]), check=True, stdout=subprocess.DEVNULL)


def resume(folder: Path) -> None:
    """Start a paused server again on its port."""
    folder = Path(folder).resolve()
    port = int((folder / "url").read_text().rsplit(":", 1)[1].split("/")[0])
    _launch(binaries(), folder, port)


def stop(folder: Path) -> None:
    bindir, data = binaries(), Path(folder).resolve() / "data"
    if bindir is not None and data.is_dir():
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                  "stop"]), check=False, stdout=subprocess.DEVNULL)
    shutil.rmtree(folder, ignore_errors=True)


def new_database(server: str) -> str:
    """A new, empty database on *server*; returns its URL."""
    import psycopg  # only where a cluster is used
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    return server.rsplit("/", 1)[0] + f"/{name}"


def drop_database(server: str, url: str) -> None:
    import psycopg  # only where a cluster is used
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(where))
    else:
        stop(where)
