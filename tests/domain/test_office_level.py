"""The office's level (a town's office or the county's) and databases made only on purpose."""

from __future__ import annotations

import pytest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.errors import UserError
from rv_desktop.domain.office import office_level, set_office_level


def test_the_level_is_town_until_said_otherwise(database):
    assert office_level() == "town"
    set_office_level("county")
    assert office_level() == "county"
    with pytest.raises(UserError):
        set_office_level("province")
    assert office_level() == "county"


def test_a_missing_file_is_not_created_unless_asked(tmp_path):
    """ "Everything else says the file does not exist and exits 2, creating nothing (no file,
    no folder)." """
    path = tmp_path / "sub" / "typo.sqlite"
    with pytest.raises(dbmod.DatabaseMissing) as caught:
        dbmod.open_database(path, create=False)
    assert caught.value.code == "db_missing"
    assert list(tmp_path.iterdir()) == []
    dbmod.open_database(path, create=True)
    dbmod.close_database()
    assert path.exists()
    dbmod.open_database(path, create=False)  # an existing one opens
    dbmod.close_database()
