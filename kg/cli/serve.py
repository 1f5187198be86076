"""CLI command: serve (the local web app of ``kg.serve``)."""
from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.app import reported
from kg.cli.store import StoreSettings, store_command


@store_command("serve")
def serve_command(
    settings: StoreSettings,
    host: Annotated[str, typer.Option(
        "--host", envvar="KG_SERVE_HOST",
        help="Address to listen on. The default, loopback, keeps the app on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", envvar="KG_SERVE_PORT", help="Port to listen on.")
                    ] = 8765,
) -> None:
    """Serve a local, read-only web app over the store: search, canned queries with forms,
    results as tables (CSV/JSON downloads) and graphs, and entity pages. Ctrl-C stops it."""
    from kg.serve import create_app
    from kg.serve.explorer import open_explorer
    from kg.serve.server import serve

    with reported():
        app = create_app(lambda: open_explorer(settings.open))
        typer.echo(f"kg serve: http://{host}:{port}/ (store: {settings.store if settings.backend.value == 'embedded' else settings.neo4j_uri}; Ctrl-C stops)", err=True)
        serve(app, host, port)
