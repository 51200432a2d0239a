"""Every environment variable the settings read is in the README and in .env.example, and
.env.example, filled in, is a configuration the service starts with."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Read outside the settings: by prometheus_client, the Makefile and gunicorn's configuration.
OUTSIDE = {"PROMETHEUS_MULTIPROC_DIR", "HOST", "PORT", "WEB_CONCURRENCY"}


def _read_by_settings() -> set[str]:
    text = (ROOT / "config" / "settings" / "base.py").read_text()
    return set(re.findall(r"env_\w+\(\s*\"([A-Z_]+)\"", text))


def _example() -> dict[str, str]:
    pairs = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        match = re.fullmatch(r"#?\s*([A-Z_]+)=(.*)", line.strip())
        if match:
            pairs[match.group(1)] = match.group(2)
    return pairs


def test_every_variable_is_documented():
    variables = _read_by_settings() | OUTSIDE
    assert {"SECRET_KEY", "DATABASE_URL", "METRICS_TOKEN", "LOG_LEVEL"} <= variables
    readme = (ROOT / "README.md").read_text()
    assert not {v for v in variables if f"`{v}`" not in readme}
    assert not variables - set(_example())


def test_the_example_filled_in_starts():
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE"}}
    env.update({k: v for k, v in _example().items() if v})
    env.update(SECRET_KEY="a-key-for-the-env-example-test", DATABASE_URL="sqlite:///:memory:")
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
