"""Handling units, staff, petitioners and their cases."""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from ..enums import Channel, SourceLevel, StaffRole
from .base import BaseModel, EnumField, _now, _town_field


class HandlingUnit(BaseModel):
    """承办单位."""

    id = AutoField()
    name = CharField(unique=True, max_length=128)
    active = BooleanField(default=True)


class Staff(BaseModel):
    """Leaders, visitors and clerks who can be given tasks."""

    id = AutoField()
    name = CharField(max_length=64)
    role = EnumField(StaffRole)
    title = CharField(max_length=64, null=True)  # 职务, e.g. 副镇长
    unit = ForeignKeyField(HandlingUnit, null=True, on_delete="SET NULL")
    phone = CharField(max_length=32, null=True)
    active = BooleanField(default=True)
    left_on = DateField(null=True)
    town = _town_field("staff")

    class Meta:
        indexes = ((("name", "role", "town"), True),)


class Petitioner(BaseModel):
    """信访人. The same ID number is the same person across cases."""

    id = AutoField()
    name = CharField(max_length=64)
    id_number = CharField(max_length=18, null=True)
    phones = CharField(max_length=128, null=True)  # digit strings joined by ","
    address = CharField(max_length=256, null=True)
    village = CharField(max_length=64, null=True, index=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    town = _town_field("petitioners")

    class Meta:
        indexes = ((("id_number", "town"), True),)
        constraints = [SQL("CHECK (id_number IS NULL OR length(id_number) = 18)")]

    @property
    def phone_list(self) -> list[str]:
        return [p for p in (self.phones or "").split(",") if p]


class Case(BaseModel):
    """信访事项: one concluded petition matter, from the county's ledger."""

    id = AutoField()
    case_no = CharField(max_length=64)
    petitioner = ForeignKeyField(Petitioner, backref="cases", on_delete="RESTRICT")
    people_count = IntegerField(default=1, constraints=[Check("people_count >= 1")])
    channel = EnumField(Channel, null=True)
    source_level = EnumField(SourceLevel, null=True, index=True)
    registered_on = DateField(null=True)
    category = CharField(max_length=64, null=True, index=True)
    demand = TextField(null=True)
    handling_unit = ForeignKeyField(HandlingUnit, null=True, backref="cases", on_delete="SET NULL")
    leader = CharField(max_length=64, null=True)  # 包案领导 as the ledger names them
    concluded_on = DateField(null=True, index=True)
    conclusion = TextField(null=True)
    many_people = BooleanField(default=False)  # 涉众
    policy = BooleanField(default=False)  # 政策性强
    rebound = BooleanField(default=False)  # 易反复
    settled = BooleanField(default=False)  # 息诉罢访
    source_file = CharField(max_length=256, null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    town = _town_field("cases")

    class Meta:
        indexes = ((("case_no", "town"), True),)  # a case number is unique in its town


#: The facts of a case as the ledger gives them, in the order of ``Case``'s columns:
#: every column but its number, its links (petitioner, handling unit, town) and the
#: bookkeeping. What an import writes and a town's package carries.
CASE_FACTS = tuple(
    f.name
    for f in Case._meta.sorted_fields
    if f.name not in ("id", "case_no", "petitioner", "handling_unit", "town")
    and f.name not in ("source_file", "created_at", "updated_at")
)
