"""The return-visit registration form (信访事项办理情况回访登记表): window, tabs, inputs, words."""

from __future__ import annotations

from .dialog import AUTOSAVE_MS, VisitFormDialog

__all__ = ["AUTOSAVE_MS", "VisitFormDialog"]
