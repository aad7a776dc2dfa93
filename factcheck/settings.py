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
- ``FACTCHECK_SITE_URL``, ``REDIS_URL``, ``CONN_MAX_AGE``, the HTTPS switches, ``LOG_LEVEL``:
  see "Production" at the end of this file and the README's "Deployment and operations".
- ``TRUSTED_PROXY_COUNT``: how many proxies in front append to X-Forwarded-For (0: ignore it).
- ``LOGIN_FAILURE_LIMIT`` / ``LOGIN_LOCKOUT_MINUTES``: failed sign-ins (passwords, API tokens)
  before a lockout, and how long it lasts.
- ``EMAIL_BACKEND`` (smtp or console), ``EMAIL_HOST``, ``EMAIL_PORT``, ``EMAIL_HOST_USER``,
  ``EMAIL_HOST_PASSWORD``, ``EMAIL_USE_TLS`` / ``EMAIL_USE_SSL``, ``DEFAULT_FROM_EMAIL``: the mail
  that password resets are sent through.

A bad value stops the process at start with ImproperlyConfigured naming the variable.
"""

import ipaddress
import os
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from redis.connection import parse_url as parse_redis_url
from whitenoise.compress import Compressor

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


def env_rate(name: str, default: str) -> str:
    """A rate like 5/hour (per second, minute, hour or day), as DRF's throttles read it."""
    raw = (os.environ.get(name) or default).strip()
    if not re.fullmatch(r"[1-9][0-9]*/(s|sec|second|m|min|minute|h|hour|d|day)", raw):
        raise ImproperlyConfigured(f"{name}={raw!r} is not a rate like 5/hour.")
    return raw


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if value < 0:
        raise ImproperlyConfigured(f"{name}={raw!r} cannot be negative.")
    return value


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
    "axes",
    "csp",
    "core",
    "sources",
    "claims",
    "figures",
    "accounts",
    "ingest",
    "trust",
    "seeds",
    "dumps",
]

MIDDLEWARE = [
    "core.request_id.RequestIdMiddleware",  # first, so every response and log line has the id
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.RejectNulBytesMiddleware",
    # Anonymous reads answered from the shared cache before sessions, auth or views run.
    "core.middleware.PublicResponseCacheMiddleware",
    # Reads on a replica until the request writes; before sessions, so a session just written is read back.
    "core.middleware.ReadYourOwnWritesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's ConditionalGetMiddleware, with the site version's ETag on public responses (no body hash).
    "core.middleware.VersionETagMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: turns a sign-in refused for too many failures into the lockout page (a 429).
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out sign-in before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
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
# The non-key (INCLUDE) columns of the claims' unit-and-bounds index make PostgreSQL's search an
# index-only scan; SQLite builds the index without them, which is all the demo needs.
SILENCED_SYSTEM_CHECKS = ["models.W040"] if DATABASES["default"]["ENGINE"].endswith("sqlite3") else []

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
STATICFILES_DIRS = [BASE_DIR / "static"]

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.LockoutTokenAuthentication",
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
    "DEFAULT_THROTTLE_CLASSES": ["core.api.FailOpenAnonRateThrottle"],
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
        "(`Authorization: Token <key>`). Anonymous clients only ever see published material. "
        "Updates need the ETag of the version read in `If-Match`. Request bodies with JSON nested "
        "deeper than 32 levels, or NUL characters, are refused with a 400."
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
        "DatePrecisionEnum": "claims.stated_dates.DatePrecision",
    },
}

# Readers' error reports (trust): how many each client address may file, per second/minute/hour/day.
ERROR_REPORT_RATE = env_rate("ERROR_REPORT_RATE", "5/hour")
# Password-reset requests (accounts) per client address: each one may send a mail.
PASSWORD_RESET_RATE = env_rate("PASSWORD_RESET_RATE", "5/hour")

