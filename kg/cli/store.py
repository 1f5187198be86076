"""CLI commands on the store: build, queries, query, cypher, entity, stats, export, reset.

Every command here takes the same store options, defined once in ``STORE_OPTIONS`` and
added by ``store_command``; the bodies only translate options into library calls
(``kg.build``, ``queries``, ``kg.export``) and results into text and exit codes.
"""
from __future__ import annotations

import functools
import inspect
import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Callable, Iterator, Optional

import typer

import queries
from kg.cli.app import app, fail, reported
from kg.errors import NoResults, UsageError

PANEL = "Store"


class Backend(str, Enum):
    embedded = "embedded"
    neo4j = "neo4j"


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    graphml = "graphml"
    json = "json"
    csv = "csv"


@dataclass(frozen=True)
class StoreSettings:
    """Where the graph lives: the embedded store's folder or a Neo4j server."""

    store: Path = Path(".kg")
    backend: Backend = Backend.embedded
    neo4j_uri: Optional[str] = None
    neo4j_user: Optional[str] = None
    neo4j_password: Optional[str] = None
    neo4j_database: Optional[str] = None

    def open(self, read_only: bool = False):
        """Open the store; ``read_only`` lets a reader share the embedded server of another
        kg process (``kg serve`` or a build) instead of being refused as a second writer."""
        from kg.stores import open_store

        if self.backend == Backend.neo4j:
            return open_store("neo4j", uri=self.neo4j_uri, user=self.neo4j_user,
                              password=self.neo4j_password, database=self.neo4j_database)
        return open_store("embedded", path=self.store, read_only=read_only)


def _option(*names: str, envvar: str, help: str, **extra: Any) -> typer.models.OptionInfo:
    return typer.Option(*names, envvar=envvar, help=help, rich_help_panel=PANEL, **extra)


# The shared store options: (name, annotation, default), in StoreSettings field order.
STORE_OPTIONS = (
    ("store", Annotated[Path, _option("--store", envvar="KG_STORE",
                                      help="Folder of the embedded store.")], Path(".kg")),
    ("backend", Annotated[Backend, _option("--backend", envvar="KG_BACKEND",
                                           help="Which store to use.")], Backend.embedded),
    ("neo4j_uri", Annotated[Optional[str], _option("--neo4j-uri", envvar="NEO4J_URI",
                                                   help="Bolt URI of Neo4j.")], None),
    ("neo4j_user", Annotated[Optional[str], _option("--neo4j-user", envvar="NEO4J_USERNAME",
                                                    help="Neo4j user name.")], None),
    ("neo4j_password", Annotated[Optional[str], _option(
        "--neo4j-password", envvar="NEO4J_PASSWORD", help="Neo4j password.",
        show_default=False)], None),
    ("neo4j_database", Annotated[Optional[str], _option(
        "--neo4j-database", envvar="NEO4J_DATABASE", help="Neo4j database name.")], None),
)
assert [n for n, _, _ in STORE_OPTIONS] == [f.name for f in fields(StoreSettings)]


def store_command(name: str | None = None) -> Callable[[Callable], Callable]:
    """Register a command whose first parameter is ``settings: StoreSettings``.

    The command line gets the shared store options instead of that parameter.
    """
    def register(fn: Callable) -> Callable:
        own = [p for p in inspect.signature(fn, eval_str=True).parameters.values()
               if p.name != "settings"]
        extra = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a)
                 for n, a, d in STORE_OPTIONS]

        @functools.wraps(fn)
        def command(**kwargs: Any) -> Any:
            settings = StoreSettings(**{n: kwargs.pop(n) for n, _, _ in STORE_OPTIONS})
            return fn(settings, **kwargs)

        params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own] + extra
        command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in params}
        del command.__wrapped__  # typer must see the new signature, not fn's
        return app.command(name)(command)

    return register


# -- output ----------------------------------------------------------------------------
def emit(rows: list[dict[str, Any]], fmt: OutputFormat) -> None:
    from kg.export import text_table
    from kg.report import Table

    if fmt == OutputFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt == OutputFormat.csv:
        typer.echo(Table.from_records(rows).to_csv(), nl=False)
    else:
        typer.echo(text_table(rows))


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``KEY=VALUE`` strings to a dict; a pair without ``=`` is a usage error."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param takes KEY=VALUE, not {pair!r}")
        out[key.strip()] = value
    return out


def _json_or_text(value: str) -> Any:
    """Ad hoc parameter values: JSON literals (numbers, lists, true) or else plain text."""
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if not isinstance(parsed, dict) else value


