"""Loaders: policy documents in (.txt, .docx, .pdf, .html), clean structured text out.

``load(path)`` reads one file into a ``kg.model.ParsedDocument`` (document with the source
text as read and its metadata, the clean text with offsets back to the source, sections,
items and sentences); ``load_many(paths)`` reads files and folders and keeps going past a
bad file. Both raise or return ``kg.errors.InputError`` naming the file and the reason.
"""
from loaders.base import RawText
from loaders.clean import clean
from loaders.load import EXTENSIONS, load, load_many, parse
from loaders.outline import Clause, clauses

__all__ = ["EXTENSIONS", "Clause", "RawText", "clauses", "clean", "load", "load_many", "parse"]
