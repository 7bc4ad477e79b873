"""The quick checks of a package's values accept exactly what the full check accepts.

``Converter.row`` takes a quick check per field for well-formed values and
leaves the rest to ``Converter.value``; generated values of every kind
(right, wrong type, out of range, too long, times with a zone, unknown
codes) give the same column value, or the same error at the same place,
both ways.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from rv_desktop.services.exchange_convert import MAX_NAME, MAX_TEXT, MAX_WHOLE, Converter
from rv_desktop.services.exchange_data import FIELDS, DataError

_FIELDS = [(model, name) for model, names in FIELDS.values() for name in names]

_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=5),
    st.sampled_from([MAX_WHOLE, MAX_WHOLE + 1, -1, 2**70]),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["x" * MAX_NAME, "x" * (MAX_NAME + 1), "x" * MAX_TEXT, "x" * (MAX_TEXT + 1)]),
    st.dates().map(dt.date.isoformat),
    st.dates().map(lambda d: d.strftime("%Y%m%d")),
    st.datetimes().map(dt.datetime.isoformat),
    st.datetimes(timezones=st.just(dt.UTC)).map(dt.datetime.isoformat),
    st.sampled_from(["2026-02-30", "2026-1-5", "2026-01-05T25:00", " 2026-01-05", "é" * 41]),
    st.sampled_from(
        sorted(
            {
                m.value
                for model, _ in FIELDS.values()
                for f in model._meta.fields.values()
                if getattr(f, "enum", None)
                for m in f.enum
            }
        )
    ),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)


def _outcome(call):
    try:
        return ("value", call())
    except DataError as exc:
        return ("error", exc.code, exc.params)


@settings(max_examples=600, deadline=None)
@given(field=st.sampled_from(_FIELDS), value=_values)
def test_quick_checks_agree_with_the_full_check(field, value):
    model, name = field
    convert = Converter()
    by_row = _outcome(lambda: convert.row(model, [name], {name: value}, "rows[0]")[name])
    by_value = _outcome(lambda: convert.value(model._meta.fields[name], value, f"rows[0].{name}"))
    assert by_row == by_value
    if by_row[0] == "value":
        assert type(by_row[1]) is type(by_value[1])


def test_a_missing_field_is_named():
    model, names = FIELDS["cases"]
    outcome = _outcome(lambda: Converter().row(model, names, {}, "cases[3]"))
    assert outcome[0] == "error" and outcome[2]["place"] == f"cases[3].{names[0]}"
