"""Settings for epa, read from the environment.

Environment variables:

- ``DATABASE_URL``: database to use; defaults to a SQLite file in the project (the embedded
  default). Use ``postgres://user:password@host:5432/name`` for PostgreSQL.
- ``DEBUG``: ``1``/``true`` turns on debug mode (never in production).
- ``SECRET_KEY``: required unless ``DEBUG`` is on, when a development key is used.
- ``ALLOWED_HOSTS``: comma-separated host names; defaults to local hosts.
- ``REDIS_URL``: the shared cache (rate limits) for several server processes; without it each
  process keeps its own in memory. ``CACHE_KEY_PREFIX`` sets its keys' prefix.
- ``EPA_THROTTLE_RATES``: ``scope=rate`` pairs over the default rates, e.g. ``sync=60/min``.
- HTTPS in production (all off by default, for ``make run`` on http://127.0.0.1):
  ``SECURE_SSL_REDIRECT``, ``SECURE_HSTS_SECONDS``, ``SECURE_HSTS_INCLUDE_SUBDOMAINS``,
  ``SECURE_HSTS_PRELOAD``, ``SESSION_COOKIE_SECURE``, ``CSRF_COOKIE_SECURE``, and
  ``SECURE_PROXY_SSL_HEADER`` (the header a TLS-terminating proxy sets, e.g.
  ``X-Forwarded-Proto``).
"""

import datetime as dt
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_dict, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = env_str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(a development default is used only when DEBUG=1)."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "drf_standardized_errors",
    "epa.core",
    "epa.api",
    "epa.standards",
    "epa.organisations",
    "epa.learners",
    "epa.gateway",
    "epa.plans",
    "epa.assessments",
    "epa.certificates",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "epa.api.middleware.NoStoreWithCredentialsMiddleware",
    "epa.api.middleware.RequestBodySizeLimitMiddleware",
    "epa.api.middleware.DatabaseUnavailableMiddleware",
    "epa.api.middleware.NulInPathMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# HTTPS. Off by default so that `make run` works on http://127.0.0.1; production turns them on
# (README, "Production"), and `manage.py check --deploy` then reports nothing.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=False)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=False)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=False)
# Only behind a proxy that terminates TLS, sets this header to "https" and never passes on a
# client's own: otherwise a client could claim HTTPS.
_PROXY_SSL_HEADER = env_str("SECURE_PROXY_SSL_HEADER", default="").strip()
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_" + _PROXY_SSL_HEADER.upper().replace("-", "_"), "https")
    if _PROXY_SSL_HEADER else None
)

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60,
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# Bulk sync: records per request, how long an Idempotency-Key is remembered, how long a request
# waits for another still running with its key (then 409), and how far behind "now" the change
# feed stays so that a transaction committing late is never skipped.
SYNC_MAX_RECORDS = 1000
IDEMPOTENCY_KEY_TTL = dt.timedelta(hours=24)
IDEMPOTENCY_KEY_WAIT = dt.timedelta(seconds=10)
SYNC_FEED_LAG = dt.timedelta(seconds=10)

# Requests per caller for write-heavy endpoints (their views' ``throttle_scope``); over it: 429.
# Counted in the cache (epa.api.throttling), so one limit holds across server processes only
# when the cache is shared: REDIS_URL.
EPA_THROTTLE_RATES = env_dict("EPA_THROTTLE_RATES",
                              default={"sync": "120/min", "writes": "600/min"})

# The cache: Redis when REDIS_URL is set (shared by every server process and worker, as rate
# limits must be); otherwise this process's memory, enough for one process (`make run`).
REDIS_URL = env_str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", default="epa"),
        # A Redis that does not answer fails a request in a second, not after TCP's timeout.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CSRF_FAILURE_VIEW = "epa.api.errors.csrf_failure"