# Who publishes the fact-checks: the ClaimReview "author" and the site's name.
FACTCHECK_ORGANISATION_NAME = os.environ.get("FACTCHECK_ORGANISATION_NAME", "factcheck demo newsroom")


# =============================================================================================
# Production. Each block below reads its own variables; with none set the project runs as a
# local demo. The README's "Deployment and operations" lists the production environment, with
# which `manage.py check --deploy --fail-level WARNING` is clean (tests/test_production.py).
# =============================================================================================

# -- A plain-HTTP trial on this machine (`make serve`) ----------------------------------------
# Accepts an http:// or loopback FACTCHECK_SITE_URL with DEBUG off and turns the HTTPS defaults
# below off. Never in production: `check --deploy` warns about each HTTPS switch it turns off.
LOCAL_HTTP = env_bool("LOCAL_HTTP", False)
_SERVES_HTTPS = not DEBUG and not LOCAL_HTTP

# -- One site address --------------------------------------------------------------------------
# Every canonical link, Open Graph URL, ClaimReview URL, feed link and id, sitemap location and
# robots.txt line is built on FACTCHECK_SITE_URL (core.http.absolute), never on the Host header
# of the request, so a page fetched through a CDN, a proxy or an IP address names one address.
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _site_address(raw: str) -> tuple[str, str] | None:
    """(scheme://host[:port], host) from a site URL, or None unless it is a scheme and a host only."""
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path.strip("/"):
        return None
    if parts.query or parts.fragment or parts.username:
        return None
    return f"{parts.scheme}://{parts.netloc.lower()}", parts.hostname


_site_url = os.environ.get("FACTCHECK_SITE_URL", "").strip()
if not _site_url:
    if not DEBUG:
        raise ImproperlyConfigured(
            "FACTCHECK_SITE_URL must be set when DEBUG is off: the public address that canonical links, "
            "ClaimReview, feeds and robots.txt name, e.g. https://factcheck.example."
        )
    _site_url = "http://127.0.0.1:8000"
_site = _site_address(_site_url)
if _site is None:
    raise ImproperlyConfigured(
        f"FACTCHECK_SITE_URL={_site_url!r} is not a site address: give a scheme and a host only, "
        "e.g. https://factcheck.example (no path: the site is served from its root)."
    )
FACTCHECK_SITE_URL, _site_host = _site
if _SERVES_HTTPS and not FACTCHECK_SITE_URL.startswith("https://"):
    raise ImproperlyConfigured(f"FACTCHECK_SITE_URL={_site_url!r} must start with https:// when DEBUG is off.")
if _SERVES_HTTPS and _is_loopback(_site_host):
    raise ImproperlyConfigured(
        f"FACTCHECK_SITE_URL={_site_url!r} points at this machine: with DEBUG off it must be the public "
        "address readers and search engines use (LOCAL_HTTP=1 allows it for a trial on this machine only)."
    )
FACTCHECK_ORGANISATION_URL = os.environ.get("FACTCHECK_ORGANISATION_URL", f"{FACTCHECK_SITE_URL}/")
if FACTCHECK_SITE_URL not in CSRF_TRUSTED_ORIGINS:  # the admin's forms post from the public address
    CSRF_TRUSTED_ORIGINS.append(FACTCHECK_SITE_URL)

# -- HTTPS -------------------------------------------------------------------------------------
# Behind a proxy that ends TLS, SECURE_PROXY_SSL_HEADER=1 trusts its X-Forwarded-Proto: only
# when the proxy overwrites that header and nothing else can reach gunicorn.
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", _SERVES_HTTPS)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe the process over plain HTTP
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", _SERVES_HTTPS)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", _SERVES_HTTPS)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000 if _SERVES_HTTPS else 0)
# Both bind every subdomain of the site's domain to HTTPS too: the operator's decision, so off by default.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)

