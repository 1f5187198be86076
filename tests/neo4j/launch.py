"""Run the test Neo4j built by ``build.sh`` in the background: start, wait for Bolt, stop.

Used by the pytest fixture ``neo4j_server`` and by ``bench/load_speed.py --start-neo4j``;
``TestNeo4j.admin`` runs the real ``neo4j-admin`` (e.g. ``database import full``) on a
server's home before it starts.
By hand: ``python -m tests.neo4j.launch [PORT]`` runs it in the foreground until Ctrl-C.
"""
from __future__ import annotations

import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from kg.serve.server import free_port
from kg.stores.server import die_with_parent

HERE = pathlib.Path(__file__).resolve().parent
JAR = HERE / "target" / "kg-test-neo4j.jar"
LIB = HERE / "target" / "lib"
# neo4j-admin's own entry point: the neo4j-admin script runs this class (in-process commands).
ADMIN_MAIN = "org.neo4j.cli.AdminTool"
PASSWORD = "kg-test-password"
START_TIMEOUT = 300  # seconds; a cold JVM on a busy 2-core machine is slow
# A small heap and few JIT threads: the test machine is shared.
JAVA_OPTS = ("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")


def missing() -> str | None:
    """Why the test Neo4j cannot run here, or None."""
    if shutil.which("java") is None:
        return "Java is not installed: the Neo4j tests need Java 17"
    if not JAR.exists():
        return ("the test Neo4j is not built: run tests/neo4j/build.sh "
                "(needs Maven; scripts/install-test-deps.sh does it)")
    return None


def _bolt_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


class TestNeo4j:
    """``with TestNeo4j(home) as settings:`` a running server; stopped on exit."""

    __test__ = False  # not a pytest test class

    def __init__(self, home: str | os.PathLike | None = None, port: int | None = None,
                 java_opts: tuple[str, ...] = JAVA_OPTS):
        self.home = pathlib.Path(home or tempfile.mkdtemp(prefix="kg-neo4j-"))
        self.port = port or free_port()
        self.java_opts = java_opts
        self.proc: subprocess.Popen | None = None

    @property
    def settings(self) -> dict:
        return {"uri": f"bolt://127.0.0.1:{self.port}", "user": "neo4j", "password": PASSWORD}

    @property
    def log(self) -> pathlib.Path:
        return self.home / "launcher.log"

    @property
    def neo4j_home(self) -> pathlib.Path:
        """The DBMS home the launcher opens (data/databases/neo4j lies under it)."""
        return self.home / "data"

    def admin(self, *args: str) -> str:
        """Run ``neo4j-admin ARGS`` on this server's home (before ``start``); its output.

        Raises RuntimeError with the output when the command fails.
        """
        conf = self.neo4j_home / "conf"
        conf.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "NEO4J_HOME": str(self.neo4j_home), "NEO4J_CONF": str(conf)}
        done = subprocess.run(
            ["java", *self.java_opts, "-cp", f"{LIB}/*", ADMIN_MAIN, *args],
            capture_output=True, text=True, env=env, cwd=self.home, preexec_fn=die_with_parent)
        output = done.stdout + done.stderr
        if done.returncode != 0:
            raise RuntimeError(f"neo4j-admin {' '.join(args)} exited {done.returncode}:\n{output}")
        return output

    def start(self) -> dict:
        self.home.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "NEO4J_TEST_PASSWORD": PASSWORD}
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                ["java", *self.java_opts, "-jar", str(JAR), str(self.port), str(self.neo4j_home)],
                stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
                preexec_fn=die_with_parent)  # no JVM left behind if the tests are killed
        deadline = time.monotonic() + START_TIMEOUT
        while b"NEO4J READY" not in self.log.read_bytes() or not _bolt_open(self.port):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                tail = self.log.read_text(errors="replace")[-2000:]
                self.stop()
                raise RuntimeError(f"the test Neo4j did not start (see {self.log}):\n{tail}")
            time.sleep(0.5)
        return self.settings

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)  # the launcher shuts the DBMS down cleanly
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def __enter__(self) -> dict:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    reason = missing()
    if reason:
        sys.exit(reason)
    server = TestNeo4j(port=int(sys.argv[1]) if len(sys.argv) > 1 else 7687)
    with server as settings:
        print(f"Neo4j ready at {settings['uri']} (user neo4j, password {PASSWORD}); Ctrl-C stops it",
              flush=True)
        # SIGTERM (and SIGINT, which a background job of a script ignores) end the wait, so
        # the `with` stops the DBMS instead of leaving the JVM to its death signal.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass
