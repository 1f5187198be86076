"""CLI command: parse — the outline of documents as the loaders read them."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, reported
from loaders.report import outline_json, outline_lines, parse_paths


@app.command()
def parse(
    files: Annotated[list[Path], typer.Argument(help="Documents or folders (.txt .docx .pdf .html).", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the structure with spans (source offsets) as JSON.")] = False,
) -> None:
    """Print the outline of each document: sections, then item numbers and titles.

    A file that cannot be read gets one line on stderr (kg: <path>: <reason>); the other
    files are still printed. Exit code 0 when every file was read, 2 when any failed.
    """
    with reported():
        docs, errors = parse_paths(files)
        if as_json:
            typer.echo(json.dumps([outline_json(d) for d in docs], ensure_ascii=False, indent=1))
        else:
            for i, doc in enumerate(docs):
                if i:
                    typer.echo("")
                for line in outline_lines(doc):
                    typer.echo(line)
        for err in errors:
            typer.echo(f"kg: {err}", err=True)
        if errors:
            raise typer.Exit(2)
