"""A realistic, deterministic demo database: one town's register and campaign.

青山镇 of 某某县: villages and communities, handling units, leaders and
visitors; petitioners with Chinese names (some with rare characters), valid
ID numbers, mobiles and landlines; cases since July 2017 from every source
level and channel, some involving many people, policy-heavy or likely to
rebound; and the current campaign 2026年“千案回访”活动 in its implementation
stage, with tasks in every board state, visit records of every satisfaction
level (drafts and finals, second visits to the dissatisfied), contact
attempts, follow-ups, rework and help items.

The same (cases, seed) always gives the same rows: dates count from
``DEMO_TODAY``, never from the clock. 100,000 cases take well under a minute:
rows are written with ``executemany`` in one transaction into a temporary file
that is renamed only when complete, so a cancelled or failed run leaves
nothing, and an existing file is never overwritten.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import db as dbmod
from ..domain import vocabulary
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.models import (
    BaseModel,
    Campaign,
    Case,
    HandlingUnit,
    Petitioner,
    Setting,
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    User,
    db,
)
from ..domain.normalize import id_check_char

DEMO_TODAY = dt.date(2026, 11, 28)
STAMP = "2026-11-28 09:00:00"

#: The recipe's texts (data/demo.toml): the town, its people and sample texts.
_RECIPE = vocabulary.data_file("demo.toml")
TOWN = _RECIPE["town"]
COUNTY = _RECIPE["county"]
REGION = "360426"
VILLAGES = list(_RECIPE["villages"])
UNITS = list(_RECIPE["units"])
LEADERS = [tuple(pair) for pair in _RECIPE["leaders"]]  # (name, title)
VISITORS = list(_RECIPE["visitors"])
OFFICE_LEAD = _RECIPE["office_lead"]
CLERK = _RECIPE["clerk"]
# What the forms say, varied by record number (not drawn from the random stream, so the
# rest of the demo stays as it was): the analysis report groups them by theme.
DISSATISFACTION_REASONS = tuple(_RECIPE["dissatisfaction_reasons"])
DIFFICULTIES = tuple(tuple(row) for row in _RECIPE["difficulties"])  # (difficulty, help, who)
OPINIONS = tuple(_RECIPE["opinions"])


def _pick(options: tuple, number: int):
    return options[number % len(options)]


SURNAMES = _RECIPE["surnames"]
GIVEN = _RECIPE["given"]
RARE = _RECIPE["rare"]
#: category → (demands, conclusions)
CATEGORIES = {
    name: (list(texts["demands"]), list(texts["conclusions"]))
    for name, texts in _RECIPE["categories"].items()
}
CATEGORY_WEIGHTS = [18, 14, 12, 12, 10, 8, 5, 5, 5, 5, 3, 3]
LONG_TAIL = _RECIPE["long_tail"]
_TEXT = _RECIPE["texts"]


class DemoError(UserError):
    pass


@dataclass
class DemoSummary:
    path: Path
    cases: int
    petitioners: int
    targets: int
    visit_records: int
    seconds: float


def create_demo_database(
    path: str | os.PathLike,
    cases: int = 1200,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Write a demo database at ``path``; refuses to overwrite a file."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise DemoError(
            "demo_exists",
            QT_TRANSLATE_NOOP(
                "UserError", "{path} already exists. A demo database is only written to a new file."
            ),
            path=path,
        )
    if cases < 1:
        raise DemoError(
            "demo_cases", QT_TRANSLATE_NOOP("UserError", "The demo needs at least one case.")
        )
    start = time.perf_counter()
    tmp = path.with_name(path.name + ".tmp-demo")
    _remove(tmp)
    try:
        dbmod.open_database(tmp, actor="demo")
        builder = _Builder(random.Random(seed), cases, progress, cancelled)
        with db.atomic():
            summary = builder.build()
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dbmod.close_database()
        _remove(Path(str(tmp) + ".lock"))
        os.replace(tmp, path)
    except BaseException:
        dbmod.close_database()
        _remove(tmp)
        raise
    finally:
        for suffix in ("-wal", "-shm"):
            _remove(Path(str(tmp) + suffix))
    return DemoSummary(path, cases, summary[0], summary[1], summary[2], time.perf_counter() - start)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _bulk(model: type[BaseModel], rows: list[dict]) -> None:
    """executemany with every column given (peewee's defaults are Python-side)."""
    if not rows:
        return
    fields = model._meta.sorted_fields
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
    defaults = []
    for f in fields:
        default = f.default() if callable(f.default) else f.default
        defaults.append(f.db_value(default) if default is not None else None)
    converters = [f.db_value for f in fields]
    keys = [f.name for f in fields]
    data = []
    for row in rows:
        values = []
        for key, default, convert in zip(keys, defaults, converters, strict=True):
            if key in row:
                value = row[key]
                values.append(None if value is None else convert(value))
            else:
                values.append(default)
        data.append(values)
    db.connection().executemany(sql, data)


def _day(d: dt.date) -> str:
    return d.isoformat()


class _Builder:
    def __init__(self, rng: random.Random, cases: int, progress, cancelled):
        self.rng = rng
        self.n_cases = cases
        self.progress = progress or (lambda done, total: None)
        self.cancelled = cancelled or (lambda: False)
        self.total_steps = 8
        self.step = 0

    def tick(self) -> None:
        if self.cancelled():
            raise UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))
        self.step += 1
        self.progress(self.step, self.total_steps)

    def build(self) -> tuple[int, int, int]:
        self.people()
        self.tick()
        petitioners = self.petitioners()
        self.tick()
        self.cases(petitioners)
        self.tick()
        campaign = self.campaign()
        targets = self.targets(campaign)
        self.tick()
        visits = self.visits(targets)
        self.tick()
        self.step = self.total_steps
        self.progress(self.total_steps, self.total_steps)
        return len(petitioners), sum(1 for t in targets if t["included"]), visits

    # --- people and places ----------------------------------------------------

    def people(self) -> None:
        for key, value in (
            ("town_name", TOWN),
            ("office_name", _TEXT["office_name"].format(town=TOWN)),
            ("county_name", COUNTY),
            ("county_office", _TEXT["county_office"].format(county=COUNTY)),
            ("office_level", "town"),
        ):
            Setting.create(key=key, value=value)
        User.create(username="clerk", display_name=CLERK, role="clerk", created_at=STAMP)
        User.create(username="lead", display_name=OFFICE_LEAD, role="office_lead", created_at=STAMP)
        _bulk(HandlingUnit, [{"id": i + 1, "name": n} for i, n in enumerate(UNITS)])
        staff = [
            {"id": i + 1, "name": n, "role": "leader", "title": t}
            for i, (n, t) in enumerate(LEADERS)
        ]
        for name in VISITORS:
            staff.append(
                {
                    "id": len(staff) + 1,
                    "name": name,
                    "role": "visitor",
                    "title": _TEXT["visitor_title"],
                }
            )
        staff[-1].update(active=False, left_on=dt.date(2026, 6, 30))  # left: cannot be given tasks
        staff.append(
            {
                "id": len(staff) + 1,
                "name": OFFICE_LEAD,
                "role": "office_lead",
                "title": _TEXT["office_lead_title"],
            }
        )
        staff.append(
            {"id": len(staff) + 1, "name": CLERK, "role": "clerk", "title": _TEXT["clerk_title"]}
        )
        _bulk(Staff, staff)
        self.leader_ids = list(range(1, len(LEADERS) + 1))
        self.visitor_ids = list(
            range(len(LEADERS) + 1, len(LEADERS) + len(VISITORS))
        )  # active only

    def name(self) -> str:
        rng = self.rng
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        if rng.random() < 0.012:
            given = given[:-1] + rng.choice(RARE) if len(given) > 1 else rng.choice(RARE)
        return rng.choice(SURNAMES) + given

    def petitioners(self) -> list[dict]:
        rng = self.rng
        count = max(1, int(self.n_cases / 1.2))
        used: set[str] = set()
        rows = []
        for pid in range(1, count + 1):
            village = rng.choice(VILLAGES)
            id_number = None
            if rng.random() > 0.05:
                while True:
                    born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(60 * 365))
                    first17 = f"{REGION}{born:%Y%m%d}{rng.randrange(1000):03d}"
                    id_number = first17 + id_check_char(first17)
                    if id_number not in used:
                        used.add(id_number)
                        break
            roll = rng.random()
            if roll < 0.08:
                phones = f"0792{rng.randrange(2000000, 9999999)}"
            elif roll < 0.93:
                phones = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
            else:
                phones = f"1{rng.choice('3589')}{rng.randrange(10**9):09d},0792{rng.randrange(2000000, 9999999)}"
            if village.endswith(_TEXT["community_suffix"]):
                building, floor, room = rng.randint(1, 30), rng.randint(1, 6), rng.randint(1, 4)
                address = _TEXT["community_address"].format(
                    county=COUNTY,
                    town=TOWN,
                    village=village,
                    building=building,
                    floor=floor,
                    room=room,
                )
            else:
                group, number = rng.randint(1, 12), rng.randint(1, 80)
                address = _TEXT["village_address"].format(
                    county=COUNTY, town=TOWN, village=village, group=group, number=number
                )
            rows.append(
                {
                    "id": pid,
                    "name": self.name(),
                    "id_number": id_number,
                    "phones": phones,
                    "address": address,
                    "village": village,
                    "created_at": STAMP,
                    "updated_at": STAMP,
                }
            )
        _bulk(Petitioner, rows)
        return rows

    # --- cases ----------------------------------------------------------------

    def cases(self, petitioners: list[dict]) -> None:
        rng = self.rng
        categories = list(CATEGORIES)
        first = dt.date(2017, 7, 1)
        span = (dt.date(2026, 8, 1) - first).days
        per_year: dict[int, int] = {}
        rows = []
        self.case_info: list[tuple[int, str, dt.date, bool, bool, bool, bool, int]] = []
        self.category_of: dict[int, str] = {}
        for cid in range(1, self.n_cases + 1):
            # the first petitioners each have one case; the rest are repeat petitions
            p = (
                petitioners[cid - 1]
                if cid <= len(petitioners)
                else rng.choice(petitioners[: len(petitioners) // 6 + 1])
            )
            rows.append(self._new_case(cid, p, first, span, per_year, categories))
            if len(rows) >= 20000:
                _bulk(Case, rows)
                rows = []
                if self.cancelled():
                    raise UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))
        _bulk(Case, rows)

    def _new_case(
        self, cid: int, p: dict, first: dt.date, span: int, per_year: dict, categories: list
    ) -> dict:
        """Case ``cid`` of petitioner ``p``: its row, and its facts noted for later steps."""
        rng = self.rng
        registered = first + dt.timedelta(days=rng.randrange(span))
        concluded = min(registered + dt.timedelta(days=rng.randint(10, 120)), dt.date(2026, 9, 30))
        seq = per_year[registered.year] = per_year.get(registered.year, 0) + 1
        category = rng.choices(categories, CATEGORY_WEIGHTS)[0]
        demands, conclusions = CATEGORIES[category]
        which = rng.randrange(len(demands))
        demand = demands[which] + "。"
        if rng.random() < 0.06:
            demand += LONG_TAIL * rng.randint(1, 3)
        many = rng.random() < 0.05
        people = rng.randint(5, 40) if many else (rng.randint(2, 4) if rng.random() < 0.04 else 1)
        source = rng.choices(
            ["central", "provincial", "municipal", "county", "own"], [10, 15, 30, 35, 10]
        )[0]
        policy = rng.random() < 0.03
        rebound = rng.random() < 0.03
        settled = rng.random() < 0.35
        unit = rng.randint(1, len(UNITS))
        row = {
            "id": cid,
            "case_no": f"QS{registered.year}-{seq:05d}",
            "petitioner": p["id"],
            "people_count": people,
            "channel": rng.choices(["visit", "letter", "online", "phone"], [40, 25, 25, 10])[0],
            "source_level": source,
            "registered_on": registered,
            "category": category,
            "demand": demand,
            "handling_unit": unit,
            "leader": rng.choice(LEADERS)[0],
            "concluded_on": concluded,
            "conclusion": conclusions[which] + "。",
            "many_people": many,
            "policy": policy,
            "rebound": rebound,
            "settled": settled,
            "source_file": _TEXT["source_file"],
            "created_at": STAMP,
            "updated_at": STAMP,
        }
        self.case_info.append((cid, source, concluded, many, policy, rebound, settled, unit))
        self.category_of[cid] = category
        return row

    # --- the campaign ---------------------------------------------------------

    def campaign(self) -> int:
        criteria = {
            "concluded_from": "2017-07-01",
            "concluded_to": "2026-09-30",
            "sources": ["central", "provincial"],
            "exclude": ["many_people", "policy", "rebound"],
        }
        campaign = Campaign.create(
            name=_TEXT["campaign"],
            prep_start=dt.date(2026, 9, 21),
            prep_end=dt.date(2026, 10, 20),
            impl_start=dt.date(2026, 10, 21),
            impl_end=dt.date(2026, 11, 20),
            summary_start=dt.date(2026, 11, 21),
            summary_end=dt.date(2026, 12, 10),
            report_deadline=dt.date(2026, 12, 10),
            group_leader=LEADERS[1][0],
            deputy_leaders="、".join(n for n, _ in LEADERS[2:5]),
            office_in_charge=_TEXT["office_name"].format(town=TOWN),
            county_office=_TEXT["county_office"].format(county=COUNTY),
            notes=_TEXT["campaign_notes"],
            criteria=json.dumps(criteria, ensure_ascii=False),
            is_current=True,
            created_at=STAMP,
        )
        return campaign.id

    def targets(self, campaign: int) -> list[dict]:
        rng = self.rng
        rows, visitors, units = [], [], []
        states = ["unassigned", "assigned", "visited", "follow_up", "done"]
        weights = [10, 25, 15, 10, 40]
        impl_start, impl_end = dt.date(2026, 10, 21), dt.date(2026, 11, 20)
        for cid, source, _concluded, many, policy, rebound, settled, unit in self.case_info:
            if source not in ("central", "provincial"):
                continue
            reason = (
                "many_people" if many else "policy" if policy else "rebound" if rebound else None
            )
            row = {
                "id": len(rows) + 1,
                "campaign": campaign,
                "case": cid,
                "included": reason is None,
                "exclusion_reason": reason,
                "created_at": STAMP,
                "updated_at": STAMP,
                "status": "unassigned",
            }
            if reason is None:
                status = rng.choices(states, weights)[0]
                row["status"] = status
                row["key_case"] = not settled and rng.random() < 0.3
                if status != "unassigned":
                    row["responsible_leader"] = rng.choice(self.leader_ids)
                    row["planned_method"] = rng.choices(
                        ["home_visit", "phone", "former_residence", "office"], [75, 10, 8, 7]
                    )[0]
                    due = impl_start + dt.timedelta(
                        days=rng.randrange((impl_end - impl_start).days + 1)
                    )
                    if status == "assigned" and rng.random() < 0.25:
                        due = DEMO_TODAY - dt.timedelta(days=rng.randint(3, 20))  # overdue
                    row["due_on"] = due
                    for staff in rng.sample(self.visitor_ids, rng.choice((1, 2, 2))):
                        visitors.append({"target": row["id"], "staff": staff})
                    if rng.random() < 0.3:
                        units.append({"target": row["id"], "unit": unit})
            else:
                row["exclusion_note"] = {
                    "many_people": _TEXT["exclusion_many_people"],
                    "policy": _TEXT["exclusion_policy"],
                    "rebound": _TEXT["exclusion_rebound"],
                }[reason]
            rows.append(row)
        _bulk(Target, rows)
        _bulk(TaskVisitor, visitors)
        _bulk(TaskUnit, units)
        self.visitor_names = {}
        names = dict(enumerate(VISITORS, start=len(LEADERS) + 1))
        for link in visitors:
            self.visitor_names.setdefault(link["target"], []).append(names[link["staff"]])
        return rows

    # --- visits: services/demo_visits.py ----------------------------------------

    def visits(self, targets: list[dict]) -> int:
        from .demo_visits import write_visits

        return write_visits(self, targets)