@contextmanager
def progress_bar() -> Iterator[Optional[Callable[[str, int, int], None]]]:
    """A rich progress bar on stderr when it is a terminal; otherwise no callback."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=None)

        def update(phase: str, done: int, total: int) -> None:
            bar.update(task, description=phase, completed=done, total=total)

        yield update


PARAM_OPTION = Annotated[list[str], typer.Option(
    "--param", "-p", help="A query parameter as KEY=VALUE (repeat for several).")]
FORMAT_OPTION = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]


# -- commands --------------------------------------------------------------------------
@store_command("build")
def build_command(
    settings: StoreSettings,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of documents.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1,
                                        help="Extract documents in this many processes.")] = 1,
) -> None:
    """Extract documents, build the graph and load it into the store."""
    from kg.build import build

    with reported():
        with settings.open() as store, progress_bar() as progress:
            report = build(paths, store, workers=workers, progress=progress)
        for err in report.errors:
            typer.echo(f"kg: {err}", err=True)
        if not report.documents:
            raise fail("kg: no document could be read", 2)
        typer.echo(str(report))
        load = report.load
        if load.failed and not (load.loaded or load.replaced or load.unchanged):
            raise typer.Exit(2)


@app.command("queries")
def queries_command() -> None:
    """List the canned queries with their descriptions and parameters."""
    with reported():
        for q in queries.registry().values():
            typer.echo(f"{q.name}\n    {q.description}")
            for p in q.params:
                note = f"  {p.description}" if p.description else ""
                typer.echo(f"    --param {p.signature()}{note}")


@store_command("query")
def query_command(
    settings: StoreSettings,
    name: Annotated[str, typer.Argument(help="Canned query name (see `kg queries`).")],
    param: PARAM_OPTION = [],
    format: FORMAT_OPTION = OutputFormat.table,
) -> None:
    """Run a canned query; exit 1 when it returns no rows."""
    with reported():
        query = queries.get(name)
        bound = query.bind(parse_params(param))
        with settings.open(read_only=True) as store:
            rows = store.run(query.text, bound)
        if not rows:
            raise NoResults(f"{name}: no rows")
        emit(rows, format)


@store_command("cypher")
def cypher_command(
    settings: StoreSettings,
    text: Annotated[str, typer.Argument(help="A read-only Cypher query.", metavar="CYPHER")],
    param: PARAM_OPTION = [],
    format: FORMAT_OPTION = OutputFormat.table,
) -> None:
    """Run an ad hoc read-only Cypher query; one that writes is refused (exit 2).

    Parameter values are JSON literals (5, true, ["a"]) or else text.
    """
    with reported():
        params = {k: _json_or_text(v) for k, v in parse_params(param).items()}
        with settings.open(read_only=True) as store:
            rows = store.run(text, params)
        if not rows:
            typer.echo("(no rows)", err=True)
            return
        emit(rows, format)


@store_command("entity")
def entity_command(
    settings: StoreSettings,
    name: Annotated[str, typer.Argument(help="Entity name or alias.")],
    limit: Annotated[int, typer.Option(min=1, help="Rows of relations and of mentions.")] = 50,
    format: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="table or json.")] = OutputFormat.table,
) -> None:
    """Show an entity: type, aliases, relations and mentions with their sentences."""
    from kg.export import text_table

    with reported():
        with settings.open(read_only=True) as store:
            profiles = queries.entity_profile(store, name, limit=limit)
        if format != OutputFormat.table:
            typer.echo(json.dumps(profiles, ensure_ascii=False, indent=1, default=str))
            return
        for prof in profiles:
            aliases = "、".join(prof["aliases"]) or "-"
            typer.echo(f"{prof['name']} ({prof['type']})  id {prof['id']}")
            typer.echo(f"  aliases: {aliases}   documents: {prof['documents']}   "
                       f"community: {prof['community']}   centrality: {prof['centrality']}   "
                       f"degree: {prof['degree']}")
            for part, cols in (("relations", ("relation", "direction", "other", "document",
                                              "sentence")),
                               ("mentions", ("document", "item", "text", "sentence"))):
                rows = [{c: r[c] for c in cols} for r in prof[part]]
                typer.echo(f"\n{part} ({len(rows)}):")
                typer.echo(text_table(rows) if rows else "  none")
            typer.echo("")


@store_command("stats")
def stats_command(settings: StoreSettings, format: FORMAT_OPTION = OutputFormat.table) -> None:
    """Count the stored nodes by label and relations by type (with evidence)."""
    with reported():
        with settings.open(read_only=True) as store:
            rows = queries.run_internal(store, "graph-stats")
        if not any(r["count"] for r in rows):
            typer.echo("the store is empty", err=True)
            return
        emit(rows, format)


@store_command("export")
def export_command(
    settings: StoreSettings,
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write (a folder for csv).")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f",
                                                 help="graphml, json or csv.")] = ExportFormat.graphml,
) -> None:
    """Write the stored graph as GraphML (Gephi), node-link JSON, or neo4j-admin CSV files."""
    from kg.export import export, read_graph

    with reported():
        with settings.open(read_only=True) as store:
            G = read_graph(store)
        if not G.number_of_nodes():
            raise NoResults("the store is empty: nothing to export")
        for path in export(G, format.value, out):
            typer.echo(str(path))


@store_command("reset")
def reset_command(
    settings: StoreSettings,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete the project's graph from the store."""
    with reported():
        if not yes:
            if not sys.stdin.isatty():
                raise UsageError("kg reset deletes the graph; pass --yes to confirm")
            typer.confirm("Delete the whole graph from the store?", abort=True)
        with settings.open() as store:
            store.reset()
        typer.echo("store reset")
