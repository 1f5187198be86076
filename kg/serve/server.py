"""Running the app: in the foreground for ``kg serve``, or in a thread for tests and benches."""
from __future__ import annotations

import logging
import socket
import threading
import time
from contextlib import contextmanager
from typing import Iterator

import uvicorn
from fastapi import FastAPI

from kg.errors import KGError, UsageError

LOOPBACK = "127.0.0.1"


def free_port(host: str = LOOPBACK) -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _config(app: FastAPI, host: str, port: int) -> uvicorn.Config:
    if not 0 < port < 65536:
        raise UsageError(f"port must be between 1 and 65535, not {port}")
    return uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                          lifespan="on")


class _QuietStartupFailure(logging.Filter):
    """Drop uvicorn's traceback for a startup ``KGError``: ``serve`` re-raises it instead."""

    def __init__(self, app: FastAPI):
        super().__init__()
        self.app = app

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(self.app.state, "startup_error", None) is None


def serve(app: FastAPI, host: str = LOOPBACK, port: int = 8765) -> None:
    """Serve ``app`` until interrupted (Ctrl-C); a store that cannot open raises its KGError."""
    config = _config(app, host, port)
    quiet = _QuietStartupFailure(app)
    log = logging.getLogger("uvicorn.error")
    log.addFilter(quiet)
    try:
        uvicorn.Server(config).run()
    except SystemExit:  # uvicorn's way to say startup failed
        raise _startup_failure(app, host, port) from None
    finally:
        log.removeFilter(quiet)


def _startup_failure(app: FastAPI, host: str, port: int) -> KGError:
    error = getattr(app.state, "startup_error", None)
    return error or KGError(f"could not serve on http://{host}:{port}/ (see the message above)")


@contextmanager
def serving(app: FastAPI, host: str = LOOPBACK, port: int | None = None,
            timeout: float = 30.0) -> Iterator[str]:
    """Serve ``app`` in a background thread; yields its base URL, stops it on exit."""
    server = uvicorn.Server(_config(app, host, port or free_port(host)))
    thread = threading.Thread(target=server.run, name="kg-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise _startup_failure(app, host, server.config.port)
        time.sleep(0.02)
    try:
        yield f"http://{host}:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
