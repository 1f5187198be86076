"""CLI command: extract — entities, relations and targets of documents (loaders.extract)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, reported


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Documents or folders (.txt .docx .pdf .html).", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the extraction contract (documents, entities with mentions, relations with evidence, targets) as JSON.")] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Extract documents in this many processes.")] = 1,
) -> None:
    """Extract institutions, bodies, programmes, places, cited policies, targets and their relations.

    Without --json, prints per type the count and the names, relation counts and the
    targets. Offsets in the JSON are character offsets into each document's decoded
    source text. A file that cannot be read gets one line on stderr (kg: <path>:
    <reason>); the others are still extracted. Exit code 0 when every file was read,
    2 when any failed.
    """
    from loaders.extract import extract_paths, to_json
    from loaders.extract.serialize import summary_lines

    with reported():
        extraction, errors = extract_paths(files, workers=workers)
        for err in errors:
            typer.echo(f"kg: {err}", err=True)
        if not extraction.documents:
            raise typer.Exit(2)
        if as_json:
            typer.echo(json.dumps(to_json(extraction), ensure_ascii=False, indent=1))
        else:
            for line in summary_lines(extraction):
                typer.echo(line)
        if errors:
            raise typer.Exit(2)
