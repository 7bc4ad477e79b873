"""A realistic, deterministic demo database: one town's register and campaign.

青山镇 of 某某县: villages and communities, handling units, leaders and
visitors; petitioners with Chinese names (some with rare characters), valid
ID numbers, mobiles and landlines; cases since July 2017 from every source
level and channel, some involving many people, policy-heavy or likely to
rebound; and the current campaign 2026年"千案回访"活动 in its implementation
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
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.models import (
    BaseModel,
    Campaign,
    Case,
    ContactAttempt,
    FollowUp,
    HandlingUnit,
    Petitioner,
    Setting,
    Staff,
    Target,
    TaskUnit,
    TaskVisitor,
    User,
    VisitRecord,
    db,
)
from ..domain.normalize import id_check_char

DEMO_TODAY = dt.date(2026, 11, 28)
STAMP = "2026-11-28 09:00:00"

TOWN = "青山镇"
COUNTY = "某某县"
REGION = "360426"
VILLAGES = [
    "青山村",
    "石桥村",
    "柳塘村",
    "双河村",
    "枫林村",
    "白沙村",
    "新塘村",
    "大坪村",
    "龙湾村",
    "杨家村",
    "黄田村",
    "桃源村",
    "上坊村",
    "下坊村",
    "东岭村",
    "西湾村",
    "新街社区",
    "老街社区",
    "锦绣社区",
    "滨河社区",
]
UNITS = [
    "镇国土所",
    "镇司法所",
    "镇民政办",
    "镇农业服务中心",
    "镇社保所",
    "镇规划建设办",
    "镇派出所",
    "镇卫生院",
    "镇中心小学",
    "镇环保办",
    "镇综治办",
    "镇财政所",
    "镇林业站",
    "镇水利站",
    "镇企业办",
]
LEADERS = [
    ("刘建国", "镇党委书记"),
    ("陈志强", "镇长"),
    ("王海燕", "党委副书记"),
    ("李明辉", "副镇长"),
    ("张卫东", "副镇长"),
    ("赵红梅", "人大主席"),
    ("周国平", "纪委书记"),
    ("吴晓峰", "武装部长"),
]
VISITORS = [
    "黄丽华",
    "徐文斌",
    "孙志刚",
    "马晓红",
    "朱建军",
    "胡春燕",
    "郭立新",
    "何玉兰",
    "林海涛",
    "罗秀英",
]
OFFICE_LEAD = "邓国庆"
CLERK = "曾小芳"
# What the forms say, varied by record number (not drawn from the random stream, so the
# rest of the demo stays as it was): the analysis report groups them by theme.
DISSATISFACTION_REASONS = (
    "认为补偿标准偏低，要求重新核算",
    "认为补偿标准偏低，要求重新核算",
    "征收补偿款至今未足额发放",
    "认为处理意见没有落实到位",
    "对调查核实的事实有异议，认为认定不属实",
    "认为办理时间太长，答复不及时",
    "反映经办人员态度生硬、推诿扯皮",
)
DIFFICULTIES = (  # (difficulty, help given, who helps)
    ("家中老人长期患病，医疗费用负担重", "协助申请医疗救助，联系镇卫生院上门随访", "镇民政办"),
    ("住房为危房，雨季漏雨", "纳入危房改造计划，先行维修加固", "镇规划建设办"),
    ("本人失业在家，家庭收入低", "推荐参加就业技能培训并介绍就业岗位", "镇社保所"),
    ("子女上学费用困难", "协助申请教育资助", "镇中心小学"),
    ("独居老人，生活无人照料", "落实村干部定期探望，申请居家养老服务", "镇民政办"),
)
OPINIONS = (
    "希望信访部门多下基层，及时回应群众诉求",
    "建议加强政策宣传解释，让群众明白政策",
    "希望办理信访事项公开透明、依法公正",
    "希望信访部门多下基层，及时回应群众诉求",
    "建议缩短办理时限，尽快答复",
)


def _pick(options: tuple, number: int):
    return options[number % len(options)]


SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅林春云海波文斌辉荣富贵德福"
RARE = "㛃堃喆犇昇淼鑫燊玥彧"
#: category: ([demands], [conclusions]), the n-th conclusion answering the n-th demand
CATEGORIES = {
    "土地征收": (
        [
            "反映征地补偿款标准偏低，要求按新标准补足补偿款",
            "要求解决承包地被征收后的安置问题",
            "反映村组征地补偿款分配不公",
        ],
        [
            "经核查，征地补偿按省定标准足额发放，已向信访人解释政策",
            "已按政策将其纳入被征地农民社会保障，安置到位",
            "已协调村组按分配方案补发补偿款",
        ],
    ),
    "城乡建设": (
        [
            "反映邻居建房占用其宅基地，要求依法处理",
            "要求解决危房改造补助问题",
            "反映道路施工损坏房屋",
        ],
        [
            "经实地勘测，双方宅基地界址清楚，已组织调解并达成协议",
            "已将其纳入危房改造计划并拨付补助",
            "经鉴定，施工方已按评估结果赔偿房屋维修费用",
        ],
    ),
    "劳动社保": (
        ["反映企业拖欠工资，要求协助追讨", "要求补缴养老保险", "反映工伤待遇未落实"],
        [
            "已督促企业结清拖欠工资",
            "经核实，符合补缴条件，已为其办理补缴手续",
            "已督促企业按工伤认定结论落实工伤待遇",
        ],
    ),
    "农村农业": (
        ["反映土地流转租金未按时支付", "要求解决灌溉水渠堵塞问题", "反映山林权属纠纷"],
        ["已协调流转方支付租金", "镇水利站已组织疏通水渠", "经调处，山林权属已确认"],
    ),
    "民政": (
        ["申请低保被拒，要求重新审核", "要求解决残疾人补贴问题", "反映临时救助未发放"],
        [
            "经入户调查，家庭收入超过低保标准，已答复",
            "已按规定发放残疾人两项补贴",
            "经核实，已按规定发放临时救助金",
        ],
    ),
    "环境保护": (
        ["反映养殖场污染河道", "反映石场粉尘扰民", "反映垃圾站异味影响生活"],
        [
            "已责令养殖场限期整改并复查合格",
            "石场已安装降尘设施，经检测达标",
            "已对垃圾站加装除臭设施并增加清运频次",
        ],
    ),
    "医疗卫生": (
        ["反映医疗费用报销问题", "对医疗纠纷处理结果有异议"],
        ["已按新农合政策报销", "已组织医患双方调解"],
    ),
    "教育": (
        ["反映子女入学问题", "要求解决校车接送问题"],
        ["已协调安排就近入学", "已调整校车线路"],
    ),
    "交通运输": (
        ["要求硬化通组公路", "反映客运班线停运"],
        ["已列入年度通组公路硬化计划", "已协调恢复班线"],
    ),
    "涉法涉诉": (
        ["对法院判决执行不满", "反映邻里纠纷派出所处理不公"],
        ["已引导其依法向法院申请强制执行", "经复查，处理程序合法"],
    ),
    "企业改制": (["反映企业改制职工身份置换补偿问题"], ["已按改制方案落实补偿"]),
    "其他": (
        ["反映村务不公开问题", "要求解决家庭矛盾"],
        ["已督促村委会公开村务", "已组织亲属调解"],
    ),
}
CATEGORY_WEIGHTS = [18, 14, 12, 12, 10, 8, 5, 5, 5, 5, 3, 3]
LONG_TAIL = (
    "信访人称，其家庭人口多，收入来源单一，近年来因病致贫，生活十分困难，多次到镇、县反映，"
    "希望政府能够综合考虑其实际困难，在政策允许的范围内给予帮助，并要求有关部门书面答复处理意见。"
)


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
            ("office_name", f"{TOWN}信访办"),
            ("county_name", COUNTY),
            ("county_office", f'{COUNTY}"千案回访"活动办公室'),
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
                {"id": len(staff) + 1, "name": name, "role": "visitor", "title": "信访干部"}
            )
        staff[-1].update(active=False, left_on=dt.date(2026, 6, 30))  # left: cannot be given tasks
        staff.append(
            {
                "id": len(staff) + 1,
                "name": OFFICE_LEAD,
                "role": "office_lead",
                "title": "信访办主任",
            }
        )
        staff.append({"id": len(staff) + 1, "name": CLERK, "role": "clerk", "title": "信访专干"})
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
            if village.endswith("社区"):
                address = f"{COUNTY}{TOWN}{village}{rng.randint(1, 30)}栋{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
            else:
                address = f"{COUNTY}{TOWN}{village}{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
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
            registered = first + dt.timedelta(days=rng.randrange(span))
            concluded = min(
                registered + dt.timedelta(days=rng.randint(10, 120)), dt.date(2026, 9, 30)
            )
            seq = per_year[registered.year] = per_year.get(registered.year, 0) + 1
            category = rng.choices(categories, CATEGORY_WEIGHTS)[0]
            demands, conclusions = CATEGORIES[category]
            which = rng.randrange(len(demands))
            demand = demands[which] + "。"
            if rng.random() < 0.06:
                demand += LONG_TAIL * rng.randint(1, 3)
            many = rng.random() < 0.05
            people = (
                rng.randint(5, 40) if many else (rng.randint(2, 4) if rng.random() < 0.04 else 1)
            )
            source = rng.choices(
                ["central", "provincial", "municipal", "county", "own"], [10, 15, 30, 35, 10]
            )[0]
            policy = rng.random() < 0.03
            rebound = rng.random() < 0.03
            settled = rng.random() < 0.35
            unit = rng.randint(1, len(UNITS))
            rows.append(
                {
                    "id": cid,
                    "case_no": f"QS{registered.year}-{seq:05d}",
                    "petitioner": p["id"],
                    "people_count": people,
                    "channel": rng.choices(
                        ["visit", "letter", "online", "phone"], [40, 25, 25, 10]
                    )[0],
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
                    "source_file": "演示台账.xlsx",
                    "created_at": STAMP,
                    "updated_at": STAMP,
                }
            )
            self.case_info.append((cid, source, concluded, many, policy, rebound, settled, unit))
            self.category_of[cid] = category
            if len(rows) >= 20000:
                _bulk(Case, rows)
                rows = []
                if self.cancelled():
                    raise UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))
        _bulk(Case, rows)

    # --- the campaign ---------------------------------------------------------

    def campaign(self) -> int:
        criteria = {
            "concluded_from": "2017-07-01",
            "concluded_to": "2026-09-30",
            "sources": ["central", "provincial"],
            "exclude": ["many_people", "policy", "rebound"],
        }
        campaign = Campaign.create(
            name='2026年"千案回访"活动',
            prep_start=dt.date(2026, 9, 21),
            prep_end=dt.date(2026, 10, 20),
            impl_start=dt.date(2026, 10, 21),
            impl_end=dt.date(2026, 11, 20),
            summary_start=dt.date(2026, 11, 21),
            summary_end=dt.date(2026, 12, 10),
            report_deadline=dt.date(2026, 12, 10),
            group_leader=LEADERS[1][0],
            deputy_leaders="、".join(n for n, _ in LEADERS[2:5]),
            office_in_charge=f"{TOWN}信访办",
            county_office=f'{COUNTY}"千案回访"活动办公室',
            notes="按县局统一部署，回访中央、省交办的已办结信访事项。",
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
                    "many_people": "涉及人数众多，按方案不列入本次回访",
                    "policy": "政策性强，另行研究",
                    "rebound": "易反复，由包案领导专门稳控",
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
