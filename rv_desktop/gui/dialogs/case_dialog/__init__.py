"""The case dialog: one case with its petitioner, handling, campaigns and history
(``dialog``), its tables (``tables``) and words (``labels``)."""

from __future__ import annotations

from .dialog import CaseDialog
from .labels import ACTION_LABELS, EXCLUSION_LABELS, FIELD_LABELS, STATUS_LABELS, field_label

__all__ = [
    "ACTION_LABELS",
    "EXCLUSION_LABELS",
    "FIELD_LABELS",
    "STATUS_LABELS",
    "CaseDialog",
    "field_label",
]
