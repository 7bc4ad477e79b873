"""Every table model of the window under ``QAbstractItemModelTester`` (issue 18: "Tests:
``QAbstractItemModelTester`` over every table model"), filled with the demo
database's real rows: the tester checks the model's answers (row and column
counts, indexes, parents, data of every role, header data) at once and again
on every reset and layout change, while the model is filled, filled again
with fewer rows and emptied. A broken answer is reported as a warning ("FAIL!
…"), which fails the test (pytest-qt also fails a test on the tester's warnings:
tried with a model that gives rows under a row).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    Qt,
    QtMsgType,
)
from PySide6.QtTest import QAbstractItemModelTester

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.campaign_info import current_campaign_info
from rv_desktop.domain.cases import CaseFilter, ordered_ids
from rv_desktop.domain.followups import followup_items
from rv_desktop.domain.screening import list_targets
from rv_desktop.domain.statistics import drill_down_cases, feedback_statistics, unit_history
from rv_desktop.domain.tasks import board, staff_list
from rv_desktop.domain.visits import visit_targets
from rv_desktop.gui.app import make_application
from rv_desktop.gui.models import backup_table_model
from rv_desktop.gui.models.ledger_import_models import IssueModel, PreviewModel, outcome_items
from rv_desktop.services.backup import backup_counts, backup_database, list_backups
from rv_desktop.services.demo import DEMO_TODAY
from rv_desktop.services.package import export_rows

#: every module of gui/models: a model added there is checked too (it needs a filler)
MODULES = [
    importlib.import_module(f"rv_desktop.gui.models.{p.stem}")
    for p in sorted(Path(backup_table_model.__file__).parent.glob("*.py"))
    if p.stem != "__init__"
]
#: the import wizard's models are made with their rows (tested on a real ledger below)
MADE_WITH_ROWS = {"PreviewModel", "IssueModel"}


@pytest.fixture
def demo(tmp_path, demo_copy):
    make_application("en")
    path = demo_copy(400)
    dbmod.open_database(path, actor="tester")
    yield tmp_path
    dbmod.close_database()


def _part(items, share: float) -> list:
    return list(items)[: int(len(items) * share)]


def _fillers(folder) -> dict[str, Callable[[QAbstractItemModel, float], None]]:
    """How to fill each model with ``share`` of the rows its page would show it."""
    campaign = current_campaign_info()
    assert campaign is not None, "the demo has a current campaign"
    stats = feedback_statistics(campaign.id, "source", DEMO_TODAY)
    backup_database(folder / "backups")
    backups = [
        backup_table_model.BackupRow(b, backup_counts(b.path))
        for b in list_backups([folder / "backups"])
    ]
    return {
        "BackupTableModel": lambda m, s: m.set_rows(_part(backups, s)),
        "BoardModel": lambda m, s: m.set_cards(_part(board(campaign), s)),
        "CaseTableModel": lambda m, s: m.apply_base(
            CaseFilter(), "case_no", False, _part(ordered_ids(CaseFilter(), "case_no", False), s)
        ),
        "ExportTableModel": lambda m, s: m.set_rows(_part(export_rows(), s)),
        "FollowUpModel": lambda m, s: m.set_rows(
            _part(followup_items(campaign.id, today=DEMO_TODAY), s), DEMO_TODAY
        ),
        "StaffModel": lambda m, s: m.set_staff(_part(staff_list(roles=("visitor",)), s), {}),
        "StatisticsModel": lambda m, s: m.set_statistics(stats if s else None),
        "FigureCaseModel": lambda m, s: m.set_rows(
            _part(drill_down_cases(campaign.id, "source", None, "targets", DEMO_TODAY), s)
        ),
        "UnitHistoryModel": lambda m, s: m.set_rows(_part(unit_history(today=DEMO_TODAY), s)),
        "TargetTableModel": lambda m, s: m.set_rows(_part(list_targets(campaign, None), s)),
        "VisitTargetModel": lambda m, s: m.set_rows(_part(visit_targets(campaign.id), s)),
    }


def _model_classes() -> dict[str, type]:
    """The item models the window's model modules define (proxies are Qt's own)."""
    found = {}
    for module in MODULES:
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QAbstractItemModel)
                and value.__module__ == module.__name__
                and not name.endswith("Proxy")
            ):
                found[name] = value
    return found


MODELS = sorted(set(_model_classes()) - MADE_WITH_ROWS)


def test_every_model_is_found():
    assert len(MODELS) >= 11
    assert {"CaseTableModel", "BoardModel", "StatisticsModel"} <= set(MODELS)


@pytest.mark.parametrize("name", MODELS)
def test_model_answers_as_qt_expects(qtbot, qtlog, demo, name):
    fillers = _fillers(demo)
    assert name in fillers, f"{name}: add how to fill it to _fillers"
    model = _model_classes()[name]()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    fill = fillers[name]
    # a list model's columnCount is private to Python: one column
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for share in (1.0, 0.5, 0.0, 1.0):
        fill(model, share)
        rows = model.rowCount(QModelIndex())
        for row in range(min(rows, 50)):  # every role of the first rows, as a view asks
            for column in range(columns):
                index = model.index(row, column)
                for role in (*range(0, 14), Qt.ItemDataRole.UserRole + 1):
                    model.data(index, role)
        if share == 1.0:
            assert rows > 0 or name == "ExportTableModel", f"{name}: the demo fills it"
    failures = [
        r.message
        for r in qtlog.records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) and "FAIL" in r.message
    ]
    assert not failures, failures
    del tester


def test_the_import_wizards_models_on_a_real_ledger(qtbot, qtlog, tmp_path, demo):
    from rv_desktop.services.ledger_import import plan_import, read_table

    from ..services.test_ledger_import import messy_ledger

    table = read_table(messy_ledger(tmp_path / "台账.xlsx"))
    plan = plan_import(table)
    items = outcome_items(plan)
    assert items, "the messy ledger has rows to report"
    for model in (PreviewModel(table), IssueModel(table.sheet or "", items)):
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning
        )
        for row in range(model.rowCount(QModelIndex())):
            for column in range(model.columnCount(QModelIndex())):
                for role in range(0, 14):
                    model.data(model.index(row, column), role)
        del tester
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]
