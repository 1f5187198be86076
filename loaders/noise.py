"""Language data for cleaning: what noise and OCR slips look like in scraped policy texts.

Only tables and patterns live here; ``loaders.clean`` applies them. Each entry is used by
one named rule, and the rule's ``why`` says when it is safe.

Convention for punctuation: inside running Chinese text, ASCII , : ; ( ) ? ! and straight
double quotes become their full-width Chinese forms (，：；（）？！“”). Digits and Latin
letters become half-width (１２ → 12). A "." is never changed: it is a decimal point or an
item marker (``2 .全面推进``). Everything else stays as written.
"""
from __future__ import annotations

# CJK ideographs (basic block + extension A + compatibility) used in context tests.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Chinese punctuation that may border a normalised ASCII mark.
CJK_PUNCT = "\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2014\u2026\u201c\u201d\u2018\u2019\u300a\u300b"
# Sentence-final marks (full-width only: the cleaner has already converted ASCII ones).
TERMINATORS = "。！？；"

# Characters that carry nothing: zero-width spaces and joiners, BOMs inside the text, soft hyphens.
# NUL is here because some PDF text layers interleave it with CJK glyphs (CID fonts).
INVISIBLE = "\x00\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Horizontal white space of every width.
SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\u202f"

# A line holding one of these is site boilerplate of a document-sharing site, not the document.
BOILERPLATE_MARKERS = (
    "由会员分享",
    "可在线阅读",
    "文库网上搜索",
    "更多相关《",
    "原创力文档",
    "下载后可编辑",
    "本文档由用户上传",
    "免费下载",
    "道客巴巴",
    "豆丁网",
    "百度文库",
)
# Shared-site header: 《<title>.docx》由会员分享… — gives the document title.
BOILERPLATE_TITLE = r"《(?P<title>[^》\n]{4,80}?)(?:\.(?:docx?|pdf|txt|wps|pptx?))?(?:\(\d+页[^)]*\))?》"

# Page-number lines: 第3页, 第 3 页 共 12 页, - 3 -, — 3 —, 3/12, Page 3.
PAGE_NUMBER_LINE = (
    r"(?m)^[" + SPACES + r"]*(?:"
    r"第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?"
    r"|[-—–－]\s*\d+\s*[-—–－]"
    r"|\d+\s*/\s*\d+"
    r"|[Pp]age\s*\d+(?:\s*of\s*\d+)?"
    r")[" + SPACES + r"]*(?:\n|$)"
)
# A scraped copy marks where each page began with "N、" at a line start, often mid-word.
PAGE_MARKER = r"(?m)^(?P<n>\d{1,3})、"

# A line that starts a heading or item: never joined to the line before it.
LINE_START_MARKER = r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十百\d]+[章节部篇]|\d{1,2}\s?[.．、]|【)"

# Full-width forms of ASCII punctuation used in running Chinese text.
FULL_WIDTH_PUNCT = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}

# OCR reads the digits 1 and 0 as the letters I/l and O/o.
OCR_DIGITS = {"I": "1", "l": "1", "O": "0", "o": "0"}
# Counting words after a number: a run of I/O/0/1 before one of them is a number.
MEASURE_WORDS = "节个所名项次人家万亿元条门批届期年月日天小时岁位支座本场"

# One character that OCR split into two (力口 is 加). Only pairs that never occur as two
# real characters in running text.
SPLIT_CHARACTERS = {
    "力口": "加",
}

# Place-name endings: 苏州一新加坡 is 苏州—新加坡 when 一 sits between two places.
PLACE_ENDINGS = "州市省京海津港门岛县区"
REGION_NAMES = ("香港", "澳门", "台湾", "港澳", "港澳台")
# Names never taken as the place after 一: 苏州一中国际部 is 苏州一中 (No. 1 School) 国际部.
NOT_AFTER_DASH = ("中",)
