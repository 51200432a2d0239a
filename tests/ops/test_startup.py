"""A configuration error at start-up is one line naming the variable, for manage.py and for
gunicorn; and the Makefile's newcomer promises (`make help`, the port check)."""

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Variables the checks below set themselves: the rest of the environment (PATH...) is kept.
OWN = {"DJANGO_SETTINGS_MODULE", "DEBUG", "SECRET_KEY", "DATABASE_URL", "LOG_LEVEL",
       "PROMETHEUS_MULTIPROC_DIR"}
GOOD = {"SECRET_KEY": "a-test-key-for-the-start-up-checks", "DEBUG": "0",
        "DATABASE_URL": "sqlite:///:memory:"}


def _env(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in OWN}
    env.update(GOOD)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def _one_line(result: subprocess.CompletedProcess, variable: str) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("epa: configuration error: ") and variable in lines[0]
    return lines[0]


@pytest.mark.parametrize(("changes", "variable"), [
    ({"SECRET_KEY": None}, "SECRET_KEY"),
    ({"SECRET_KEY": "   "}, "SECRET_KEY"),
    ({"SECRET_KEY": "django-insecure-development-only-key-do-not-use-in-production"},
     "SECRET_KEY"),
    ({"DATABASE_URL": "mysq1://epa:hunter2@db/epa"}, "DATABASE_URL"),
    ({"DATABASE_URL": "postgres://epa:hunter2@127.0.0.1:1/epa"}, "DATABASE_URL"),
    ({"DEBUG": "maybe"}, "DEBUG"),
    ({"LOG_LEVEL": "loud"}, "LOG_LEVEL"),
])
def test_manage_py_says_what_is_wrong_in_one_line(changes, variable):
    result = subprocess.run([sys.executable, "manage.py", "migrate", "--no-input"], cwd=ROOT,
                            env=_env(**changes), capture_output=True, text=True, timeout=60)
    line = _one_line(result, variable)
    assert "hunter2" not in line  # never the password


def test_gunicorn_says_what_is_wrong_in_one_line_before_any_worker():
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "--bind",
         "127.0.0.1:0"],
        cwd=ROOT, env=_env(SECRET_KEY=None), capture_output=True, text=True, timeout=60)
    _one_line(result, "SECRET_KEY")
    assert "Booting worker" not in result.stdout + result.stderr


def test_make_help_lists_every_target():
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][a-z-]*):(?!=)", makefile, re.MULTILINE))
    shown = subprocess.run(["make", "--no-print-directory", "help"], cwd=ROOT,
                           capture_output=True, text=True, check=True, timeout=30).stdout
    listed = set(re.findall(r"^make ([a-z][a-z-]*)", shown, re.MULTILINE))
    assert targets - {"help"} <= listed, targets - {"help"} - listed


def test_make_run_checks_the_port_before_its_banner():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "scripts/port_free.py", "127.0.0.1", str(port)],
                                cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert f"127.0.0.1:{port} is not free" in result.stderr
    assert f"make run PORT={port + 1}" in result.stderr
    free = subprocess.run([sys.executable, "scripts/port_free.py", "127.0.0.1", str(port)],
                          cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert free.returncode == 0, free.stderr
    makefile = (ROOT / "Makefile").read_text()
    run = makefile[makefile.index("\nrun:"):]
    assert run.index("port_free.py") < run.index("epa is serving")
