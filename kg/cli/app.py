"""The typer application and the one place where library errors become exit codes."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

import typer

from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="Turn Chinese policy documents into a knowledge graph and query it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 2) -> "typer.Exit":
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(message, err=True)
    return typer.Exit(code)


@contextmanager
def reported() -> Iterator[None]:
    """Turn a KGError into its one-line message and exit code."""
    try:
        yield
    except KGError as err:
        raise fail(f"kg: {err}", err.exit_code) from None
    except KeyboardInterrupt:
        raise fail("kg: interrupted", 130) from None


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()
