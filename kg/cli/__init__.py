"""The ``kg`` command line: a thin typed adapter over library functions.

Each command group lives in its own module and registers itself on ``app``.
"""
from kg.cli.app import app
from kg.cli import parse as _parse  # noqa: F401  (registers commands)
from kg.cli import extract as _extract  # noqa: F401
from kg.cli import evaluate as _evaluate  # noqa: F401
from kg.cli import store as _store  # noqa: F401
from kg.cli import viz as _viz  # noqa: F401
from kg.cli import serve as _serve  # noqa: F401


def main() -> None:
    app()


__all__ = ["app", "main"]
