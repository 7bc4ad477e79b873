"""rv_desktop: the return-visit desk of a town petition office (千案回访)."""

from __future__ import annotations

__version__ = "0.1.0"
