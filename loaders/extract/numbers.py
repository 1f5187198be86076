"""Numerals in policy text: Arabic (also full-width) and Chinese (三十, 两千零五)."""
from __future__ import annotations

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_POWERS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int | None:
    """三十 → 30, 两千零五 → 2005, 十四 → 14, 二五 → None (a code, not a number)."""
    total, pending, last_power = 0, None, 10_000
    for ch in text:
        if ch in "零〇" and total:
            continue  # 一百零五: 零 only holds the place of an empty digit
        if ch in CN_DIGITS:
            if pending is not None:
                return None  # two digits in a row: 十四五, 二五 are names, not numbers
            pending = CN_DIGITS[ch]
        elif ch in CN_POWERS:
            power = CN_POWERS[ch]
            if power >= last_power:
                return None
            total += (1 if pending is None else pending) * power
            pending, last_power = None, power
        else:
            return None
    return total + (pending or 0)


def parse_number(text: str) -> int | float | None:
    """Arabic (also full-width) or Chinese numerals; integral values come back as int."""
    if text[0] in CN_DIGITS or text[0] in CN_POWERS:
        return chinese_number(text)
    value = float(text.replace("．", ".").translate(_FULLWIDTH))
    return int(value) if value.is_integer() and "." not in text and "．" not in text else value


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def scale(value: int | float, factor: int) -> int | float:
    scaled = value * factor
    return int(round(scaled)) if abs(scaled - round(scaled)) < 1e-6 else scaled
