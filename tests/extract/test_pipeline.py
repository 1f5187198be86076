"""The pipeline end to end: the sample against its gold file, offsets back to the source,
entities only with mentions, spaCy assembly and parallel extraction."""
from __future__ import annotations

import json
import re

import pytest

from kg.evaluate import score
from loaders import load
from loaders.extract import extract, extract_paths, make_nlp, to_json
from tests.extract.texts import mentions_off_their_words

CORPUS = "/work/shared/corpus/more"


@pytest.fixture(scope="module")
def sample(sample_path):
    return extract([load(sample_path)])


@pytest.fixture(scope="module")
def gold(repo_root):
    return json.loads((repo_root / "tests" / "data" / "suzhou-2023-education-work-points.gold.json").read_text("utf-8"))


@pytest.mark.parametrize("kind", ["Institution", "Body", "Programme", "Place"])
def test_sample_entities_reach_the_quality_goal(sample, gold, kind):
    report = score(to_json(sample), gold)
    assert report.f1(kind) >= 0.95, report.table()


def test_sample_participation_is_exact(sample, gold):
    report = score(to_json(sample), gold)
    assert report.f1("PARTICIPATES_IN") == 1.0, report.table()


def test_every_mention_points_at_its_words_in_the_source(sample):
    assert mentions_off_their_words(sample) == []
    parsed = {p.document.id: p for p in sample.parsed}
    for m in sample.mentions:
        p = parsed[m.doc]
        written = re.sub(r"\s*\n\d+、|\s+", "", p.document.source[m.start : m.end])
        if written != m.text:  # only a page marker, a line break or a repaired OCR slip differ
            assert len(written) == len(m.text) and sum(a != b for a, b in zip(written, m.text)) <= 2, (written, m.text)


def test_no_entity_exists_without_a_mention(sample):
    mentioned = {m.entity for m in sample.mentions}
    assert {e.id for e in sample.entities} <= mentioned


def test_relations_join_known_ends(sample):
    ids = {e.id for e in sample.entities} | {t.id for t in sample.targets}
    ids |= {d.id for d in sample.documents} | {i.id for p in sample.parsed for i in p.items}
    for r in sample.relations:
        assert r.source in ids and r.target in ids, r


def test_one_entity_per_name(sample):
    keys = [(e.type, e.name) for e in sample.entities]
    assert len(keys) == len(set(keys))


def test_the_pipeline_is_assembled_from_its_config_with_namespaced_components():
    nlp = make_nlp()
    assert nlp.pipe_names[0] == "candidates" and nlp.pipe_names[-1] == "relations"
    assert all(nlp.get_pipe_meta(n).factory.startswith("policy_kg_") for n in nlp.pipe_names)
    doc = nlp("支持浙江大学建设。")
    assert [(s.text, s.label_) for s in doc.spans["policy_kg"]] == [("浙江大学", "Institution")]


def test_the_json_contract_has_the_agreed_fields(sample):
    out = to_json(sample)
    assert set(out) == {"documents", "entities", "relations", "targets"}
    assert set(out["documents"][0]) == {"id", "path", "title", "issuer", "place", "year"}
    ent = out["entities"][0]
    assert set(ent) == {"id", "type", "name", "aliases", "mentions"}
    assert set(ent["mentions"][0]) == {"doc", "start", "end", "text", "section", "item", "sentence"}
    assert set(out["relations"][0]) == {"id", "type", "source", "target", "evidence"}
    assert set(out["relations"][0]["evidence"][0]) == {"doc", "start", "end", "sentence"}
    assert set(out["targets"][0]) == {"id", "quantity", "unit", "object", "deadline", "subject",
                                      "doc", "start", "end", "item"}
    json.dumps(out, ensure_ascii=False)


def test_parallel_extraction_gives_the_same_result(sample_path, tmp_path):
    other = tmp_path / "hz.txt"
    from tests.extract.texts import HANGZHOU

    other.write_text(HANGZHOU, encoding="utf-8")
    one, errors_one = extract_paths([sample_path, other])
    two, errors_two = extract_paths([sample_path, other], workers=2)
    assert not errors_one and not errors_two
    assert sorted(e.id for e in one.entities) == sorted(e.id for e in two.entities)
    assert sorted(r.id for r in one.relations) == sorted(r.id for r in two.relations)
    assert len(one.mentions) == len(two.mentions)


def test_a_bad_file_is_reported_and_the_others_are_extracted(sample_path, tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    result, errors = extract_paths([bad, sample_path])
    assert [e.path for e in errors] == [str(bad)]
    assert len(result.documents) == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_is_reported_once_per_file_in_order_of_completion(sample_path, tmp_path, workers):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    calls = []
    result, errors = extract_paths([sample_path, bad], workers=workers,
                                   progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    assert len(result.documents) == 1 and [e.path for e in errors] == [str(bad)]


def test_an_entity_found_in_two_documents_is_one_entity_with_both_mentions(tmp_path):
    from tests.extract.texts import HANGZHOU

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HANGZHOU, encoding="utf-8")
    b.write_text(HANGZHOU.replace("2024", "2025"), encoding="utf-8")
    result, _ = extract_paths([a, b])
    zju = [e for e in result.entities if e.name == "浙江大学"]
    assert len(zju) == 1
    assert {m.doc for m in result.mentions if m.entity == zju[0].id} == {d.id for d in result.documents}
