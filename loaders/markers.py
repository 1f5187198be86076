"""Language data for the outline: heading and item markers, numerals, lead-unit roles.

``loaders.outline`` reads these; nothing here decides, it only names the forms.
"""
from __future__ import annotations

from loaders.noise import HAN
from loaders.numerals import DIGITS as NUMERAL_DIGITS

DIGITS = {**NUMERAL_DIGITS, "○": 0}  # ○ stands for 〇 in typed years (二○二三)
NUMERAL = "[一二三四五六七八九十百〇○零]{1,4}"

# Top-level headings: 一、总体要求 and 第七章 高等教育 (第一部分, 第二篇).
SECTION_PATTERNS = {
    "chapter": rf"第(?P<label>{NUMERAL}|\d{{1,3}})(?:章|部分|篇)[\s：:]*",
    "numeral": rf"(?P<label>{NUMERAL})[、．.]",
}
# Numbered items, each style with its own count. ``weak`` styles carry no punctuation
# (the OCR form 1学习贯彻): they count only when the number is exactly the next one.
ITEM_PATTERNS = {
    "paren-numeral": rf"[（(](?P<label>{NUMERAL})[）)]",
    "paren-arabic": r"[（(](?P<label>\d{1,2})[）)]",
    "task": r"【(?P<kind>[^】\d\n]{0,10}?)(?P<label>\d{1,3})】",
    "arabic": rf"(?<![\d.%A-Za-z])(?P<label>\d{{1,2}})[ ]?(?P<p>[.．、])(?![\d%])[ ]?(?=[{HAN}“《（])",
    "weak": rf"(?<![\d.%A-Za-z])(?P<label>\d{{1,2}})(?=[{HAN}“《])",
}
# Rank of each style in the usual hierarchy 一、 > （一） > 1. > （1）. In a section only the
# highest-ranked style present makes items; lower ones are sub-items and stay in the text.
# A 【重点任务N】 series runs through a plan beside （一）, so it shares rank 1.
ITEM_RANKS = {"paren-numeral": 1, "task": 1, "arabic": 2, "paren-arabic": 3}
WEAK_STYLES = {"weak": "arabic"}  # a weak marker continues the count of this style
# After a bare number these characters make it a quantity, not an item (10项行动, 2023年).
QUANTITY_FOLLOWERS = "节个所名项次人家万亿元条门批届期年月日天小时岁位支座本场倍种类级周分秒"

# Characters that close a sentence, and closing marks that stay with it (。” ）).
SENTENCE_END = "。！？；!?"
CLOSERS = "”’）」』】》)"
# Clause separators inside a sentence (not inside quotes, titles or brackets).
CLAUSE_SEPARATORS = "，、：；,:;\t"
OPENERS_CLOSERS = {"“": "”", "《": "》", "（": "）", "(": ")", "‘": "’", "「": "」", "【": "】"}

# Lead-unit annotations at the end of an item: （牵头单位：市教育局；配合单位：市财政局、市人社局）
LEAD_ROLES = (
    "牵头单位", "责任单位", "配合单位", "参与单位", "协办单位", "主办单位", "实施单位", "责任主体",
    "牵头部门", "责任部门", "配合部门", "参与部门", "协同部门",
)
UNIT_SEPARATORS = "、，,/；;"  # not 和: it occurs inside names (发展和改革委员会)

# Metadata (loaders.metadata): authorities, places and dates as they appear in titles and signatures.
ISSUER_SUFFIXES = r"(?:厅|局|委员会|委|政府|办公厅|办公室|部|教育部|人民政府|中心|学校|大学|学院)"
PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "省", "市", "州", "县", "区", "盟", "旗")
PLACE_LONGEST = 8
GENERIC_PLACE_HEADS = "全本各我该此每"  # 全市, 本省, 各区: not a name
DATE_LINE = r"^[〇○零一二三四五六七八九十\d]{4}\s*年[〇○零一二三四五六七八九十\d]{1,3}\s*月[〇○零一二三四五六七八九十\d]{1,3}\s*日$"
TITLE_SHAPE = r"(?:要点|规划|纲要|方案|计划|意见|通知|办法|决定|报告|细则|措施|规定|条例|总结|安排)"
# A place's own system-wide plan (苏州市2023年全市教育工作要点) is issued by its authority
# for that field: the level of the place picks the authority's name.
SYSTEM_PLAN = r"^{place}(?:\d{{4}}年度?)?(?:全市|全省|全区|全县|全州)?(?P<field>教育)(?:工作要点|工作计划|工作安排)"
FIELD_AUTHORITIES = {
    "教育": {"省": "教育厅", "自治区": "教育厅", "市": "教育局", "州": "教育局", "县": "教育局", "区": "教育局"},
}
