"""Long printed tables cut into one table per page beforehand, and the notes
kept with a table's last row (split out of ``tables``)."""

from __future__ import annotations

from reportlab.platypus import Flowable, LongTable, PageBreak, TableStyle

#: Above this many rows the table is cut into one table per page beforehand.
_PAGED_ROWS = 150


def _page_tables(
    table: LongTable,
    data: list[list],
    n_head: int,
    widths: list[float],
    style: list,
    first: float,
    height: float,
) -> list[Flowable]:
    """One table per page, header rows repeated, separated by page breaks.

    reportlab splits a long table page by page, working out the rows and
    spans of the whole rest again at every split: a 5,000-row summary took
    40 s. The row heights are worked out once here (one ``wrap``) and the
    rows cut where each page is full, so no table is split any more (a few
    points to spare; should a guess be short, reportlab splits that one)."""
    table.wrap(sum(widths), 1e9)
    heights = table._rowHeights  # noqa: SLF001 - what reportlab worked out
    head = sum(heights[:n_head])
    out: list[Flowable] = []
    room, used, start = first - 4, head, n_head
    for i in range(n_head, len(data)):
        if used + heights[i] > room and i > start:
            out += [_chunk(data, heights, n_head, start, i, widths, style), PageBreak()]
            room, used, start = height - 4, head, i
        used += heights[i]
    out.append(_chunk(data, heights, n_head, start, len(data), widths, style))
    return out


def _chunk(data, heights, n_head, start, end, widths, style) -> LongTable:
    return LongTable(
        data[:n_head] + data[start:end],
        colWidths=widths,
        rowHeights=heights[:n_head] + heights[start:end],  # known: not worked out again
        repeatRows=n_head,
        style=TableStyle(style),
    )


def _with_tail(data, tail, n_head, widths, style) -> LongTable:
    """The table with ``tail`` as rows of its own under the grid (spanning every
    column, no lines), kept with the last body row: reportlab never splits the
    table between them (NOSPLIT), so the notes never start a page alone."""
    last = len(data) - 1
    columns = len(widths)
    rows = data + [[flowable] + [""] * (columns - 1) for flowable in tail]
    lined = []
    for command in style:
        if command[0] in ("GRID", "BOX"):
            command = (command[0], command[1], (-1, last), *command[3:])
        lined.append(command)
    lined += [("SPAN", (0, r), (-1, r)) for r in range(last + 1, len(rows))]
    lined += [
        ("TOPPADDING", (0, last + 1), (-1, -1), 6),
        ("LEFTPADDING", (0, last + 1), (-1, -1), 0),
        ("NOSPLIT", (0, max(last, n_head)), (-1, -1)),
    ]
    return LongTable(rows, colWidths=widths, repeatRows=n_head, style=TableStyle(lined))
