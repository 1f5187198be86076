"""A store folder for the serve tests: the viz tests' small two-plan graph, loaded for real."""
from __future__ import annotations

import contextlib
import pathlib
import subprocess
import sys
import time
import urllib.error
import urllib.request
from typing import Iterator

import pytest

from kg.errors import StoreUnavailable
from kg.serve.server import free_port
from kg.stores import open_store
from tests.support import require
from tests.viz.graphs import small_graph


def loaded_store(folder: pathlib.Path) -> pathlib.Path:
    """Load ``small_graph()`` into an embedded store in ``folder``, close it, return the folder."""
    try:
        store = open_store("embedded", path=str(folder))
    except StoreUnavailable as err:
        require(False, f"the embedded FalkorDB store could not start: {err}")
    with store:
        summary = store.load(small_graph())
    assert not summary.failed, summary.failed
    return folder


def kg_command() -> list[str]:
    """The ``kg`` console script of this interpreter's environment (a real subprocess)."""
    script = pathlib.Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]


@contextlib.contextmanager
def kg_serve(folder: pathlib.Path, log: pathlib.Path) -> Iterator[str]:
    """`kg serve` as a user starts it, in a subprocess on 127.0.0.1 and a free port; yields
    its URL once it answers, and stops it at the end."""
    port = free_port()
    with log.open("w") as err:
        proc = subprocess.Popen(
            [*kg_command(), "serve", "--store", str(folder), "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=err)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"kg serve exited with {proc.returncode}: {log.read_text()}")
            try:
                urllib.request.urlopen(url + "/", timeout=2).close()
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    pytest.fail(f"kg serve did not answer on {url}: {log.read_text()}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
