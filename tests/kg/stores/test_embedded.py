"""The embedded FalkorDB store's lifecycle: socket only, one writer, nothing left behind, recovery."""
from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

from kg.errors import StoreLocked
from tests.fixtures.stores import falkordb_missing
from tests.support import require

ROOT = pathlib.Path(__file__).resolve().parents[3]

# Opens a store in ``folder``, writes a node, prints the server pid, then does ``mode``.
CHILD = r"""
import sys, threading, time
from kg.stores.embedded import EmbeddedStore
mode, folder = sys.argv[1], sys.argv[2]

def open_and_write():
    store = EmbeddedStore(folder)
    store.run("CREATE (:KGNode {id: 'survivor', docs: ['d']})", write=True)
    print(store.server.process.pid, flush=True)
    return store

if mode == "thread":  # no parent-death signal: a server that outlives its owner
    holder = []
    t = threading.Thread(target=lambda: holder.append(open_and_write()))
    t.start(); t.join()
    time.sleep(600)
with open_and_write():
    if mode == "exception":
        raise RuntimeError("boom")
    time.sleep(600)
"""


@pytest.fixture(autouse=True)
def _falkordb():
    missing = falkordb_missing()
    require(missing is None, missing or "")


def start_child(mode: str, folder: pathlib.Path) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, mode, str(folder)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip().isdigit(), proc.stderr.read()
    return proc, int(line)