# -- Static files --------------------------------------------------------------------------------
# With DEBUG off, `collectstatic` writes compressed copies with content hashes in their names and
# WhiteNoise serves them from each gunicorn worker with a far-future max-age (a CDN can keep them
# forever). With DEBUG on (the demo, the tests) files are served unhashed from the app folders.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
# Source maps (14 of the 25 MB, the API docs' bundles) are fetched only by browsers' developer
# tools: compressing them would double collectstatic's time for nobody.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]

# -- Cache, sessions, API throttles ---------------------------------------------------------------
# REDIS_URL (or CACHE_URL) puts the cache on Redis, shared by every worker on every machine: the
# API's throttle counts (DRF uses the default cache) and sessions (cached_db: read from Redis,
# kept in the database) then hold no per-process state. Without it, each process has its own
# memory cache and sessions live in the database only.
_cache_variable = "REDIS_URL" if os.environ.get("REDIS_URL", "").strip() else "CACHE_URL"
_cache_url = os.environ.get(_cache_variable, "").strip()
if _cache_url:
    for _url in re.split("[;,]", _cache_url):  # a writer, then optional read replicas, as RedisCache takes them
        try:
            parse_redis_url(_url.strip())
            _db = urlsplit(_url.strip()).path.strip("/")
            if _db and not _db.isdigit():
                raise ValueError(f"the database number {_db!r} is not a number")
        except ValueError as exc:
            raise ImproperlyConfigured(
                f"{_cache_variable}={_cache_url!r} is not a usable Redis URL ({exc}); e.g. redis://127.0.0.1:6379/0."
            ) from exc
    CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",  # Django's, reusing its Redis clients
            "LOCATION": _cache_url,
            "KEY_PREFIX": "factcheck",
            # A stalled Redis fails a request in seconds, and /healthz says so, rather than hanging workers.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# -- Database connections -------------------------------------------------------------------------
# Each gunicorn worker keeps its connections for CONN_MAX_AGE seconds (0: one per request), checked
# before reuse so a restarted PostgreSQL costs one failed check, not a failed request. A PostgreSQL
# that does not answer fails the request (and /healthz) after 5 s instead of hanging the worker.
#
# DATABASE_PARALLEL_WORKERS (default 0) is PostgreSQL's max_parallel_workers_per_gather for the app's
# own connections. A web request's queries are short walks along an index with a LIMIT; planned in
# parallel, a page walk hands the same few thousand rows to workers that compete with every other
# request for the CPUs (the admin's appearance search at 1M: 8 ms alone, 28 ms in parallel on a busy
# 2-core machine). Batch commands that scan whole tables can be given workers back with it.
_conn_max_age = env_int("CONN_MAX_AGE", 0 if DEBUG else 60)
# "server" sends no startup option at all and leaves the server's (or the role's) setting: PgBouncer
# and other poolers refuse an ``options`` startup parameter unless told to ignore it, so behind one
# set it there (ALTER ROLE … SET max_parallel_workers_per_gather = 0) and this to "server".
_parallel_server = os.environ.get("DATABASE_PARALLEL_WORKERS", "").strip().lower() == "server"
_parallel_workers = 0 if _parallel_server else env_int("DATABASE_PARALLEL_WORKERS", 0)
for _database in DATABASES.values():
    _database["CONN_MAX_AGE"] = _conn_max_age
    _database["CONN_HEALTH_CHECKS"] = _conn_max_age > 0
    if _database["ENGINE"] == "django.db.backends.postgresql":
        _options = _database.setdefault("OPTIONS", {})
        _options.setdefault("connect_timeout", 5)
        # A URL's own -c max_parallel_workers_per_gather wins.
        if not _parallel_server and "max_parallel_workers_per_gather" not in _options.get("options", ""):
            _gather = f"-c max_parallel_workers_per_gather={_parallel_workers}"
            _options["options"] = f"{_options.get('options', '')} {_gather}".strip()

