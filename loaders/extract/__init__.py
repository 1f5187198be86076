"""Extraction: institutions, bodies, programmes, places, cited policies, targets and their
relations from parsed documents, with a spaCy pipeline (``pipeline.cfg``) of rule components
over language data in ``loaders/data``.

Public entry points: ``extract(parsed_docs)``, ``extract_paths(paths, workers=1)`` and
``to_json(extraction)`` (the ``kg extract --json`` contract).
"""
from loaders.extract.pipeline import extract, extract_paths, make_nlp
from loaders.extract.serialize import to_json

__all__ = ["extract", "extract_paths", "make_nlp", "to_json"]
