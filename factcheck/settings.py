"""
Settings for factcheck, read from the environment.

With no environment at all the project runs on SQLite (``db.sqlite3`` beside
``manage.py``) with DEBUG on, which is what the README's first command uses.
Production differs only through environment variables:

- ``DATABASE_URL``: e.g. ``postgres://user@host:5432/factcheck`` or ``sqlite:///path``.
- ``SECRET_KEY``: required, and must be a real key, whenever DEBUG is off.
- ``DEBUG``: ``1/true/yes/on`` or ``0/false/no/off``; anything else is refused.
- ``ALLOWED_HOSTS``: comma-separated host names.
- ``FACTCHECK_ORGANISATION_NAME`` / ``FACTCHECK_ORGANISATION_URL``: who publishes the checks.

A bad value stops the process at start with ImproperlyConfigured naming the variable.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean; use one of 1/0, true/false, yes/no, on/off.")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

_DEV_SECRET_KEY = "django-insecure-factcheck-local-development-only"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = _DEV_SECRET_KEY
elif not DEBUG and (SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5):
    raise ImproperlyConfigured(
        "SECRET_KEY is not a real secret key: use at least 50 random characters "
        "(python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "core",
    "sources",
    "claims",
    "ingest",
    "seeds",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RejectNulBytesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.http.site_context",
            ],
        },
    },
]

WSGI_APPLICATION = "factcheck.wsgi.application"

_DEFAULT_DATABASE_URL = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
try:
    DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL") or _DEFAULT_DATABASE_URL)}
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is not a usable database URL: {exc}") from exc

# -- read replicas ------------------------------------------------------------------------------
# DATABASE_REPLICA_URLS: comma-separated URLs of hot standbys of DATABASE_URL (write a comma in a
# password as %2C), each becoming DATABASES["replica_<n>"]. core.db_routers sends reads there;
# writes, row locks, reads in a transaction and a client's reads for REPLICA_PIN_SECONDS after it
# wrote go to the primary.
# Under test a replica mirrors "default" (same test database name, its own host): the suite runs
# unchanged, and a physical standby already holds the primary's test database under that name.
REPLICA_DATABASES: list[str] = []
for _n, _url in enumerate(env_list("DATABASE_REPLICA_URLS", []), start=1):
    try:
        _replica = dj_database_url.parse(_url)
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_REPLICA_URLS: replica {_n} is not a usable database URL: {exc}") from exc
    if _replica["ENGINE"] != DATABASES["default"]["ENGINE"] or not _replica["NAME"]:
        raise ImproperlyConfigured(
            f"DATABASE_REPLICA_URLS: replica {_n} must name a database of the same kind as DATABASE_URL "
            f"({DATABASES['default']['ENGINE']}), got {_replica['ENGINE']} {_replica['NAME']!r}."
        )
    DATABASES[f"replica_{_n}"] = {
        **_replica,
        # Connections are kept and checked as the primary's are.
        "CONN_MAX_AGE": DATABASES["default"].get("CONN_MAX_AGE", 0),
        "CONN_HEALTH_CHECKS": DATABASES["default"].get("CONN_HEALTH_CHECKS", False),
        "TEST": {"MIRROR": "default"},
    }
    REPLICA_DATABASES.append(f"replica_{_n}")

_pin_seconds = os.environ.get("DATABASE_REPLICA_PIN_SECONDS", "").strip() or "5"
if not _pin_seconds.isdigit() or int(_pin_seconds) < 1:
    raise ImproperlyConfigured(
        f"DATABASE_REPLICA_PIN_SECONDS={_pin_seconds!r} is not a whole number of seconds above 0; "
        "make it longer than the replicas' usual lag."
    )
REPLICA_PIN_SECONDS = int(_pin_seconds)

DATABASE_ROUTERS = ["core.db_routers.PrimaryReplicaRouter"]
# Before SessionMiddleware, so a session a client just wrote is read from the primary.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "core.middleware.ReadYourOwnWritesMiddleware",
)
# -- end of read replicas -----------------------------------------------------------------------

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PARSER_CLASSES": [
        "core.parsers.JSONParser",
        "core.parsers.FormParser",
        "core.parsers.MultiPartParser",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["core.api.ReadAnyoneWriteWithModelPermissions"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "core.api.Pagination",
    "PAGE_SIZE": 20,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_ANON_RATE", "120/minute")},
    "EXCEPTION_HANDLER": "core.api.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "core.schema.AutoSchema",
    "NON_FIELD_ERRORS_KEY": "non_field_errors",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "DESCRIPTION": (
        "Published fact-checks for anyone; editorial writes for newsroom members with a token "
        "(`Authorization: Token <key>`). Anonymous clients only ever see published material."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "QualifierEnum": "claims.quantities.Qualifier",
        "StanceEnum": "claims.models.appearance.Stance",
        "VerificationStateEnum": "claims.models.verification.Verification.State",
        "SourceKindEnum": "sources.models.SourceKind",
        "ActorKindEnum": "sources.models.Actor.Kind",
    },
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Who publishes the fact-checks: the ClaimReview "author" and the site's name.
FACTCHECK_ORGANISATION_NAME = os.environ.get("FACTCHECK_ORGANISATION_NAME", "factcheck demo newsroom")
FACTCHECK_ORGANISATION_URL = os.environ.get("FACTCHECK_ORGANISATION_URL", "http://127.0.0.1:8000/")
# Where this site's public pages live; used for canonical URLs in feeds and ClaimReview.
FACTCHECK_SITE_URL = os.environ.get("FACTCHECK_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
