"""Graphs for the viz tests, built by the real ``kg.graph.build_graph`` from hand-made
extractions, so they follow the shared graph conventions exactly."""
from __future__ import annotations

import random

import networkx as nx

from kg.graph import annotate, build_graph
from kg.model import Document, Entity, Evidence, Extraction, Item, Mention, ParsedDocument, \
    Relation, Section, Target, CleanText

XSS = "<img src=x onerror=alert(1)>"


def _doc(doc_id: str, title: str, year: int, text: str) -> tuple[Document, Section, Item]:
    doc = Document(doc_id, f"{doc_id}.txt", text, "txt", title=title, year=year, place="苏州")
    sec = Section(f"{doc_id}-s1", doc_id, 1, "一", "重点任务", 0, len(text), 0, len(text))
    item = Item(f"{doc_id}-i1", doc_id, sec.id, 1, text.split("。")[0], 0, len(text), 0, len(text))
    return doc, sec, item


def small_graph() -> nx.MultiDiGraph:
    """Two plans (2023, 2024): institutions join programmes, a body leads one, and one
    entity is named like an XSS attack."""
    text_a = "苏州大学参与郑和计划。市教育局牵头实施郑和计划。<img src=x onerror=alert(1)>参与郑和计划。新建学校30所。"
    text_b = "苏州大学参与双一流建设。"
    da, sa, ia = _doc("doc-2023", "苏州市2023年教育工作要点", 2023, text_a)
    db, sb, ib = _doc("doc-2024", "苏州市2024年教育工作要点", 2024, text_b)
    uni = Entity("e-uni", "Institution", "苏州大学", ("苏大",))
    zh = Entity("e-zh", "Programme", "郑和计划")
    syl = Entity("e-syl", "Programme", "双一流建设", ("双一流",))
    edu = Entity("e-edu", "Body", "苏州市教育局", ("市教育局",))
    bad = Entity("e-xss", "Institution", XSS)
    s1, s2, s3, s4 = text_a.split("。")[:4]

    def ev(doc, text, sentence, item):
        at = text.index(sentence)
        return Evidence(doc.id, at, at + len(sentence), sentence + "。", item.id)

    mentions = [
        Mention(uni.id, da.id, 0, 4, "苏州大学", s1 + "。", sa.id, ia.id),
        Mention(zh.id, da.id, 6, 10, "郑和计划", s1 + "。", sa.id, ia.id),
        Mention(edu.id, da.id, 11, 15, "市教育局", s2 + "。", sa.id, ia.id),
        Mention(bad.id, da.id, 24, 24 + len(XSS), XSS, s3 + "。", sa.id, ia.id),
        Mention(uni.id, db.id, 0, 4, "苏州大学", text_b, sb.id, ib.id),
        Mention(syl.id, db.id, 6, 11, "双一流建设", text_b, sb.id, ib.id),
    ]
    relations = [
        Relation("r1", "PARTICIPATES_IN", uni.id, zh.id, (ev(da, text_a, s1, ia),)),
        Relation("r2", "LEADS", edu.id, zh.id, (ev(da, text_a, s2, ia),)),
        Relation("r3", "PARTICIPATES_IN", bad.id, zh.id, (ev(da, text_a, s3, ia),)),
        Relation("r4", "PARTICIPATES_IN", uni.id, syl.id, (ev(db, text_b, text_b[:-1], ib),)),
    ]
    at = text_a.index(s4)
    target = Target("t1", 30, "所", "学校", da.id, at, at + len(s4), deadline="2023",
                    item=ia.id, sentence=s4 + "。")
    parsed = tuple(ParsedDocument(d, CleanText.identity(d.source), (s,), (i,))
                   for d, s, i in ((da, sa, ia), (db, sb, ib)))
    extraction = Extraction((da, db), (uni, zh, syl, edu, bad), tuple(mentions),
                            tuple(relations), (target,), parsed)
    return annotate(build_graph(extraction))


def synthetic_graph(n_nodes: int = 5000, seed: int = 7) -> nx.MultiDiGraph:
    """About ``n_nodes`` nodes shaped like a corpus of plans: 20 documents with sections
    and items, entities mentioned in items and related to each other (~2 relations each)."""
    rng = random.Random(seed)
    n_docs, sections, items = 20, 5, 10  # 20 * (1 + 5 + 50) = 1,120 structure nodes
    documents, parsed, all_items = [], [], []
    for d in range(n_docs):
        text = "。".join(f"第{k}项工作要点" for k in range(sections * items)) + "。"
        doc = Document(f"doc{d:02d}", f"plan{d:02d}.txt", text, "txt",
                       title=f"苏州市{2015 + d % 10}年工作要点{d}", year=2015 + d % 10)
        secs = tuple(Section(f"{doc.id}-s{s}", doc.id, s + 1, "一", f"任务{s}", 0, 1, 0, 1)
                     for s in range(sections))
        its = tuple(Item(f"{doc.id}-i{s}-{i}", doc.id, secs[s].id, i + 1, f"要点{s}-{i}",
                         0, 1, 0, 1) for s in range(sections) for i in range(items))
        documents.append(doc)
        all_items.extend(its)
        parsed.append(ParsedDocument(doc, CleanText.identity(text), secs, its))
    types = ("Institution", "Body", "Programme", "Place", "Policy")
    n_entities = max(n_nodes - n_docs * (1 + sections + sections * items), 10)
    entities = [Entity(f"e{k}", types[k % 5], f"{'苏州南京无锡常州'[k % 4]}{types[k % 5][:3]}实体{k}号",
                       (f"别名{k}",)) for k in range(n_entities)]
    mentions, relations = [], []
    for ent in entities:
        item = rng.choice(all_items)
        sentence = f"{ent.name}参与{item.title}。"
        mentions.append(Mention(ent.id, item.doc, 0, len(ent.name), ent.name, sentence,
                                item.section, item.id))
        for r in range(2):
            other = rng.choice(entities)
            if other is not ent:
                relations.append(Relation(f"r{ent.id}-{r}", rng.choice(("PARTICIPATES_IN",
                                 "SUPPORTS", "PARTNERS_WITH")), ent.id, other.id,
                                 (Evidence(item.doc, 0, len(sentence), sentence, item.id),)))
    return build_graph(Extraction(tuple(documents), tuple(entities), tuple(mentions),
                                  tuple(relations), (), tuple(parsed)))