# Requests whose declared body is larger than this are refused with 413 before they are read.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# JSON bodies whose arrays and objects nest deeper than this are refused (400 parse_error).
API_JSON_MAX_DEPTH = 32

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "epa.api.authentication.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Deny by default: every view states the permission it needs.
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # The API speaks JSON: nested bodies (a learner in an apprenticeship) have no faithful
    # form encoding, so forms are not offered as request formats.
    "DEFAULT_PARSER_CLASSES": ["epa.api.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "epa.api.pagination.PageNumberPagination",
    "DEFAULT_SCHEMA_CLASS": "epa.api.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "drf_standardized_errors.handler.exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

# The statuses of error responses with a code enum in the schema, read from the error-code
# registry (epa.core.codes) by epa.api.error_schemas; 400 has per-field codes instead.
_ERROR_STATUSES = ["401", "403", "404", "405", "406", "409", "412", "413", "415", "422", "428",
                   "429", "500", "503"]

DRF_STANDARDIZED_ERRORS = {
    "EXCEPTION_HANDLER_CLASS": "epa.api.errors.ExceptionHandler",
    "ALLOWED_ERROR_STATUS_CODES": [
        "400", "401", "403", "404", "405", "406", "413", "415", "429", "500", "503",
    ],
    # Each status's error shape, with the codes the registry (epa.core.codes) defines for it.
    "ERROR_SCHEMAS": {
        status: f"epa.api.error_schemas.ErrorResponse{status}Serializer"
        for status in _ERROR_STATUSES
    },
    # Unhandled exceptions get the JSON error shape even with DEBUG on, so that clients see
    # one shape everywhere; the traceback still goes to the log.
    "ENABLE_IN_DEBUG_FOR_UNHANDLED_EXCEPTIONS": True,
}

_ERROR_ENUMS = "drf_standardized_errors.openapi_serializers"
SPECTACULAR_SETTINGS = {
    "TITLE": "epa API",
    "DESCRIPTION": (
        "End-point assessment (EPA) for UK apprenticeships: the standards catalogue, "
        "organisations, learners, gateway, assessment and results.\n\n"
        "Every error response has the same JSON shape: `type` (`validation_error`, "
        "`client_error` or `server_error`) and `errors`, a list of `{code, detail, attr}` "
        "where `code` is stable and machine-readable and `attr` names the field or query "
        "parameter concerned (null when the error is not about one field)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "StandardStatusEnum": "epa.standards.models.StandardStatus",
        "KSBKindEnum": "epa.standards.models.KSBKind",
        "OutcomeEnum": ["created", "updated", "unchanged", "error"],  # a sync record's
        "GatewayStatusEnum": "epa.gateway.models.SubmissionStatus",
        "GatewayComponentEnum": "epa.gateway.models.ComponentKind",
        "GatewayComponentStatusEnum": "epa.gateway.models.ComponentStatus",
        "GatewayCheckStatusEnum": "epa.gateway.rules.STATUS_CHOICES",
        "GatewayReasonEnum": "epa.gateway.rules.REASON_CODES",
        "GatewayRuleEnum": "epa.gateway.rules.RULE_CODES",
        "GradeEnum": "epa.plans.models.Grade",
        "DfeGradeEnum": "epa.plans.models.DfeGrade",
        "CertificateGradeEnum": "epa.plans.models.DFE_CERTIFICATE_GRADE_CHOICES",
        "EpaOutcomeEnum": "epa.assessments.models.Outcome",
        "CertificateStatusEnum": "epa.certificates.models.CertificateStatus",
        "AssessmentStatusEnum": "epa.assessments.models.AssessmentStatus",
        "AssessmentKindEnum": "epa.assessments.models.AssessmentKind",
        "MethodStatusEnum": "epa.assessments.models.MethodStatus",
        "AppealStatusEnum": "epa.assessments.models.AppealStatus",
        "HealthStatusEnum": "epa.api.views.HEALTH_STATUS_CHOICES",
        "DatabaseStatusEnum": "epa.api.views.DATABASE_STATUS_CHOICES",
        "ValidationErrorEnum": f"{_ERROR_ENUMS}.ValidationErrorEnum.choices",
        "ClientErrorEnum": f"{_ERROR_ENUMS}.ClientErrorEnum.choices",
        "ServerErrorEnum": f"{_ERROR_ENUMS}.ServerErrorEnum.choices",
        **{f"ErrorCode{status}Enum": f"epa.api.error_schemas.ErrorCode{status}Enum.choices"
           for status in _ERROR_STATUSES},
    },
    "POSTPROCESSING_HOOKS": [
        "drf_standardized_errors.openapi_hooks.postprocess_schema_enums",
        "epa.api.openapi.postprocess_list_index_attrs",
    ],
}

# A sandbox accepts any 10-digit ULN in range (1000000000-9999999999) without the modulus-11
# check digit: DfE's own fixture and sandbox ULNs fail it. Off by default.
ULN_SANDBOX = env_bool("ULN_SANDBOX", default=False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
