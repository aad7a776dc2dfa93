"""manage.py create_database, which `make serve` runs before migrate."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_it_leaves_an_existing_database_alone():
    out = StringIO()
    call_command("create_database", stdout=out)  # the test database exists, on SQLite and PostgreSQL
    assert out.getvalue() == ""  # it says "Created the database ..." when it creates one
