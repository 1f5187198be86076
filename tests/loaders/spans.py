"""A checker for provenance: every clean character is its source character or a documented repair."""
from __future__ import annotations

from kg.model import CleanText, ParsedDocument
from loaders.clean import rule_names


def assert_clean_maps_to_source(source: str, clean: CleanText) -> None:
    text, offsets = clean.text, clean.offsets
    assert len(offsets) == len(text) + 1
    assert all(a < b for a, b in zip(offsets, offsets[1:len(text)])), "offsets must increase"
    repaired = {}
    for a, b, original, rule in clean.repairs:
        assert rule in rule_names(), f"undocumented repair rule {rule!r}"
        assert source[offsets[a] :].startswith(original)
        repaired.update({i: (original, rule) for i in range(a, b)})
    for i, ch in enumerate(text):
        if i in repaired:
            continue
        assert source[offsets[i]] == ch, f"clean {i} {ch!r} maps to source {offsets[i]} {source[offsets[i]]!r} without a repair"


def assert_span_maps_back(parsed: ParsedDocument, part) -> None:
    """``part``'s source span holds exactly the source characters of its clean span."""
    clean, source = parsed.clean, parsed.document.source
    assert clean.to_source(part.cstart, part.cend) == (part.start, part.end), part
    mapped = [clean.offsets[i] for i in range(part.cstart, part.cend)]
    assert all(part.start <= o < part.end for o in mapped), part
    assert mapped[0] == part.start and mapped == sorted(mapped), part
    if hasattr(part, "text"):
        assert part.text == clean.text[part.cstart : part.cend]
