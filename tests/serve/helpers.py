"""A store folder for the serve tests: the viz tests' small two-plan graph, loaded for real."""
from __future__ import annotations

import pathlib
import sys

from kg.errors import StoreUnavailable
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
