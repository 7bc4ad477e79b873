"""Cell-value normalisation: the vectors a county ledger really contains,
and properties showing that no input makes a parser raise."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rv_desktop.domain.normalize import (
    ERROR,
    INFO,
    WARNING,
    birth_date_from_id,
    clean_text,
    excel_serial_to_date,
    id_check_char,
    mask_address,
    mask_id,
    mask_name,
    mask_phone,
    parse_date,
    parse_id_number,
    parse_int,
    parse_petitioner,
    parse_phones,
)

TODAY = date(2026, 11, 28)

# ---------------------------------------------------------------------------
# clean_text
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("", None),
        ("   \n\t ", None),
        ("\u3000张三\u3000", "张三"),
        ("ＡＢＣ１２３", "ABC123"),
        ("０７９２－１２３４５６７", "0792-1234567"),
        ("第一行\r\n第二行\n\n第三行", "第一行 第二行 第三行"),
        ("a  \t b", "a b"),
        # Chinese punctuation stays as it is written.
        (
            "已答复，群众满意：（一）同意；（二）不同意！是否？",
            "已答复，群众满意：（一）同意；（二）不同意！是否？",
        ),
        ("村。、“引号”", "村。、“引号”"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("\xa0nbsp\xa0", "nbsp"),
        (12, "12"),
        (12.0, "12"),
        (3.5, "3.5"),
        (True, "TRUE"),
        (date(2017, 7, 3), "2017-07-03"),
        (datetime(2017, 7, 3, 0, 0), "2017-07-03"),
        (datetime(2017, 7, 3, 10, 20), "2017-07-03 10:20:00"),
        (float("nan"), None),
    ],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


# ---------------------------------------------------------------------------
# ID numbers
# ---------------------------------------------------------------------------


def test_id_check_char_and_birth_date():
    assert id_check_char("36042619910101007") == "1"
    assert id_check_char("44011320141005001") == "X"
    assert birth_date_from_id("360426199101010071") == date(1991, 1, 1)
    with pytest.raises(ValueError):
        id_check_char("123")
    with pytest.raises(ValueError):
        birth_date_from_id("360426199113010079")


def test_id_valid_vectors():
    r = parse_id_number("360426199101010071", today=TODAY)
    assert r.ok and r.value == "360426199101010071" and r.problems == ()
    assert r.birth_date == date(1991, 1, 1) and r.sex == "M"
    assert r.code is None and r.message is None

    r = parse_id_number("44011320141005001x", today=TODAY)
    assert r.ok and r.value == "44011320141005001X"
    assert r.birth_date == date(2014, 10, 5)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("36042619910102009X", "id_check_digit"),
        ("360426199113010079", "id_birth_date"),
        ("36042619910101007", "id_length"),
        ("3604261991010100711", "id_length"),
        ("36042619910101007A", "id_chars"),
        ("3604261991O101007l", "id_chars"),
        ("360426202611290074", "id_birth_date"),  # born tomorrow
        ("360426189901010070", "id_birth_date"),  # before 1900
        (True, "id_chars"),
        (date(1991, 1, 1), "id_chars"),
        (12345, "id_length"),
        (-360426199101010071, "id_chars"),
    ],
)
def test_id_hard_failures(raw, code):
    r = parse_id_number(raw, today=TODAY)
    assert not r.ok
    assert r.value is None
    assert r.code == code
    assert r.problem.level == ERROR
    assert r.message


@pytest.mark.parametrize(
    "raw",
    [
        3.6042619910101e17,  # what calamine gives for an 18-digit ID in a number cell
        360426199101010071.0,
        3.60426199101010e17,
        "3.20102E+17",
        "3.40101199001011E+17",
        "3.40101199001011e17",
        "360426199101010071.0",
        "３.２０１０２Ｅ＋１７",
        float("inf"),
        float("nan"),
    ],
)
def test_id_excel_number_is_flagged_never_repaired(raw):
    r = parse_id_number(raw, today=TODAY)
    assert r.code == "id_excel_number"
    assert r.value is None
    assert not r.ok


def test_id_in_a_number_cell_of_15_digits_is_the_exact_integer():
    """Plan: "Read a number cell in a text column (case number, ID, phone) as
    the exact integer it holds"; up to 15 digits Excel loses none."""
    assert parse_id_number(360426910101007.0, today=TODAY).value == parse_id_number(
        360426910101007, today=TODAY
    ).value


def test_id_int_of_18_or_15_digits_is_fine():
    assert parse_id_number(360426199101010071, today=TODAY).value == "360426199101010071"
    r = parse_id_number(360426910101007, today=TODAY)
    assert r.value == "360426199101010071" and r.converted_from_15


