"""The visit record's field list (data/visit_record.toml): its shape, and that
the model and the form's values have exactly the fields it defines."""

from __future__ import annotations

import copy
from dataclasses import fields as dc_fields

from rv_desktop.domain import visit_fields, vocabulary
from rv_desktop.domain.models import VisitRecord
from rv_desktop.domain.visits import VisitDraft


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
