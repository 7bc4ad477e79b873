"""The assignment board (回访任务分配): who visits which case, by when, and who is left out.

A *task* is an included target with its assignment: a responsible leader
(包案领导), visitors (回访人员), joining units (the direct handling unit is
invited where needed), a planned method and a due date. ``assign_tasks``
gives many at once, in one transaction, after checking everything first:
an excluded case gets no task; staff who have left (inactive, or a leaving
date on or before today) get none; the due date lies within the campaign's
implementation stage. A refusal names the case, the person or the date, and
changes nothing.

The board has a column per ``TaskStatus``. How a card moves
(``move_task``) follows the visit records, the one-case-one-form of step 4:

========== ====================================================================
unassigned  no visit record yet; moving a card back here takes its visitors away
assigned    needs at least one visitor and no visit record yet (``assign_tasks``
            moves an unassigned card here as soon as it has a visitor)
visited     needs a visit record (the form is still to finish or review)
follow_up   needs a visit record (the visit found more to do)
done        needs the latest visit record final or reviewed, and no open
            follow-up or rework item (help items may stay open)
========== ====================================================================

``board`` gives the cards (``TaskCard``) with everything a card shows,
filtered and grouped; ``column_counts`` the count per column.
``nobody_left_out`` (in ``left_out.py``) gives the lists of step 7 (不漏一案、不漏一人), and
``route_sheet`` one visitor's open tasks sorted by village, unmasked for
paper: whoever prints it calls ``record_route_sheet_printed``.
"""

from __future__ import annotations

from ..left_out import LeftOut, LeftOutItem, nobody_left_out
from .assigning import add_handling_unit, add_visitor, assign_tasks
from .cards import GROUP_BY, BoardFilter, TaskCard, board, column_counts
from .checks import OPEN_STATUSES, TaskError
from .moving import move_task
from .route import RouteStop, record_route_sheet_printed, route_sheet
from .staff import StaffRow, has_left, staff_list, unit_list

__all__ = [
    "GROUP_BY",
    "OPEN_STATUSES",
    "BoardFilter",
    "LeftOut",
    "LeftOutItem",
    "RouteStop",
    "StaffRow",
    "TaskCard",
    "TaskError",
    "add_handling_unit",
    "add_visitor",
    "assign_tasks",
    "board",
    "column_counts",
    "has_left",
    "move_task",
    "nobody_left_out",
    "record_route_sheet_printed",
    "route_sheet",
    "staff_list",
    "unit_list",
]