def test_id_15_digits_converted_with_note():
    r = parse_id_number("360426910101007", today=TODAY)
    assert r.ok
    assert r.value == "360426199101010071"
    assert r.converted_from_15
    assert r.code == "id_converted_15" and r.problem.level == INFO
    # A 15-digit ID with an impossible date is still rejected.
    assert parse_id_number("360426911301007", today=TODAY).code == "id_birth_date"


def test_id_text_noise_is_tolerated():
    for raw in (
        " 360426199101010071 ",
        "'360426199101010071",
        "３６０４２６１９９１０１０１００７１",
        "3604 2619 9101 0100 71",
    ):
        assert parse_id_number(raw, today=TODAY).value == "360426199101010071", raw


def test_id_unknown_region_only_warns():
    body = "99042619910101007"
    r = parse_id_number(body + id_check_char(body), today=TODAY)
    assert r.ok
    assert r.value == body + id_check_char(body)
    assert r.code == "id_region" and r.problem.level == WARNING


def test_id_empty_is_not_a_problem():
    for raw in (None, "", "   "):
        r = parse_id_number(raw)
        assert r.value is None and r.problems == () and r.ok


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "phones"),
    [
        ("13812345678", ["13812345678"]),
        ("0792-1234567", ["07921234567"]),
        ("(0792)1234567", ["07921234567"]),
        ("（0792）1234567", ["07921234567"]),
        ("0792 1234567", ["07921234567"]),
        ("010-12345678", ["01012345678"]),
        ("1234567", []),  # starts with 1: neither a mobile nor a local number
        ("2345678", ["2345678"]),
        ("82345678", ["82345678"]),
        ("13812345678 13912345678", ["13812345678", "13912345678"]),
        ("13812345678,13912345678", ["13812345678", "13912345678"]),
        ("13812345678，13912345678", ["13812345678", "13912345678"]),
        ("13812345678、13912345678", ["13812345678", "13912345678"]),
        ("13812345678;13912345678", ["13812345678", "13912345678"]),
        ("13812345678/13912345678", ["13812345678", "13912345678"]),
        ("13812345678\n13912345678", ["13812345678", "13912345678"]),
        ("13812345678或0792-1234567", ["13812345678", "07921234567"]),
        ("+8613812345678", ["13812345678"]),
        ("+86 138 1234 5678", ["13812345678"]),
        ("008613812345678", ["13812345678"]),
        ("138-1234-5678", ["13812345678"]),
        ("１３８１２３４５６７８", ["13812345678"]),
        ("本人13812345678，儿子：13912345678", ["13812345678", "13912345678"]),
        ("13812345678 13812345678", ["13812345678"]),  # duplicates once
        (13812345678, ["13812345678"]),
        (13812345678.0, ["13812345678"]),
        (None, []),
        ("", []),
    ],
)
def test_parse_phones(raw, phones):
    r = parse_phones(raw)
    assert r.phones == phones
    assert list(r.value) == phones


def test_phones_valid_cells_have_no_problem():
    r = parse_phones("13812345678、0792-1234567")
    assert r.ok and r.problems == ()


def test_phone_lost_leading_zero_is_kept_with_warning():
    for raw in (7921234567, 7921234567.0):
        r = parse_phones(raw)
        assert r.phones == ["7921234567"]
        assert r.code == "phone_lost_zero"
        assert r.problem.level == WARNING
        assert r.ok


def test_phone_invalid_fragments_reported():
    r = parse_phones("13812345678，12345，abc")
    assert r.phones == ["13812345678"]
    codes = [p.code for p in r.problems]
    assert codes == ["phone_invalid", "phone_invalid"]
    assert [p.fragment for p in r.problems] == ["12345", "abc"]
    assert not r.ok
    assert parse_phones(True).code == "phone_invalid"
    assert parse_phones(3.5).code == "phone_invalid"
    assert parse_phones(date(2017, 1, 1)).code == "phone_invalid"


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "2017.07.03",
        "2017.7.3",
        "2017/7/3",
        "2017-07-03",
        "2017-7-3",
        "2017年7月3日",
        "2017年07月03日",
        "2017 年 7 月 3 日",
        "2017年7月3号",
        "20170703",
        "2017-07-03 10:20:00",
        "2017/7/3 0:00",
        "2017-07-03T10:20:00",
        "２０１７年７月３日",
        "２０１７．７．３",
        "二〇一七年七月三日",
        "2017.07.03.",
        date(2017, 7, 3),
        datetime(2017, 7, 3, 10, 20),
        42919,
        42919.0,
        42919.75,
        "42919",
        20170703,
        20170703.0,
    ],
)
def test_parse_date_accepts(raw):
    r = parse_date(raw)
    assert r.value == date(2017, 7, 3), raw
    assert r.ok and r.problems == ()


