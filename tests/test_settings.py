"""Settings come from the environment; production refuses to start without a secret key."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "ALLOWED_HOSTS"}}
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.DEBUG, settings.DATABASES['default']['ENGINE'], settings.ALLOWED_HOSTS)"
    )
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
