"""The schema as data, and the write Cypher filled only from it."""
from __future__ import annotations

import pytest

from kg import schema
from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.stores import cypher


def test_the_schema_covers_the_models_entity_and_relation_types():
    assert set(ENTITY_TYPES) == set(schema.ENTITY_LABELS)
    assert set(RELATION_TYPES) <= set(schema.RELATION_TYPES)
    assert [r.type for r in schema.RELATIONS] == list(schema.RELATION_TYPES)


def test_the_schema_description_names_every_label_and_relation():
    text = schema.describe()
    for name in (*schema.NODE_LABELS, *schema.RELATION_TYPES, "evidence_sentence"):
        assert f"`{name}`" in text


@pytest.mark.parametrize("value", ["Institution) DETACH DELETE (n", "Person", "id`"])
def test_a_template_cannot_be_filled_with_anything_but_schema_identifiers(value):
    with pytest.raises(ValueError, match="not a schema identifier"):
        cypher.render("merge_nodes", label=value)


def test_the_document_statement_has_one_block_per_label_and_relation_type():
    text = cypher.document_statement(True, True)
    for label in schema.NODE_LABELS:
        assert f"$nodes_{label} AS row" in text and f"MERGE (n:KGNode:{label} {{id: row.id}})" in text
    for rel in schema.RELATION_TYPES:
        assert f"$edges_{rel} AS row" in text and f"[r:{rel} {{doc: $doc}}]" in text
    assert "__" not in text and "//" not in text


def test_the_schema_applies_twice_without_error(any_store):
    any_store.apply_schema()
    any_store.apply_schema()