def test_excel_serials_and_the_1900_leap_bug():
    assert excel_serial_to_date(1) == date(1900, 1, 1)
    assert excel_serial_to_date(59) == date(1900, 2, 28)
    assert excel_serial_to_date(60) is None  # 1900-02-29 never existed
    assert excel_serial_to_date(61) == date(1900, 3, 1)
    assert excel_serial_to_date(36526) == date(2000, 1, 1)
    assert excel_serial_to_date(0) is None
    assert excel_serial_to_date(-5) is None
    assert excel_serial_to_date(float("nan")) is None
    assert excel_serial_to_date(3e7) is None


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("2017-02-30", "date_unparsed"),
        ("2017.13.1", "date_unparsed"),
        ("明年", "date_unparsed"),
        ("2017年7月", "date_unparsed"),
        ("2017-07-03已办结", "date_unparsed"),
        (time(10, 20), "date_unparsed"),
        (timedelta(days=3), "date_unparsed"),
        (True, "date_unparsed"),
        (60, "date_unparsed"),
        (-1, "date_unparsed"),
        (float("inf"), "date_unparsed"),
        (1, "date_implausible"),
        (100, "date_implausible"),
        ("1985-06-01", "date_implausible"),
        (date(2101, 1, 1), "date_implausible"),
        ("21010101", "date_implausible"),
    ],
)
def test_parse_date_rejects(raw, code):
    r = parse_date(raw)
    assert r.value is None
    assert r.code == code
    assert not r.ok


def test_parse_date_empty():
    for raw in (None, "", "  "):
        r = parse_date(raw)
        assert r.value is None and r.problems == ()


# ---------------------------------------------------------------------------
# Petitioners and counts
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name", "count", "many"),
    [
        ("张三", "张三", 1, False),
        ("张三等12人", "张三", 12, True),
        ("张三等 12 人", "张三", 12, True),
        ("张三等１２人", "张三", 12, True),
        ("张三等十二人", "张三", 12, True),
        ("张三等人", "张三", None, True),
        ("张三等", "张三", None, True),
        ("张三等多人", "张三", None, True),
        ("张三、李四", "张三", 2, True),
        ("张三，李四，王五", "张三", 3, True),
        ("张三、李四等5人", "张三", 5, True),
        ("张三、李四等", "张三", None, True),
        ("张 三", "张三", 1, False),
        (" 欧阳 修 ", "欧阳修", 1, False),
        ("张三 李四", "张三", 2, True),
        ("李和平", "李和平", 1, False),  # 和 inside a name is not a separator
        ("John Smith", "John Smith", 1, False),
        ("张三等1人", "张三", 1, False),
    ],
)
def test_parse_petitioner(raw, name, count, many):
    r = parse_petitioner(raw)
    assert (r.name, r.people_count, r.many_people_hint) == (name, count, many)
    assert r.value == name
    assert r.ok


def test_parse_petitioner_problems():
    assert parse_petitioner(None).name is None and parse_petitioner(None).problems == ()
    assert parse_petitioner("123").code == "petitioner_invalid"
    assert parse_petitioner(42).code == "petitioner_invalid"
    r = parse_petitioner("张三等0人")
    assert r.name == "张三" and r.people_count is None and r.code == "petitioner_count"
    r = parse_petitioner("张三、李四、王五等2人")
    assert r.people_count == 3 and r.code == "petitioner_count"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (12, 12),
        (12.0, 12),
        ("12", 12),
        (" 12 ", 12),
        ("１２", 12),
        ("12人", 12),
        ("十二", 12),
        ("两人", 2),
        ("12.0", 12),
        (0, 0),
        (None, None),
        ("", None),
    ],
)
def test_parse_int(raw, value):
    r = parse_int(raw)
    assert r.value == value and r.ok


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (3.5, "int_not_whole"),
        ("3.5", "int_not_whole"),
        (-2, "int_negative"),
        ("-2", "int_negative"),
        ("许多", "int_unparsed"),
        (True, "int_unparsed"),
        (float("nan"), "int_unparsed"),
        (date(2017, 1, 1), "int_unparsed"),
    ],
)
def test_parse_int_rejects(raw, code):
    r = parse_int(raw)
    assert r.value is None and r.code == code


# ---------------------------------------------------------------------------
# Masks
# ---------------------------------------------------------------------------


