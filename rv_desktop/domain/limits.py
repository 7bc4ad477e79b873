"""How long a stored text may be: one definition for the importer and the forms.

A 10-million-character case number or a 3.5-million-character name is not
data but an accident or an attack; it must not reach the register, where it
would break lists, printed forms and packages. Identifiers (the case number)
and names are refused when too long; descriptive texts are cut, with a
warning that names the field and the length.

The figures are generous for what a county ledger holds (a case number is
under 30 characters, a name under 10, a demand a paragraph or two) and stay
within the columns' declared sizes (``models.py``).
"""

from __future__ import annotations

#: field -> the most characters stored. Keys are the ledger's field keys
#: (``services.ledger_reader.FIELDS``) where the value is stored as text.
TEXT_LIMITS: dict[str, int] = {
    "case_no": 64,
    "petitioner": 64,
    "phones": 128,
    "address": 256,
    "village": 64,
    "category": 64,
    "leader": 64,
    "handling_unit": 128,
    "demand": 4000,
    "conclusion": 4000,
}

#: Fields refused (the row is rejected) rather than cut when too long: a cut
#: identifier or name would silently name another case or person.
REFUSED_WHEN_LONG = frozenset({"case_no", "petitioner"})
