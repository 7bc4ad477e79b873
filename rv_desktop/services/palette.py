"""Chart colours shared by the program's charts (QtCharts) and the PDF report (reportlab).

One place, so a chart looks the same on screen and on paper. Colours are hex strings
that both ``QColor`` and ``reportlab.lib.colors.HexColor`` accept.
"""

from __future__ import annotations

#: satisfaction result (enums.Satisfaction value) → colour
SATISFACTION_COLOURS: dict[str, str] = {
    "satisfied": "#2E7D32",
    "basically_satisfied": "#9CCC65",
    "dissatisfied": "#C62828",
    "not_reached": "#9E9E9E",
}
#: the planned pace line in "progress over time"
PLAN_COLOUR = "#1565C0"
#: the visits actually made, in "progress over time"
ACTUAL_COLOUR = "#EF6C00"
#: neutral bars (rates by handling unit)
BAR_COLOUR = "#1565C0"
#: grid lines and axes
GRID_COLOUR = "#BDBDBD"