def test_masks():
    assert mask_id("320102199001011234") == "320102********1234"
    assert mask_id("320102900101123") == "320102*****1123"
    assert mask_id(None) is None
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone(13812345678.0) == "138****5678"
    assert mask_phone("07921234567") == "0792***4567"
    assert mask_phone("01012345678") == "010****5678"
    assert mask_phone("82345678") == "****5678"
    assert mask_phone("13812345678、07921234567") == "138****5678、0792***4567"
    assert mask_phone(None) is None
    assert mask_name("张三丰") == "张*丰"
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳娜娜") == "欧**娜"
    assert mask_name("张") == "*"
    assert mask_name(None) is None
    assert mask_address("江西省赣州市瑞金市象湖镇某某村12号") == "江西省赣州市****"
    assert mask_address("某村12号") == "某村****"
    assert mask_address(None) is None


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

_CELL_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            list("0123456789Xx年月日号.-/:：，,、;；或等人 ()（）+E")
            + list("张三李四欧阳〇一二十\n\t\u3000０１９")
        ),
        st.characters(),
    ),
    max_size=30,
)
ANY_CELL = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**14, max_value=10**19),
    st.floats(),
    st.floats(min_value=1e14, max_value=1e19),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
    st.decimals(allow_nan=True),
    _CELL_TEXT,
    st.text(max_size=40),
)


@given(ANY_CELL)
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_no_function_ever_raises(value):
    assert clean_text(value) is None or isinstance(clean_text(value), str)
    r = parse_id_number(value)
    assert r.value is None or (len(r.value) == 18 and r.ok)
    phones = parse_phones(value)
    assert all(p.isascii() and p.isdigit() for p in phones.value)
    d = parse_date(value)
    assert d.value is None or (1990 <= d.value.year <= 2100 and d.ok)
    n = parse_int(value)
    assert n.value is None or n.value >= 0
    p = parse_petitioner(value)
    assert p.people_count is None or p.people_count >= 1
    for mask in (mask_id, mask_phone, mask_name, mask_address):
        masked = mask(value)
        assert masked is None or isinstance(masked, str)
    for result in (r, phones, d, n, p):
        for problem in result.problems:
            assert problem.code and problem.message and problem.level in (ERROR, WARNING, INFO)


_PROVINCES = [
    "11",
    "12",
    "13",
    "14",
    "15",
    "21",
    "22",
    "23",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "41",
    "42",
    "43",
    "44",
    "45",
    "46",
    "50",
    "51",
    "52",
    "53",
    "54",
    "61",
    "62",
    "63",
    "64",
    "65",
]


@st.composite
def valid_ids(draw):
    region = draw(st.sampled_from(_PROVINCES)) + draw(st.from_regex(r"\A[0-9]{4}\Z"))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    seq = draw(st.from_regex(r"\A[0-9]{3}\Z"))
    body = region + born.strftime("%Y%m%d") + seq
    return body + id_check_char(body), born


@given(valid_ids())
def test_any_valid_id_is_accepted(pair):
    number, born = pair
    r = parse_id_number(number, today=TODAY)
    assert r.ok and r.problems == ()
    assert r.value == number
    assert r.birth_date == born
    assert birth_date_from_id(number) == born
    assert parse_id_number(number.lower(), today=TODAY).value == number
    # Any single-digit change in the body breaks the check digit or the date.
    wrong = number[:16] + str((int(number[16]) + 1) % 10) + number[17]
    assert not parse_id_number(wrong, today=TODAY).ok


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_round_trip_through_text_and_serials(day):
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial).value == day
    assert parse_date(float(serial) + 0.5).value == day
    for text in (
        day.isoformat(),
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        day.strftime("%Y%m%d"),
        f"{day.year}/{day.month:02d}/{day.day:02d}",
    ):
        assert parse_date(text).value == day, text


@given(
    st.from_regex(r"\A1[3-9][0-9]{9}\Z"),
    st.from_regex(r"\A1[3-9][0-9]{9}\Z"),
    st.sampled_from([" ", ",", "，", "、", ";", "；", "/", "\n", "或", " / "]),
)
def test_two_mobiles_in_one_cell(a, b, sep):
    expected = [a] if a == b else [a, b]
    assert parse_phones(f"{a}{sep}{b}").phones == expected


def test_float_edge_cases_do_not_raise():
    for value in (
        math.inf,
        -math.inf,
        math.nan,
        1e308,
        -0.0,
        5e-324,
        Decimal("NaN"),
        Decimal("1E+400"),
    ):
        parse_id_number(value)
        parse_phones(value)
        parse_date(value)
        parse_int(value)
        parse_petitioner(value)
        clean_text(value)
