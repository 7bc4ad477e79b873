"""Ledger import: a 20,000-row xlsx into a database that holds 100,000 cases,
against the time python-calamine alone needs to read the same file."""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

from common import Bench, Workspace
from openpyxl import Workbook

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.normalize import id_check_char

ROWS = 20_000
HEADERS = [
    "编号",
    "信访人",
    "身份证号",
    "联系电话",
    "住址",
    "交办来源",
    "信访形式",
    "登记日期",
    "问题类别",
    "主要诉求",
    "承办单位",
    "包案领导",
    "办结日期",
    "办理结果",
]


def ledger(work: Workspace):
    path = work.folder / f"ledger-{ROWS}.xlsx"
    if path.exists():
        return path
    rng = random.Random(7)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append(["某某县已办结信访事项台账（基准测试）"])
    ws.append(HEADERS)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
    for i in range(ROWS):
        first17 = f"360426{rng.randint(1950, 1999)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        concluded = dt.date(2017, 7, 1) + dt.timedelta(days=rng.randint(0, 3000))
        ws.append(
            [
                f"BENCH-{i:06d}",
                rng.choice(surnames) + rng.choice(given) + rng.choice(given),
                first17 + id_check_char(first17),
                f"1{rng.randint(3, 9)}{rng.randint(0, 999999999):09d}",
                f"某某县青山镇石桥村{rng.randint(1, 12)}组{rng.randint(1, 99)}号",
                rng.choice(["中央交办", "省交办", "市交办", "县交办"]),
                rng.choice(["来访", "来信", "网上", "来电"]),
                concluded - dt.timedelta(days=40),
                rng.choice(["土地征收", "劳动社保", "城乡建设", "民政"]),
                "要求解决" + "宅基地纠纷问题，" * rng.randint(1, 6),
                rng.choice(["镇国土所", "镇司法所", "镇民政办"]),
                rng.choice(["王镇长", "李副镇长"]),
                concluded.strftime("%Y.%m.%d") if i % 3 else concluded,
                "经调查核实，已依法依规答复信访人。",
            ]
        )
    wb.save(path)
    return path


def calamine_read(work: Workspace):
    from python_calamine import CalamineWorkbook

    path = ledger(work)

    def run():
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("台账").to_python()

    return run


def import_into_big(work: Workspace):
    """Also prints, for every run, the ratio to a calamine read made just
    before it (untimed): this machine's speed drifts by half within minutes,
    so the two medians of the table may come from different speeds."""
    from python_calamine import CalamineWorkbook

    from rv_desktop.services.ledger_import import import_ledger

    path = ledger(work)
    work.big_database()  # made once, before the timed runs
    target = work.folder / "import-target.sqlite"
    calamine = []

    def fresh_copy():
        dbmod.close_database()
        work.big_copy(target.name)
        dbmod.open_database(target, actor="bench")
        start = time.perf_counter()
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("台账").to_python()
        calamine.append(time.perf_counter() - start)

    def run():
        start = time.perf_counter()
        plan = import_ledger(path)
        elapsed = time.perf_counter() - start
        assert plan.count("new") == ROWS, plan.summary()
        print(
            f"    import {elapsed:.2f} s = {elapsed / calamine[-1]:.1f}x the calamine read"
            f" just before ({calamine[-1]:.2f} s)",
            file=sys.stderr,
        )

    return fresh_copy, run


BENCHMARKS = [
    Bench("calamine alone reads the 20,000-row xlsx", "(~0.4 s here)", calamine_read),
    Bench(
        "import 20,000-row xlsx into 100,000-case db",
        "< 2 s, <= 4x calamine",
        import_into_big,
        repeat=3,
    ),
]
