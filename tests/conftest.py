from io import StringIO

import pytest
from django.conf import settings as django_settings
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


@pytest.fixture(autouse=True)
def _replicas_only_where_named(request):
    """
    Django lets a test reach only the databases it names, and almost every test names only
    "default": with DATABASE_REPLICA_URLS set, their reads stay on the primary too, so the suite
    runs unchanged. A test that names the replicas (tests/test_replicas.py) is routed to them.
    """
    if not django_settings.REPLICA_DATABASES:
        return
    marker = request.node.get_closest_marker("django_db")
    named = marker.kwargs.get("databases") if marker else None
    if named != "__all__" and not set(django_settings.REPLICA_DATABASES) <= set(named or ()):
        request.getfixturevalue("settings").REPLICA_DATABASES = []
