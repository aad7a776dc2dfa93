"""The production settings with persistent database connections, for bench/api_overhead.py."""

from factcheck.settings import *  # noqa: F403

DATABASES["default"]["CONN_MAX_AGE"] = 600  # noqa: F405
