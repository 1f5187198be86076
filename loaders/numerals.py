"""Chinese numerals, shared by the outline (section labels 十八) and the targets (三十所)."""
from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
POWERS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int | None:
    """三十 → 30, 两千零五 → 2005, 十四 → 14, 二五 → None (a code, not a number)."""
    total, pending, last_power = 0, None, 10_000
    for ch in text:
        if ch in "零〇" and total:
            continue  # 一百零五: 零 only holds the place of an empty digit
        if ch in DIGITS:
            if pending is not None:
                return None  # two digits in a row: 十四五, 二五 are names, not numbers
            pending = DIGITS[ch]
        elif ch in POWERS:
            power = POWERS[ch]
            if power >= last_power:
                return None
            total += (1 if pending is None else pending) * power
            pending, last_power = None, power
        else:
            return None
    return total + (pending or 0)
