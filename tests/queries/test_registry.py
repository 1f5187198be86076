"""queries: every file has a well-formed header, and bind() checks CLI strings."""
from __future__ import annotations

import re

import pytest

import queries
from kg.errors import UsageError

REQUIRED = {"institutions-in-programme", "programmes-of-institution", "programmes-by-institution",
            "programme-profile", "body-responsibilities", "targets", "neighbourhood",
            "shortest-connection", "co-participation", "programme-changes", "citing-documents",
            "most-cited-policies", "communities", "central-entities", "search"}


def test_every_query_file_loads_with_name_description_and_typed_params():
    reg = queries.registry()
    assert REQUIRED <= set(reg)
    for name, q in reg.items():
        assert q.path.stem == name
        assert q.description.endswith(".")
        for p in q.params:
            assert f"${p.name}" in q.text, f"{name}: ${p.name} declared but not used"
        used = set(re.findall(r"\$(\w+)", q.text))
        assert used == {p.name for p in q.params}, f"{name}: undeclared parameters"


def test_bind_converts_types_and_fills_defaults():
    q = queries.get("institutions-in-programme")
    assert q.bind({"programme": "郑和计划", "limit": "5"}) == {"programme": "郑和计划", "limit": 5}
    assert q.bind({"programme": "郑和计划"})["limit"] == 50


def test_bind_keeps_cypher_looking_text_as_text():
    q = queries.get("search")
    value = "' }) DETACH DELETE n //"
    assert q.bind({"fragment": value})["fragment"] == value


@pytest.mark.parametrize("raw, message", [
    ({}, "parameter programme is required"),
    ({"programme": "x", "limit": "many"}, "limit must be a whole number, not 'many'"),
    ({"programme": "x", "limit": "-1"}, "must not be negative"),
    ({"programme": "x", "colour": "red"}, "has no parameter 'colour'"),
])
def test_bind_rejects_bad_values_with_a_usage_error(raw, message):
    with pytest.raises(UsageError, match=re.escape(message)):
        queries.get("institutions-in-programme").bind(raw)


def test_an_unknown_query_suggests_close_names():
    with pytest.raises(UsageError, match="did you mean programmes-by-institution"):
        queries.get("programmes-by-institutions")
    with pytest.raises(KeyError):
        queries.get("nothing-like-it")


def test_a_malformed_header_names_the_file(tmp_path):
    with pytest.raises(ValueError, match="bad parameter line"):
        queries.parse("// name: x\n// description: y.\n// param: limit: integer\n", tmp_path / "x.cypher")
    with pytest.raises(ValueError, match="needs '// name:'"):
        queries.parse("MATCH (n) RETURN n", tmp_path / "y.cypher")


def test_internal_queries_load_and_stay_out_of_the_canned_list():
    names = [p.stem for p in (queries.HERE / "internal").glob("*.cypher")]
    assert {"export-nodes", "export-edges", "graph-stats"} <= set(names)
    for name in names:
        assert queries.internal(name).name == name
        assert name not in queries.registry()
