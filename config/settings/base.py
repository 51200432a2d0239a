"""Settings for epa, read from the environment.

Environment variables:

- ``DATABASE_URL``: database to use; defaults to a SQLite file in the project (the embedded
  default). Use ``postgres://user:password@host:5432/name`` for PostgreSQL.
  ``DATABASE_CONNECT_TIMEOUT``: seconds to wait for a PostgreSQL connection (default 5).
- ``DEBUG``: ``1``/``true`` turns on debug mode (never in production).
- ``SECRET_KEY``: required unless ``DEBUG`` is on, when a development key is used.
- ``LOG_LEVEL``: the level of the service's own JSON log lines (default ``INFO``).
- ``METRICS_TOKEN``: ``/metrics`` answers ``Authorization: Bearer <METRICS_TOKEN>``; unset, it
  is off (404). ``PROMETHEUS_MULTIPROC_DIR`` (read by prometheus_client): see ``epa.ops.metrics``.
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

_DEVELOPMENT_KEY = "django-insecure-development-only-key-do-not-use-in-production"
SECRET_KEY = env_str("SECRET_KEY", default="").strip()
if not DEBUG and SECRET_KEY == _DEVELOPMENT_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is the development key. Set the SECRET_KEY environment variable to 50+ "
        "random characters.")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(a development default is used only when DEBUG=1)."
        )
    SECRET_KEY = _DEVELOPMENT_KEY

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
    "epa.webhooks",
    "epa.certificates",
    "epa.pathways",
    "epa.reports",
]

MIDDLEWARE = [
    # First, to see every response: the request id, the request's log line and metrics.
    "epa.ops.middleware.ObservabilityMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files (the admin's, the docs pages') with DEBUG off, from STATIC_ROOT.
    "whitenoise.middleware.WhiteNoiseMiddleware",
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
        # drf-spectacular's ReDoc page without external fonts (config/templates/).
        "DIRS": [BASE_DIR / "config" / "templates"],
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

try:
    _DATABASE = dj_database_url.parse(
        env_str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60,
        conn_health_checks=True,
    )
except ValueError as exc:  # an unknown scheme, a bad port; the URL may hold a password
    raise ImproperlyConfigured(
        f"DATABASE_URL is not a database URL ({str(exc).split('.')[0]}); use "
        "postgres://user:password@host:5432/name or sqlite:///path") from None
if _DATABASE["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails a request (and /readyz) in seconds, not minutes.
    _DATABASE.setdefault("OPTIONS", {})["connect_timeout"] = env_int(
        "DATABASE_CONNECT_TIMEOUT", default=5)
DATABASES = {"default": _DATABASE}

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
# `manage.py collectstatic` (run by `make serve`) gathers the admin's and the docs pages' files
# here; whitenoise serves them, compressed, with DEBUG off.
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

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

# Webhooks (epa.webhooks): deliveries are rows written in the transaction of the change (the
# outbox); Celery workers send them. The broker is Redis (CELERY_BROKER_URL, else REDIS_URL);
# with neither, a folder on this machine (kombu's filesystem transport), enough for `make run`'s
# one web process and one worker. A periodic sweep (celery beat) re-sends anything due, so a
# lost broker message delays a delivery, never loses it.
# Told of every audit event in the transaction that records it (epa.core.audit).
AUDIT_LISTENERS = ["epa.webhooks.events.events_enqueue"]
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", default=REDIS_URL) or "filesystem://localhost/"
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = BASE_DIR / ".celery-broker"
    _broker_dir.mkdir(exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {"data_folder_in": str(_broker_dir),
                                       "data_folder_out": str(_broker_dir)}
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {}
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", default="epa")  # several services, one Redis
# A request that commits a change never waits long for a broker that is down: the sweep sends
# what the request could not announce.
CELERY_TASK_PUBLISH_RETRY = False
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_ACKS_LATE = True  # a worker killed mid-task leaves the message for another
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Public base URL of this service, for the resource URLs in webhook payloads.
PUBLIC_BASE_URL = env_str("PUBLIC_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
# Outbound requests: allow subscriber URLs on loopback / private / link-local addresses (off:
# only for development and tests).
WEBHOOK_ALLOW_PRIVATE_URLS = env_bool("WEBHOOK_ALLOW_PRIVATE_URLS", default=False)
WEBHOOK_CONNECT_TIMEOUT = 5.0  # seconds
WEBHOOK_READ_TIMEOUT = 10.0  # seconds, for the whole answer
WEBHOOK_MAX_RESPONSE_BYTES = 64 * 1024  # more of the receiver's answer is not read
# Retries: exponential backoff from WEBHOOK_RETRY_BASE, capped at WEBHOOK_RETRY_CAP, with
# jitter, until WEBHOOK_RETRY_FOR after the delivery was created; then it is failed.
WEBHOOK_RETRY_BASE = dt.timedelta(seconds=env_int("WEBHOOK_RETRY_BASE_SECONDS", default=10))
WEBHOOK_RETRY_CAP = dt.timedelta(hours=1)
WEBHOOK_RETRY_FOR = dt.timedelta(days=1)
# How often the sweep looks for due deliveries, and how long a worker holds one it is sending.
WEBHOOK_SWEEP_INTERVAL = dt.timedelta(seconds=env_int("WEBHOOK_SWEEP_SECONDS", default=10))
WEBHOOK_LEASE = dt.timedelta(seconds=60)

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
        "parameter concerned (null when the error is not about one field), and `request_id`, "
        "the request's id (as in the `X-Request-ID` response header; send your own in "
        "`X-Request-ID` to correlate)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Nothing from another site: no validator badge (Swagger UI would ask validator.swagger.io),
    # the system's fonts in ReDoc (its page asks Google Fonts otherwise; see config/templates/).
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "REDOC_UI_SETTINGS": {"theme": {"typography": {
        "fontFamily": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        "headings": {"fontFamily": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"},
        "code": {"fontFamily": "ui-monospace, Menlo, Consolas, monospace"},
    }}},
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
        "WithdrawalReasonEnum": "epa.pathways.models.WithdrawalReason",
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
        "epa.api.openapi.postprocess_error_request_id",
    ],
}

# Operations (epa.ops): readiness checks run by /readyz, {"name": "dotted.path"} (a function
# that raises when its dependency does not answer); gauges read when /metrics is scraped,
# {"metric_name": "dotted.path"}; the token /metrics asks for (unset: /metrics is off).
EPA_READINESS_CHECKS = {"database": "epa.ops.health.database", "cache": "epa.ops.health.cache",
                        "queue": "epa.webhooks.health.queue"}
EPA_METRICS_GAUGES: dict[str, str] = {"epa_webhook_queue_depth":
                                      "epa.webhooks.health.queue_depth_metric"}
METRICS_TOKEN = env_str("METRICS_TOKEN", default="").strip()

# Logs: one JSON object per line on stderr (epa.ops.logs), one line per request
# ("epa.request") and per job ("epa.job"); LOG_LEVEL for the service's own loggers.
LOG_LEVEL = env_str("LOG_LEVEL", default="INFO").strip().upper()
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ImproperlyConfigured(
        f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, got {LOG_LEVEL!r}")
# A sandbox accepts any 10-digit ULN in range (1000000000-9999999999) without the modulus-11
# check digit: DfE's own fixture and sandbox ULNs fail it. Off by default.
ULN_SANDBOX = env_bool("ULN_SANDBOX", default=False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "epa.ops.logs.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "epa": {"level": LOG_LEVEL},
        # Django's lines for 4xx answers and runserver's access lines: the "epa.request"
        # line says more. A 5xx's traceback is still logged.
        "django.request": {"level": "ERROR"},
        "django.server": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
