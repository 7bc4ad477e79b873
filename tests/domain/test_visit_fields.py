"""The visit record's field list (data/visit_record.toml): its shape, and that
the model and the form's values have exactly the fields it defines."""

from __future__ import annotations

import copy
from dataclasses import fields as dc_fields

import pytest

from rv_desktop.domain import visit_fields, vocabulary
from rv_desktop.domain.models import VisitRecord
from rv_desktop.domain.visits import VisitDraft

from .test_visits import world as world  # noqa: F401 - the shared fixture


def test_the_file_is_sound():
    assert visit_fields.problems() == []


def test_the_schema_check_finds_what_is_wrong():
    doc = copy.deepcopy(vocabulary.data_file(visit_fields.FILE))
    doc["fields"]["method"]["choices"] = "no_such_vocabulary"
    doc["fields"]["visited_at"]["tab"] = "nowhere"
    doc["fields"]["location"].pop("max_len")
    doc["fields"]["visitors"]["colour"] = "red"
    found = "\n".join(visit_fields.problems(doc))
    assert "fields.method: vocabulary 'no_such_vocabulary'" in found
    assert "fields.visited_at: unknown tab 'nowhere'" in found
    assert "fields.location: a text field has a max_len" in found
    assert "fields.visitors: unknown ['colour']" in found


def test_every_field_of_the_form_values_is_defined_once():
    draft = [f.name for f in dc_fields(VisitDraft)]
    defined = [f.key for f in visit_fields.fields() if f.kind != "contacts"]
    assert sorted(draft) == sorted(defined)
    assert len(set(defined)) == len(defined)


def test_every_defined_field_is_a_column_of_the_record():
    columns = set(VisitRecord._meta.fields)
    for f in visit_fields.fields():
        if f.kind != "contacts":
            assert f.key in columns, f.key


def test_labels_in_both_languages():
    assert visit_fields.label("conclusion_reasonable") == "办理结论是否属实合理"
    assert visit_fields.label("method", "en_GB") == "Visit method"
    assert visit_fields.tab_title("sign_off") == "签字确认"
    assert visit_fields.tabs()[0] == "case"
    assert (True, "有") in visit_fields.choice_labels("has_difficulties")
    assert ("office", "来访面谈") in visit_fields.choice_labels("method")


# --- the domain takes its field list from the file ----------------------------------


def test_tabs_and_field_tabs_come_from_the_file():
    """ "Every field ... is defined once: ... the tab it sits on"."""
    from rv_desktop.domain.visits import FIELD_TABS, TABS

    assert TABS == visit_fields.tabs()
    assert FIELD_TABS == {f.key: f.tab for f in visit_fields.fields()}


def test_the_domains_value_kinds_agree_with_the_file():
    """ "its choices with their labels, its length limit": each choice field's codes are
    its enum's, each bool, date and text field is typed as the file says."""
    from rv_desktop.domain.visits import values

    for f in visit_fields.fields():
        if f.kind == "choice":
            assert f.key in values._ENUMS, f.key
            enum_codes = {m.value for m in values._ENUMS[f.key]}
            assert {code for code, _ in visit_fields.choice_labels(f.key)} <= enum_codes, f.key
        else:
            assert f.key not in values._ENUMS, f.key
        is_bool = f.key in values._NOT_NULL_BOOLS or f.key in values._NULL_BOOLS
        assert is_bool == (f.kind == "bool"), f.key
        assert (f.key in values._DATES) == (f.kind == "date"), f.key
        assert (f.key in values._DATETIMES) == (f.kind == "datetime"), f.key
        assert values._LIMITS.get(f.key) == f.max_len, f.key


def test_max_len_never_exceeds_the_column():
    """A limit of the file fits its column (a CharField's max_length, when it has one)."""
    for f in visit_fields.fields():
        column = VisitRecord._meta.fields.get(f.key)
        limit = getattr(column, "max_length", None)
        if f.max_len and limit and f.kind in ("line", "text"):
            assert f.max_len <= limit, f.key


def test_every_text_longer_than_its_max_len_is_refused_naming_the_field(world):  # noqa: F811
    """ "its length limit": a text of max_len characters is stored, one more is refused
    with a message naming the field by its label; nothing changes."""
    from rv_desktop.domain import visits as vs
    from rv_desktop.domain.errors import UserError

    form = vs.start_visit(world.targets["K01"].id)
    texts = [f for f in visit_fields.fields() if f.kind in ("line", "text")]
    assert len(texts) > 20
    for f in texts:
        stored = vs.save_draft(form.id, {f.key: "字" * f.max_len})
        assert getattr(stored.values, f.key) == "字" * f.max_len, f.key
        with pytest.raises(vs.VisitError) as caught:
            vs.save_draft(form.id, {f.key: "字" * (f.max_len + 1)})
        error = caught.value
        assert isinstance(error, UserError) and error.code == "too_long"
        assert error.params["field"] == f.key and error.params["limit"] == f.max_len
        assert error.params["label"].in_language("zh_CN") == f.zh
        assert str(error) == (
            f"{f.en} holds at most {f.max_len} characters; the text typed has {f.max_len + 1}."
        )
        assert getattr(vs.load_visit(form.id).values, f.key) == "字" * f.max_len, f.key
