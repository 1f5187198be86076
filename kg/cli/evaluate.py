"""CLI command: eval — score an extraction against a gold file (kg.evaluate)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, reported
from kg.evaluate import evaluate


@app.command("eval")
def eval_(
    prediction: Annotated[Path, typer.Argument(
        help="A `kg extract --json` file, or a document to extract first.", show_default=False)],
    gold: Annotated[Path, typer.Option(
        "--gold", help="The gold file (*.gold.json) to score against.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print scores, misses and false finds as JSON.")] = False,
) -> None:
    """Score extracted entities, PARTICIPATES_IN and targets against a gold file.

    Prints precision, recall and F1 per entity type, their micro average,
    PARTICIPATES_IN and targets, then what was missed and what was found
    wrongly, by the scoring rules of the annotation guidelines.
    """
    with reported():
        report = evaluate(prediction, gold)
        if as_json:
            typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        else:
            typer.echo(report.table())
