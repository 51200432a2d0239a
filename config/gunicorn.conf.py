"""gunicorn's configuration for `make serve` and production: `gunicorn -c config/gunicorn.conf.py`.

- Binds ``HOST:PORT`` (default 127.0.0.1:8000); ``WEB_CONCURRENCY`` workers, by default two per
  CPU plus one.
- Checks the configuration when gunicorn reads this file, before it starts (or logs) anything:
  a missing ``SECRET_KEY``, a bad ``DATABASE_URL`` or an unreachable database is one line and
  exit status 2 (``config.startup``).
- With ``PROMETHEUS_MULTIPROC_DIR`` (metrics summed over every worker, ``epa.ops.metrics``): the
  previous run's files are removed at start, and a dead worker's live values when it exits.
- gunicorn's own log lines are JSON too; no access log (each request has its ``epa.request``
  line).
"""

import multiprocessing
import os
from pathlib import Path

from config.startup import check_or_exit

check_or_exit()

wsgi_app = "config.wsgi:application"
bind = f"{os.environ.get('HOST') or '127.0.0.1'}:{os.environ.get('PORT') or '8000'}"
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
timeout = 60
accesslog = None
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "epa.ops.logs.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json",
                             "stream": "ext://sys.stderr"}},
    "root": {"level": "WARNING", "handlers": []},
    "loggers": {"gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False},
                "gunicorn.access": {"level": "INFO", "handlers": [], "propagate": False}},
}


def on_starting(server):
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        Path(directory).mkdir(parents=True, exist_ok=True)
        for stale in Path(directory).glob("*.db"):
            stale.unlink()


def when_ready(server):
    # After the port is bound: the banner never precedes "address already in use".
    host, port = bind.rsplit(":", 1)
    print(f"\nepa is serving on http://{host}:{port}/ ({workers} workers, DEBUG off)\n"
          f"  API docs: http://{host}:{port}/api/docs/  ReDoc: http://{host}:{port}/api/redoc/\n"
          f"  Admin:    http://{host}:{port}/admin/\n", flush=True)


def child_exit(server, worker):
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
