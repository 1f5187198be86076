"""Report helpers shared by the notebook and ``kg serve``: tables, charts and inline graphs.

Everything here takes a built graph (or rows from a store) and returns something a
notebook shows as is (``_repr_html_``) and the web app embeds or downloads. Text from
the documents is always HTML-escaped here, so callers never have to remember to.
"""
from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

CJK_FONT = "Noto Sans CJK SC"

#: Returns the URL a cell should link to, or None: (column, value) -> href.
Linker = Callable[[str, Any], "str | None"]


def cell_text(value: Any) -> str:
    """One readable string per cell: lists joined, maps as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "、".join(cell_text(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


@dataclass(frozen=True)
class Table:
    """Rows with named columns; renders as an escaped HTML table, CSV or JSON."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    caption: str = ""

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]],
                     columns: Sequence[str] | None = None, caption: str = "") -> "Table":
        records = list(records)
        if columns is None:
            seen: dict[str, None] = {}
            for rec in records:
                seen.update(dict.fromkeys(rec))
            columns = list(seen)
        return cls(tuple(columns), tuple(tuple(r.get(c) for c in columns) for r in records),
                   caption)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows([cell_text(v) for v in row] for row in self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps(self.records(), ensure_ascii=False, indent=1, default=str)

    def to_html(self, link: Linker | None = None) -> str:
        def cell(column: str, value: Any) -> str:
            text = html.escape(cell_text(value))
            href = link(column, value) if link else None
            return f'<a href="{html.escape(href)}">{text}</a>' if href else text

        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{cell(c, v)}</td>" for c, v in zip(self.columns, row)) + "</tr>"
            for row in self.rows
        )
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return f'<table class="kg-table">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def _repr_html_(self) -> str:
        return self.to_html()


def use_cjk_font(family: str = CJK_FONT) -> str:
    """Make matplotlib draw Chinese labels with ``family`` (Debian: fonts-noto-cjk).

    Returns the family in use. When the font is missing, falls back to matplotlib's
    default and says so in the return value rather than failing: a chart with boxes for
    characters is still better than no chart.
    """
    import matplotlib
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    if family not in names:
        return matplotlib.rcParams["font.family"][0]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [family, *matplotlib.rcParams["font.sans-serif"]]
    # The CJK fonts have no U+2212 minus sign; use the ASCII one on axes.
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


class InlineHTML:
    """A full HTML page shown inside an iframe (srcdoc) in a notebook or another page."""

    def __init__(self, page: str, height: int = 600):
        self.page = page
        self.height = height

    def iframe(self) -> str:
        # srcdoc keeps the page self-contained and isolates its scripts from the host page.
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ccc" '
                f'sandbox="allow-scripts"></iframe>')

    def _repr_html_(self) -> str:
        return self.iframe()
