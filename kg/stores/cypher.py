"""The write Cypher of the stores: templates in ``queries/write/`` filled from ``kg.schema``.

A template names labels, relation types and property names as ``__LABEL__``, ``__TYPE__``,
``__BASE__`` and ``__PROPERTY__``, because Cypher cannot take them as parameters. ``render``
fills them in only with identifiers that ``kg.schema`` defines, and refuses anything else,
so no user value ever becomes query text; values always travel as parameters.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg import schema

WRITE_DIR = Path(__file__).resolve().parents[2] / "queries" / "write"
_TOKEN = re.compile(r"__([A-Z]+)__")


@lru_cache(maxsize=None)
def template(name: str) -> str:
    """The text of ``queries/write/<name>.cypher`` without its comment lines."""
    text = (WRITE_DIR / f"{name}.cypher").read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines()
                     if line.strip() and not line.lstrip().startswith("//"))


def render(name: str, **names: str) -> str:
    """Fill a template's tokens; every value must be an identifier of ``kg.schema``."""
    values = {"BASE": schema.BASE_LABEL, **{k.upper(): v for k, v in names.items()}}
    for key, value in values.items():
        if value not in schema.IDENTIFIERS:
            raise ValueError(f"{key}={value!r} is not a schema identifier")

    def fill(match: re.Match) -> str:
        return values[match.group(1)]

    return _TOKEN.sub(fill, template(name))


@lru_cache(maxsize=None)
def document_statement(remove: bool, write: bool) -> str:
    """One statement that replaces a document's facts: atomic in both stores.

    FalkorDB has no multi-statement transactions but rolls a failed query back
    completely, so taking out an old version and writing every node and edge of the new
    one go into a single query; the same text runs inside one Neo4j transaction. Nodes
    left without support are deleted by ``delete_unsupported`` right after.
    """
    parts = [render("detach_documents")] if remove else []
    if write:
        parts += [render("merge_nodes", label=label) for label in schema.NODE_LABELS]
        parts += [render("create_edges", type=rel) for rel in schema.RELATION_TYPES]
    return "\n".join(parts + ["RETURN done"])


def node_param(label: str) -> str:
    return f"nodes_{label}"


def edge_param(rel: str) -> str:
    return f"edges_{rel}"
