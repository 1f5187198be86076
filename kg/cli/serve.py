"""CLI command: serve (the local web app of ``kg.serve``)."""
from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.app import reported
from kg.cli.store import Backend, StoreSettings, store_command
from kg.errors import UsageError


@store_command("serve")
def serve_command(
    settings: StoreSettings,
    host: Annotated[str, typer.Option(
        "--host", envvar="KG_SERVE_HOST",
        help="Address to listen on. The default, loopback, keeps the app on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", envvar="KG_SERVE_PORT", min=1, max=65535,
                                      help="Port to listen on.")] = 8765,
) -> None:
    """Serve a local, read-only web app over the store: search, canned queries with forms,
    results as tables (CSV/JSON downloads) and graphs, and entity pages. Ctrl-C stops it."""
    from kg.serve import create_app
    from kg.serve.explorer import open_explorer
    from kg.serve.server import serve

    with reported():
        embedded = settings.backend == Backend.embedded
        if embedded and not settings.store.is_dir():
            raise UsageError(f"{settings.store}: no store here; run `kg build DOCS --store "
                             f"{settings.store}` first")
        where = settings.store if embedded else settings.neo4j_uri or "Neo4j"
        typer.echo(f"kg serve: http://{host}:{port}/ over {where} (Ctrl-C stops)", err=True)
        serve(create_app(lambda: open_explorer(lambda: settings.open(read_only=True))), host, port)
