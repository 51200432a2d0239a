"""Settings come from the environment; production refuses to start without a secret key."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_settings(*, show: str = "settings.DEBUG, settings.DATABASES['default']['ENGINE'], "
                   "settings.ALLOWED_HOSTS", **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "ALLOWED_HOSTS", "REDIS_URL",
                          "EPA_THROTTLE_RATES"}}
    code = f"import django; from django.conf import settings; django.setup(); print({show})"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.base", **env}, check=False,
    )


def test_refuses_to_start_without_secret_key_when_not_debug():
    result = _load_settings()
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_debug_uses_a_development_key_and_sqlite_by_default():
    result = _load_settings(DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["True", "django.db.backends.sqlite3"]


def test_reads_database_url_and_allowed_hosts():
    result = _load_settings(SECRET_KEY="x", DATABASE_URL="postgres://u@db.example:5432/epa",
                            ALLOWED_HOSTS="api.example.org, epa.example.org")
    assert result.returncode == 0, result.stderr
    assert "postgresql" in result.stdout
    assert "['api.example.org', 'epa.example.org']" in result.stdout


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_rejects_a_debug_value_it_cannot_read(value):
    result = _load_settings(DEBUG=value)
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


_CACHE = "settings.CACHES['default']['BACKEND'], settings.CACHES['default'].get('LOCATION')"


def test_cache_is_per_process_memory_without_redis_url():
    result = _load_settings(DEBUG="1", show=_CACHE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "django.core.cache.backends.locmem.LocMemCache"


def test_redis_url_makes_the_cache_shared():
    result = _load_settings(SECRET_KEY="x", REDIS_URL="redis://cache.example:6379/2", show=_CACHE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.core.cache.backends.redis.RedisCache",
                                     "redis://cache.example:6379/2"]


def test_throttle_rates_from_the_environment_override_the_defaults():
    result = _load_settings(SECRET_KEY="x", EPA_THROTTLE_RATES="sync=30/min",
                            show="sorted(settings.EPA_THROTTLE_RATES.items())")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('sync', '30/min'), ('writes', '600/min')]"
    assert _load_settings(SECRET_KEY="x", EPA_THROTTLE_RATES="sync").returncode != 0


def _production_env() -> dict[str, str]:
    """The `export NAME=value` lines of the README's production environment."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- production-env:", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    env = dict(re.findall(r"^export (\w+)=(\S+)", block, flags=re.MULTILINE))
    assert {"SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE", "SECURE_PROXY_SSL_HEADER", "REDIS_URL"} <= set(env), env
    # The README reads the key from a file; a strong one stands in for it.
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    return env


def test_check_deploy_reports_nothing_with_the_documented_production_settings():
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.base", **_production_env()},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_https_settings_are_off_by_default_for_make_run():
    result = _load_settings(DEBUG="1", show=(
        "settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS, "
        "settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, "
        "settings.SECURE_PROXY_SSL_HEADER"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "0", "False", "False", "None"]


def test_proxy_ssl_header_names_the_header_the_proxy_sets():
    result = _load_settings(SECRET_KEY="x", SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
                            show="settings.SECURE_PROXY_SSL_HEADER")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_the_wsgi_application_tunes_garbage_collection_for_a_server():
    """The objects loaded with the application are frozen out of the collector's scans and
    the young generation is collected less often (see config/wsgi.py)."""
    code = ("import gc; import config.wsgi; "
            "print(gc.get_threshold(), gc.get_freeze_count() > 1000)")
    clean = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, env={**clean, "SECRET_KEY": "x"}, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "(50000, 20, 100) True"
