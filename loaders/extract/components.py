"""spaCy wiring: the character tokenizer and the policy_kg components.

Each component reads what the one before it left on the Doc (``doc._.kg_*``) and the
document context set by ``extract`` (``doc._.kg_parsed``: the loader's ParsedDocument).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan
from spacy.util import registry

from kg.model import ParsedDocument
from loaders.extract.annotations import Annotations
from loaders.extract.candidates import CandidateFinder
from loaders.extract.lexicon import load_lexicon
from loaders.extract.places import load_gazetteer
from loaders.extract.relations import RuleRelations, Span
from loaders.extract.resolver import AliasResolver, Jurisdiction

for _name, _default in (("kg_parsed", None), ("kg_context", None), ("kg_candidates", ()),
                        ("kg_relations", ()), ("kg_targets", ())):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

_SENTENCE_END = re.compile(r"[。！？!?\n]+")


class CharTokenizer:
    """One token per character: names never straddle a token, and no segmenter is loaded."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))


@registry.tokenizers("policy_kg.char_tokenizer.v1")
def make_char_tokenizer():
    return lambda nlp: CharTokenizer(nlp.vocab)


@dataclass
class Context:
    """What a document's components share: its id, outline and jurisdiction."""

    doc_id: str | None
    city: str | None
    where: Jurisdiction
    spans: list[Span]
    items: tuple = ()
    issuer: str | None = None
    extra: dict = field(default_factory=dict)


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: with a token per character ``doc.text`` re-joins every
    token on each access, which costs more than all the rules together."""
    text = doc.user_data.get("policy_kg.text")
    if text is None:
        parsed = doc._.kg_parsed
        text = parsed.clean.text if parsed is not None else doc.text
        doc.user_data["policy_kg.text"] = text
    return text


def context_for(doc: Doc) -> Context:
    parsed: ParsedDocument | None = doc._.kg_parsed
    gaz = load_gazetteer()
    text = text_of(doc)
    if parsed is None:
        return Context(None, None, Jurisdiction(), _split(text))
    d = parsed.document
    place = d.place
    if not place:
        for hint in (d.title or "", d.issuer or ""):
            m = gaz.regex.search(hint)
            if m:
                place = m.group()
                break
    spans = [Span(s.cstart, s.cend, s.item, s.section) for s in parsed.sentences] or _split(text)
    return Context(d.id, place, Jurisdiction.of(place, gaz), spans, parsed.items, d.issuer)


def _main_city(cands) -> str | None:
    gaz = load_gazetteer()
    counts: dict[str, int] = {}
    for c in cands:
        place = gaz.lookup(c.name) if c.type == "Place" else None
        city = place and (place.name if place.level == "city" else place.city)
        if city:
            counts[city] = counts.get(city, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] >= 2 else None


def _split(text: str) -> list[Span]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append(Span(start, m.end()))
        start = m.end()
    if start < len(text) or not spans:
        spans.append(Span(start, len(text)))
    return spans


class CandidatesComponent:
    """Sets ``doc._.kg_candidates`` (and ``doc.spans["policy_kg"]``) from CandidateFinder."""

    def __init__(self):
        self.finder = CandidateFinder(load_lexicon(), load_gazetteer())
        self.annotations = Annotations(load_lexicon(), self.finder.bounds)

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_for(doc)
        doc._.kg_context = ctx
        text = text_of(doc)
        cands = self.finder.find(text, ctx.city)
        ctx.extra["units"] = self.annotations.units(text, ctx.items)  # read again by the relations
        leads = self.annotations.candidates(ctx.extra["units"], cands)
        if leads:  # a responsible unit is one name: 省人民政府教育督导室 holds no 省人民政府
            cands = [c for c in cands if not any(u.start <= c.start and c.end <= u.end for u in leads)] + leads
        if ctx.city is None:  # no place in the title or metadata: the city the text names most
            ctx.city = _main_city(cands)
            ctx.where = Jurisdiction.of(ctx.city, load_gazetteer())
        cands.sort(key=lambda c: (c.start, c.end))
        doc._.kg_candidates = cands
        # one token per character: character offsets are token offsets (no char_span search)
        doc.spans["policy_kg"] = [DocSpan(doc, c.start, c.end, label=c.type) for c in cands]
        return doc


class ResolveComponent:
    """Gives every candidate its canonical name and aliases (AliasResolver)."""

    def __init__(self):
        self.resolver = AliasResolver(load_lexicon(), load_gazetteer())

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.kg_context or context_for(doc)
        self.resolver.resolve(list(doc._.kg_candidates), ctx.where)
        return doc


class RelationsComponent:
    """Sets ``doc._.kg_relations`` from RuleRelations (with the targets, when found)."""

    def __init__(self):
        self.rules = RuleRelations(load_lexicon())

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.kg_context or context_for(doc)
        cands = list(doc._.kg_candidates)
        issuer = next((("entity", "Body", c.canonical) for c in cands
                       if c.type == "Body" and ctx.issuer and c.canonical == ctx.issuer), None)
        text = text_of(doc)
        found = self.rules.find(text, ctx.spans, cands, doc._.kg_targets,
                                doc_key=("doc", ctx.doc_id), issuer=issuer)
        found += self.rules.leads(ctx.spans, ctx.extra.get("units", ()), cands)
        doc._.kg_relations = found
        return doc


@Language.factory("policy_kg_candidates")
def make_candidates(nlp: Language, name: str) -> CandidatesComponent:  # noqa: ARG001
    return CandidatesComponent()


@Language.factory("policy_kg_resolve")
def make_resolve(nlp: Language, name: str) -> ResolveComponent:  # noqa: ARG001
    return ResolveComponent()


@Language.factory("policy_kg_relations")
def make_relations(nlp: Language, name: str) -> RelationsComponent:  # noqa: ARG001
    return RelationsComponent()
