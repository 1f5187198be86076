"""CLI command: viz — write one self-contained graph page (``kg.viz``) from the store."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli.app import reported
from kg.cli.store import PARAM_OPTION, StoreSettings, parse_params, store_command


@store_command("viz")
def viz_command(
    settings: StoreSettings,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")],
    query: Annotated[Optional[str], typer.Option(
        "--query", "-q", help="Draw only the entities named in this canned query's rows.")] = None,
    param: PARAM_OPTION = [],
    entity: Annotated[Optional[str], typer.Option(
        help="Draw the neighbourhood of this entity (name, alias or id).")] = None,
    depth: Annotated[int, typer.Option(min=0, help="Hops around --entity.")] = 1,
    type: Annotated[list[str], typer.Option(
        "--type", "-t", help="Only nodes of this label (repeatable), e.g. Institution.")] = [],
    doc: Annotated[list[str], typer.Option(
        "--doc", "-d", help="Only what this document supports: id, title, path or year "
        "(repeatable).")] = [],
    title: Annotated[Optional[str], typer.Option(help="Page title.")] = None,
    open_: Annotated[bool, typer.Option("--open", help="Open the page in a web browser.")] = False,
) -> None:
    """Write an offline HTML page of the graph: filters, search, evidence per node and edge."""
    from kg.selection import stored_graph
    from kg.viz import write_page

    with reported():
        params = parse_params(param)
        with settings.open(read_only=True) as store:
            G = stored_graph(store, query=query, params=params)
        heading = title or " · ".join(x for x in ("policy-kg", query, entity) if x)
        path = write_page(G, out, title=heading, entity=entity, depth=depth, types=type,
                          docs=doc, open_browser=open_)
        typer.echo(str(path))
