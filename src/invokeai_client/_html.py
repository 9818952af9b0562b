"""Small HTML summaries for notebooks (``_repr_html_``): a title, labelled values, and an optional table.

Pure: the callers hand in what they already hold (no request is made to show an object), and every text is
escaped and cut to a bounded length, so a long prompt or a hostile value cannot break the page.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

__all__ = ["summary"]

CELL = 80  # characters shown of one value
ROWS = 50  # table rows shown; the rest are counted


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    if len(text) > CELL:
        text = text[: CELL - 1] + "…"
    return html.escape(text)


def summary(
    title: str,
    fields: Sequence[tuple[str, object]],
    *,
    headers: Sequence[str] = (),
    rows: Sequence[Sequence[object]] = (),
) -> str:
    """``<div>`` with the title, one line per field, and a table of ``rows`` under ``headers``."""
    parts = [f"<div><strong>{_cell(title)}</strong>", "<table>"]
    parts += [f"<tr><th style='text-align:left'>{_cell(k)}</th><td>{_cell(v)}</td></tr>" for k, v in fields]
    parts.append("</table>")
    if headers:
        parts.append("<table><tr>" + "".join(f"<th>{_cell(h)}</th>" for h in headers) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>" for row in rows[:ROWS]]
        parts.append("</table>")
        if len(rows) > ROWS:
            parts.append(f"<p>… and {len(rows) - ROWS} more</p>")
    parts.append("</div>")
    return "\n".join(parts)
