"""The line under the Campaign page's chooser: the campaign's stages with their dates,
the report deadline and the days left, the leading group, the targets, and the
last package written for the county.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from ..domain.campaigns import CampaignRow
from .formatting import date_text, number_text


class CampaignSummary(QObject):
    """The summary's words (translation context ``CampaignSummary``)."""

    def text(self, row: CampaignRow | None, today: dt.date) -> str:
        """Stages with dates, the report deadline and days left, the leading group."""
        if row is None:
            return ""
        plan = row.plan

        def span(start: dt.date | None, end: dt.date | None) -> str:
            if not start and not end:
                return self.tr("no dates yet")
            return f"{date_text(start) or '…'} – {date_text(end) or '…'}"

        prep, impl = span(plan.prep_start, plan.prep_end), span(plan.impl_start, plan.impl_end)
        summary = span(plan.summary_start, plan.summary_end)
        parts = [
            self.tr("Preparation: {span}").format(span=prep),
            self.tr("Implementation: {span}").format(span=impl),
            self.tr("Summary: {span}").format(span=summary),
        ]
        if plan.report_deadline:
            due = self.days_left_text((plan.report_deadline - today).days)
            parts.append(
                self.tr("Report by {date} ({due})").format(
                    date=date_text(plan.report_deadline), due=due
                )
            )
        else:
            parts.append(self.tr("No report deadline yet"))
        lines = ["  ·  ".join(parts)]
        group = []
        if plan.group_leader:
            group.append(self.tr("Group leader: {name}").format(name=plan.group_leader))
        if plan.deputy_leaders:
            group.append(self.tr("Deputy leaders: {names}").format(names=plan.deputy_leaders))
        if plan.office_in_charge:
            group.append(self.tr("Office in charge: {name}").format(name=plan.office_in_charge))
        if group:
            lines.append("  ·  ".join(group))
        else:
            lines.append(self.tr("The leading group is not set yet."))
        lines.append(
            self.tr("{targets} targets, {excluded} excluded").format(
                targets=number_text(row.targets), excluded=number_text(row.excluded)
            )
        )
        lines.append(self.exchange_text(row.id, today))
        return "\n".join(lines)

    def days_left_text(self, left: int) -> str:
        """The days left until a deadline (negative: the days it is overdue)."""
        if left > 0:
            return self.tr("%n day(s) left", "", left)
        if left == 0:
            return self.tr("due today")
        return self.tr("%n day(s) overdue", "", -left)

    def exchange_text(self, campaign_id: int, today: dt.date) -> str:
        """The last package for the county, and whether the data changed since."""
        from ..services.package import export_status  # the package's crypto, only when asked

        status = export_status(campaign_id, today)
        if status.last_export is None:
            return self.tr("No package written for the county yet.")
        when = f"{date_text(status.last_export.date())} {status.last_export:%H:%M}"
        if status.stale:
            return self.tr(
                "Last package for the county written {when}; the data changed since."
            ).format(when=when)
        return self.tr("Last package for the county written {when}; up to date.").format(when=when)


def summary_text(row: CampaignRow | None, today: dt.date) -> str:
    """Stages with dates, the report deadline and days left, the leading group."""
    return CampaignSummary().text(row, today)
