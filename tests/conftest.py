from collections.abc import Iterator
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from pytest_django import DjangoDbBlocker

from claims.roles import CHIEF_EDITOR, EDITOR, REPORTER
from tests.factories import make_member
from tests.module_data import module_transaction


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> Iterator[None]:
    """For the whole session, so that users built once per module are hashed fast too."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The API's throttle counts requests in the cache: each test starts with none."""
    cache.clear()


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


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker: DjangoDbBlocker) -> Iterator[None]:
    """
    The demo content, loaded once for the module and rolled back after it. Only for the tests whose
    subject is the seed (tests/test_seed.py); everything else builds its own data with the factories.
    Tests that use it also need `db` (the module's pytestmark gives it).
    """
    with module_transaction(django_db_blocker):
        with django_db_blocker.unblock():
            call_command("seed", stdout=StringIO())
        yield


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
