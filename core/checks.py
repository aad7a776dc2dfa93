"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, register
from django.core.checks import Warning as CheckWarning

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


@register(Tags.security, Tags.caches, deploy=True)
def shared_cache_check(app_configs, **kwargs):
    """The API throttle counts in the default cache: a per-process one counts per worker (and machine)."""
    if settings.CACHES["default"]["BACKEND"] in PER_PROCESS_CACHES:
        return [
            CheckWarning(
                "The default cache is kept in each process: every gunicorn worker counts the API throttle "
                "on its own, so a client gets the rate times the number of workers.",
                hint="Set REDIS_URL to the shared Redis cache.",
                id="core.W001",
            )
        ]
    return []
