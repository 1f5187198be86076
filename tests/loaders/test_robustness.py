"""Odd inputs never break the loaders' promises: no crash, every span maps back."""
from __future__ import annotations

import random

from loaders import RawText, parse
from tests.loaders.spans import assert_clean_maps_to_source, assert_span_maps_back

PIECES = [
    "一、", "二、", "第三章", "1.", "2 .", "3、", "（四）", "（1）", "【重点任务5】", "\n", "\n\n", "\n7、", "\u3000", " ", ",", "。", "；", "：",
    "“", "”", "(", ")", "IOO节", "100%o", "力口强", "苏州一新加坡", "加强党建", "推进改革", "牵头单位：市教育局", "2023年", "46.8%", "\t", "\r\n",
    "第2页", "- 3 -", "由会员分享", "\ufeff", "\x00",
]


def test_random_documents_keep_the_offset_promises():
    rng = random.Random(20231)
    for _ in range(300):
        source = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        if not source.replace("\x00", "").strip():
            continue
        try:
            parsed = parse(RawText(source, rng.choice(["txt", "pdf"])), "random.txt")
        except Exception as err:  # only "nothing left" may be refused
            assert "no text left" in str(err), (source, err)
            continue
        assert_clean_maps_to_source(source, parsed.clean)
        for part in (*parsed.sections, *parsed.items, *parsed.sentences):
            assert part.cstart < part.cend
            assert_span_maps_back(parsed, part)