def gone(pid: int, patience: float = 60.0) -> bool:
    """True once ``pid`` no longer runs (a zombie counts as gone)."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        try:
            status = pathlib.Path(f"/proc/{pid}/status").read_text()
        except (FileNotFoundError, ProcessLookupError):
            return True
        if "\nState:\tZ" in status:
            return True
        time.sleep(0.1)
    return False


def listening_tcp_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in pathlib.Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A":  # LISTEN
                inodes.add(fields[9])
    return inodes


def socket_inodes(pid: int) -> set[str]:
    out = set()
    for fd in pathlib.Path(f"/proc/{pid}/fd").iterdir():
        target = os.readlink(fd)
        if target.startswith("socket:["):
            out.add(target[8:-1])
    return out


def test_the_server_listens_on_a_unix_socket_in_the_store_folder_and_on_no_tcp_port(falkordb_store):
    pid = falkordb_store.server.process.pid
    assert (falkordb_store.folder / "falkordb.sock").is_socket()
    assert not socket_inodes(pid) & listening_tcp_inodes()


def test_data_survives_closing_and_reopening(store_path, sample_graph):
    from kg.stores.embedded import EmbeddedStore

    with EmbeddedStore(store_path) as store:
        store.load(sample_graph)
    with EmbeddedStore(store_path) as store:
        assert store.run("MATCH (n:KGNode) RETURN count(n) AS n")[0]["n"] == sample_graph.number_of_nodes()
        assert store.recovered is None


def test_closing_after_writes_leaves_a_snapshot_to_load_not_every_write_to_replay(
        store_path, sample_graph):
    """A large store would otherwise take minutes to start: every write replayed."""
    from kg.stores.embedded import EmbeddedStore

    with EmbeddedStore(store_path) as store:
        store.load(sample_graph)
    aof = store_path / "appendonlydir"
    assert sum(f.stat().st_size for f in aof.glob("*.incr.aof")) == 0
    assert next(aof.glob("*.base.rdb")).stat().st_size > 10_000
    with EmbeddedStore(store_path, read_only=True) as store:
        assert store.run("MATCH (n:KGNode) RETURN count(n) AS n")[0]["n"] == sample_graph.number_of_nodes()


def test_a_second_store_on_the_same_folder_is_refused_with_a_clear_message(falkordb_store):
    from kg.stores.embedded import EmbeddedStore

    with pytest.raises(StoreLocked, match=r"in use by another kg process \(pid \d+\)"):
        EmbeddedStore(falkordb_store.folder)
    assert falkordb_store.run("RETURN 1 AS one") == [{"one": 1}]


def test_a_store_path_longer_than_a_socket_path_allows_still_works(tmp_path):
    from kg.stores.embedded import EmbeddedStore

    folder = tmp_path / ("长路径" * 10) / ("x" * 80)
    assert len(str(folder / "falkordb.sock").encode()) > 108
    with EmbeddedStore(folder) as store:
        store.run("CREATE (:KGNode {id: 'a'})", write=True)
        assert (folder / "falkordb.sock").is_socket()
    with EmbeddedStore(folder) as store:
        assert store.run("MATCH (n:KGNode) RETURN n.id AS id") == [{"id": "a"}]


@pytest.mark.parametrize("mode, stop", [
    ("exception", None),
    ("wait", signal.SIGINT),   # Ctrl-C
    ("wait", signal.SIGTERM),
    ("wait", signal.SIGKILL),  # the server is told by the kernel that its parent died
])
def test_no_server_process_remains_when_the_owner_ends(store_path, mode, stop):
    proc, server = start_child(mode, store_path)
    if stop is not None:
        proc.send_signal(stop)
    proc.wait(timeout=120)
    assert gone(server), f"server {server} still running after {mode}/{stop}"
    if stop is not signal.SIGKILL:
        assert proc.returncode != 0 and not (store_path / "server.pid").exists()


def test_a_completed_write_survives_a_kill_and_the_folder_is_recovered_and_reported(store_path, caplog):
    from kg.stores.embedded import EmbeddedStore

    proc, server = start_child("wait", store_path)
    os.kill(server, signal.SIGKILL)  # no chance to save: only the append-only file has it
    proc.kill()
    proc.wait()
    assert gone(server)
    with caplog.at_level("WARNING", logger="kg.stores"), EmbeddedStore(store_path) as store:
        assert store.run("MATCH (n:KGNode) RETURN n.id AS id") == [{"id": "survivor"}]
    assert store.recovered and "stale" in store.recovered
    assert [r.getMessage() for r in caplog.records if "recovered store" in r.getMessage()]


def test_a_server_left_running_by_a_killed_owner_is_stopped_and_reported(store_path):
    from kg.stores.embedded import EmbeddedStore

    proc, server = start_child("thread", store_path)
    proc.kill()
    proc.wait()
    assert not gone(server, patience=1.0)  # orphaned, still holding the folder's data
    with EmbeddedStore(store_path) as store:
        assert f"pid {server}" in store.recovered
        assert gone(server)
        assert store.run("MATCH (n:KGNode) RETURN n.id AS id") == [{"id": "survivor"}]


def test_a_read_only_store_uses_the_server_of_the_process_that_has_the_folder_open(falkordb_store, sample_graph):
    from kg.errors import ReadOnlyViolation
    from kg.stores import open_store

    falkordb_store.load(sample_graph)
    with open_store("embedded", path=falkordb_store.folder, read_only=True) as reader:
        assert reader.server.attached
        assert reader.run("MATCH (n:KGNode) RETURN count(n) AS n") == [{"n": sample_graph.number_of_nodes()}]
        with pytest.raises(ReadOnlyViolation):
            reader.run("CREATE (:KGNode {id: 'x'})", write=True)
    # Closing the reader leaves the owner's server running.
    assert falkordb_store.run("MATCH (n:KGNode) RETURN count(n) AS n") == [{"n": sample_graph.number_of_nodes()}]


def test_a_read_only_store_on_an_empty_folder_reads_nothing(store_path):
    from kg.stores import open_store

    with open_store("embedded", path=store_path, read_only=True) as reader:
        assert reader.run("MATCH (n) RETURN n") == []


def test_a_store_folder_that_cannot_be_made_is_one_clear_error(tmp_path):
    from kg.errors import StoreUnavailable
    from kg.stores.embedded import EmbeddedStore

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreUnavailable, match="cannot use .* as a store folder"):
        EmbeddedStore(blocker / "store")
