"""Printed PDFs do not pile up: the prints folder keeps them for a while, then deletes them.

The Print menu writes each document (forms and tables with personal data,
unmasked) into the data folder's ``prints`` folder before the preview. They
are needed for a reprint for a few days, not for ever: ``prune_prints``
deletes the PDFs older than the retention time (a per-PC setting, 30 days by
default), at every start and every print. Only ``*.pdf`` files directly in
that folder are candidates.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

KEEP_DAYS_DEFAULT = 30


def prune_prints(folder: Path, keep_days: int, now: dt.datetime | None = None) -> list[Path]:
    """Delete the PDFs in ``folder`` last written more than ``keep_days`` days ago."""
    limit = (now.timestamp() if now else time.time()) - max(int(keep_days), 1) * 86400
    deleted = []
    try:
        entries = list(Path(folder).glob("*.pdf"))
    except OSError:
        return deleted
    for pdf in entries:
        try:
            if pdf.is_file() and pdf.stat().st_mtime < limit:
                pdf.unlink()
                deleted.append(pdf)
        except OSError:
            continue  # open in a viewer on Windows: the next start tries again
    return deleted
