"""Prometheus metrics, exposed at ``/metrics`` (``epa.ops.views.metrics``).

Metric names (all prefixed ``epa_``):

- ``epa_http_requests_total{method,route,status}``: requests answered; ``route`` is the URL
  pattern (``api/v1/standards/<str:reference>/``), ``<unmatched>`` for an unknown path.
- ``epa_http_request_duration_seconds{method,route,status}``: their latency (histogram).
- ``epa_db_queries_total{route}``: SQL queries run while answering them.
- ``epa_jobs_total{job,outcome}``, ``epa_job_duration_seconds{job}``: jobs run by a worker, as
  counted by ``epa.ops.logs.log_job``.
- ``epa_webhook_deliveries_total{outcome}``: ``WEBHOOK_DELIVERIES.labels(outcome=...).inc()``.
- Gauges read when scraped, one per entry of ``settings.EPA_METRICS_GAUGES``
  (``{"epa_queue_depth": "dotted.path.to.function"}``): the function returns a number, or a
  list of ``(labels, value)`` pairs (``[({"queue": "webhooks"}, 3)]``); its docstring's first
  line is the metric's help. Queue depth belongs here: read from the queue when scraped, it is
  right whichever process asks.

Several processes (gunicorn workers, a worker beside them on one host): set
``PROMETHEUS_MULTIPROC_DIR`` to an empty directory writable by all of them before they start
(``make serve`` does). Each process then writes its counts there, and ``/metrics`` sums every
process's, whichever worker answers. Without it each process reports its own counts only.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

from django.conf import settings
from django.utils.module_loading import import_string
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

logger = logging.getLogger(__name__)

# No "<name>_created" series beside each counter and histogram: the timestamps only add noise.
disable_created_metrics()

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

HTTP_REQUESTS = Counter(
    "epa_http_requests", "HTTP requests answered, by method, URL pattern and status.",
    ["method", "route", "status"])
HTTP_REQUEST_DURATION = Histogram(
    "epa_http_request_duration_seconds", "Time to answer an HTTP request, in seconds.",
    ["method", "route", "status"], buckets=LATENCY_BUCKETS)
DB_QUERIES = Counter(
    "epa_db_queries", "SQL queries run while answering HTTP requests, by URL pattern.", ["route"])
JOBS = Counter("epa_jobs", "Jobs run by a worker, by job and outcome.", ["job", "outcome"])
JOB_DURATION = Histogram("epa_job_duration_seconds", "Time to run a job, in seconds.", ["job"],
                         buckets=LATENCY_BUCKETS)
WEBHOOK_DELIVERIES = Counter(
    "epa_webhook_deliveries", "Webhook delivery attempts, by outcome.", ["outcome"])

# The methods counted by name; any other is "other", so that a client cannot add series.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED_ROUTE = "<unmatched>"


def method_label(method: str | None) -> str:
    return method if method in METHODS else "other"


class ScrapeGauges(Collector):
    """The gauges of ``settings.EPA_METRICS_GAUGES``, read at each scrape."""

    def describe(self) -> list:
        return []  # nothing to read when registered: settings may not be ready

    def collect(self) -> Iterator[GaugeMetricFamily]:
        for name, path in getattr(settings, "EPA_METRICS_GAUGES", {}).items():
            try:
                function = import_string(path)
                value = function()
            except Exception:
                logger.warning("Metric %s not read", name, exc_info=True)
                continue
            documentation = (function.__doc__ or name).strip().splitlines()[0]
            samples = value if isinstance(value, list) else [({}, value)]
            labels = sorted(samples[0][0]) if samples else []
            family = GaugeMetricFamily(name, documentation, labels=labels)
            for sample_labels, sample in samples:
                family.add_metric([str(sample_labels[k]) for k in labels], float(sample))
            yield family


SCRAPE_GAUGES = ScrapeGauges()
REGISTRY.register(SCRAPE_GAUGES)


def multiprocess_dir() -> str | None:
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus' text format, and its content type: this process's, or with
    ``PROMETHEUS_MULTIPROC_DIR`` every process's summed."""
    if multiprocess_dir():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        registry.register(SCRAPE_GAUGES)
    else:
        registry = REGISTRY
    return generate_latest(registry), CONTENT_TYPE_LATEST
