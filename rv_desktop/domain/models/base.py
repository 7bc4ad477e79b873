"""The one database proxy, the base model, the enum column; the office's towns,
settings and users."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    Check,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    Model,
    TextField,
)

from ..enums import UserRole

db = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class EnumField(CharField):
    """A text column restricted by a CHECK constraint to an enum's codes."""

    def __init__(self, enum: type[StrEnum], **kwargs):
        self.enum = enum
        super().__init__(max_length=32, **kwargs)

    def bind(self, model, name, set_attribute=True):
        super().bind(model, name, set_attribute)
        codes = ", ".join(f"'{member.value}'" for member in self.enum)
        self.constraints = [Check(f'"{self.column_name}" IN ({codes})')]

    def db_value(self, value):
        if value is None:
            return None
        return self.enum(value).value

    def python_value(self, value):
        return None if value is None else self.enum(value)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


#: The id of the ``town`` row of this office's own data (see ``Town``).
HOME_TOWN_ID = 1


class Town(BaseModel):
    """A town whose data the database holds.

    Row ``HOME_TOWN_ID`` is this office's own: its name is NULL here and comes
    from the ``town_name`` setting. A county database adds a row for every
    town whose exchange package it merged; petitioners, cases and staff carry
    their town, so case number 2026-001 of two towns are two cases.
    """

    id = AutoField()
    name = CharField(max_length=64, null=True, unique=True)
    created_at = DateTimeField(default=_now)


def _town_field(backref: str) -> ForeignKeyField:
    # DEFAULT in the schema too: raw INSERTs that name no town write the home town's rows
    return ForeignKeyField(
        Town,
        default=HOME_TOWN_ID,
        backref=backref,
        on_delete="RESTRICT",
        constraints=[SQL(f"DEFAULT {HOME_TOWN_ID}")],
    )


class Setting(BaseModel):
    """Business settings of the office (town name, office name, ...)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField(null=True)


class User(BaseModel):
    """Someone who works in the program; their name goes into audit records."""

    id = AutoField()
    username = CharField(unique=True, max_length=64)
    display_name = CharField(max_length=64)
    role = EnumField(UserRole, default=UserRole.CLERK)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)