# -- Logging ----------------------------------------------------------------------------------------
# One handler, on the root logger, writing each line once to stderr with the request's id
# (core.request_id); gunicorn's access log prints the same id from the response header.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "").strip().upper() or "INFO"
if LOG_LEVEL not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
    raise ImproperlyConfigured(f"LOG_LEVEL={LOG_LEVEL!r} is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "core.request_id.RequestIdLogFilter"}},
    "formatters": {
        "line": {"format": "%(asctime)s [%(process)d] [%(levelname)s] [%(request_id)s] %(name)s: %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "line"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's default handlers on "django" would print its lines a second time (with DEBUG on).
        "django": {"handlers": [], "level": LOG_LEVEL, "propagate": True},
        # Scanners calling the server by IP address would fill the log with tracebacks; the access
        # log keeps each of their 400s, with its request id.
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
    },
}

# -- Client addresses -------------------------------------------------------------------------------
# Who a request comes from, for the API throttle and sign-in lockouts alike (core.client_address):
# with TRUSTED_PROXY_COUNT=0, REMOTE_ADDR, and X-Forwarded-For is ignored (anyone can send it);
# behind N proxies that each append to X-Forwarded-For, the N-th address from its right.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# How many matching claims a search looks at, the most recent first (claims.search): a search page costs
# the same however many claims hold the words. Readers are told when more match.
SEARCH_LIMIT = env_int("SEARCH_LIMIT", 1000)
REST_FRAMEWORK["NUM_PROXIES"] = TRUSTED_PROXY_COUNT

# -- Sign-in lockouts (django-axes) -----------------------------------------------------------------
# LOGIN_FAILURE_LIMIT failed sign-ins lock a (user name, address) pair out of the admin, and as many
# wrong API tokens lock the address out of token authentication, for LOGIN_LOCKOUT_MINUTES; every
# failure in the lockout starts the wait again. The failures are rows in the database, so every
# worker on every machine counts the same ones; `manage.py axes_reset_username NAME`,
# `axes_reset_ip ADDRESS` or `axes_reset` unlock at once. A successful sign-in forgets its pair's failures.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
if AXES_FAILURE_LIMIT < 1:
    raise ImproperlyConfigured(f"LOGIN_FAILURE_LIMIT={AXES_FAILURE_LIMIT} must be at least 1.")
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
if not AXES_COOLOFF_TIME:
    raise ImproperlyConfigured("LOGIN_LOCKOUT_MINUTES=0 would lock out for ever; give at least 1 minute.")
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_LOCKOUT_PARAMETERS = "accounts.lockout.lockout_parameters"
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# The log names the account and the address (a password is never logged): that is what an operator unlocks.
AXES_SENSITIVE_PARAMETERS: list[str] = []

# -- E-mail (password resets) -------------------------------------------------------------------------
# EMAIL_BACKEND=console prints messages to stderr (the default with DEBUG on); smtp (the default with
# it off) sends them through EMAIL_HOST. "Forgotten your password?" on the admin's login page mails a
# link to the address on the account.
_email_backends = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
}
_email_backend = os.environ.get("EMAIL_BACKEND", "").strip().lower() or ("console" if DEBUG else "smtp")
if _email_backend not in _email_backends:
    raise ImproperlyConfigured(f"EMAIL_BACKEND={_email_backend!r} is not one of smtp, console.")
EMAIL_BACKEND = _email_backends[_email_backend]
EMAIL_HOST = os.environ.get("EMAIL_HOST", "").strip() or "localhost"
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on: STARTTLS (587) or TLS (465).")
EMAIL_TIMEOUT = 10  # seconds: a mail server that does not answer fails the request, not the worker
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "").strip() or f"factcheck <noreply@{_site_host}>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# -- Content-Security-Policy (django-csp) -----------------------------------------------------------
# Every page, the admin and the API docs load their scripts, styles, images and fonts from this site
# only, run no inline script or style, and may not be framed. Swagger UI is served from our static
# files (drf-spectacular-sidecar) with its start-up script as a file of its own.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # the admin's and Swagger UI's icons are data: URIs in their CSS
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
