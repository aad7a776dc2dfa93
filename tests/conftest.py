from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command

from claims.roles import CHIEF_EDITOR, EDITOR, REPORTER
from tests.factories import make_user


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The API's throttle counts requests in the cache: each test starts with none."""
    cache.clear()


def make_member(username: str, role: str | None):
    user = make_user(username, is_staff=True, first_name=username.replace("_", " ").title())
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def reporter(db):
    return make_member("rania_reporter", REPORTER)


@pytest.fixture
def other_reporter(db):
    return make_member("omar_reporter", REPORTER)


@pytest.fixture
def editor(db):
    return make_member("eli_editor", EDITOR)


@pytest.fixture
def other_editor(db):
    return make_member("esme_editor", EDITOR)


@pytest.fixture
def chief(db):
    return make_member("chioma_chief", CHIEF_EDITOR)


@pytest.fixture
def outsider(db):
    """Staff, so they can log in to the admin, but in no newsroom role."""
    return make_member("olga_outsider", None)


@pytest.fixture
def seeded(db):
    """The demo content, for the tests that assert its figures; everything else builds its own data."""
    call_command("seed", stdout=StringIO())
