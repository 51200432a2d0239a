"""Request ids, the JSON log lines and the Prometheus metrics, over HTTP."""

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from epa.ops import logs
from tests.support.ops import json_lines

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
GENERATED = re.compile(r"[0-9a-f]{32}")


# -- request id ---------------------------------------------------------------------------------

def test_a_request_id_is_generated_and_echoed(client):
    response = client.get("/livez")
    assert GENERATED.fullmatch(response.headers["X-Request-ID"])
    assert client.get("/livez").headers["X-Request-ID"] != response.headers["X-Request-ID"]


@pytest.mark.parametrize("given", ["abc-123", "1-5f84c7a1-e9e0f8d9a1b2c3d4e5f6a7b8",
                                   "0af7651916cd43dd8448eb211c80319c", "a" * 128])
def test_a_valid_client_request_id_is_kept(client, given):
    assert client.get("/livez", HTTP_X_REQUEST_ID=given).headers["X-Request-ID"] == given


@pytest.mark.parametrize("given", ["", "a" * 129, "has space", "<script>", "a\tb", "é", "a;b"])
def test_an_invalid_client_request_id_is_replaced(client, given):
    echoed = client.get("/livez", HTTP_X_REQUEST_ID=given).headers["X-Request-ID"]
    assert GENERATED.fullmatch(echoed)


@pytest.mark.parametrize(("method", "url", "status"), [
    ("get", "/no/such/path/", 404),  # Django's handler404
    ("get", "/api/v1/apprenticeships/", 401),  # DRF
    ("get", "/api/v1/standards/?level=x", 400),  # a validation error
    ("delete", "/livez", 405),
])
def test_error_bodies_carry_the_request_id(client, method, url, status):
    response = getattr(client, method)(url, HTTP_X_REQUEST_ID="trace-42")
    assert response.status_code == status
    body = response.json()
    assert body["request_id"] == "trace-42" == response.headers["X-Request-ID"]
    assert set(body) == {"type", "errors", "request_id"}  # the documented shape, plus the id


def test_a_database_error_body_carries_the_request_id(monkeypatch):
    from django.db import OperationalError
    from django.db.backends.utils import CursorWrapper
    from django.test import Client

    client = Client(raise_request_exception=False)

    def fail(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    response = client.get("/api/v1/standards/", HTTP_X_REQUEST_ID="db-down")
    assert response.status_code == 503
    assert response.json()["request_id"] == "db-down"


# -- logs ---------------------------------------------------------------------------------------

def test_one_json_line_per_request_with_the_route_not_the_path(world, caplog):
    caplog.set_level(logging.INFO, logger="epa.request")
    client = world.key_client("provider1")
    response = client.get("/api/v1/standards/ST0792/ksbs/?kind=knowledge",
                          HTTP_X_REQUEST_ID="req-1")
    assert response.status_code == 200
    [line] = json_lines(caplog.records, "epa.request")
    assert line["request_id"] == "req-1"
    assert line["method"] == "GET" and line["status"] == 200
    assert line["route"] == "api/v1/standards/(?P<reference>[^/]+)/ksbs/"
    assert "ST0792" not in str(line) and "knowledge" not in str(line)
    assert line["organisation_id"] == world.orgs["provider1"].pk
    assert line["duration_ms"] >= 0 and line["db_queries"] >= 1
    assert line["level"] == "INFO" and line["logger"] == "epa.request"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line["time"])


def test_a_person_is_logged_by_user_id(world, caplog):
    caplog.set_level(logging.INFO, logger="epa.request")
    world.client("provider1-admin").get("/api/v1/apprenticeships/")
    [line] = json_lines(caplog.records, "epa.request")
    assert line["organisation_id"] is None
    assert line["user_id"] == world.users["provider1-admin"].pk


def test_an_unknown_path_is_logged_as_unmatched(client, caplog):
    caplog.set_level(logging.INFO, logger="epa.request")
    client.get("/wp-admin/secret.php")
    [line] = json_lines(caplog.records, "epa.request")
    assert line["route"] == "<unmatched>" and line["status"] == 404


def test_one_json_line_per_job_and_its_metrics(caplog):
    caplog.set_level(logging.INFO, logger="epa.job")
    before = REGISTRY.get_sample_value(
        "epa_jobs_total", {"job": "webhook.deliver", "outcome": "retry"}) or 0
    with logs.job_context("from-request") as request_id:
        logs.log_job("webhook.deliver", "retry", 0.25, delivery_id=7, attempt=2)
    assert request_id == "from-request"
    [line] = json_lines(caplog.records, "epa.job")
    assert line == line | {"job": "webhook.deliver", "outcome": "retry", "duration_ms": 250.0,
                           "delivery_id": 7, "attempt": 2, "request_id": "from-request"}
    assert REGISTRY.get_sample_value(
        "epa_jobs_total", {"job": "webhook.deliver", "outcome": "retry"}) == before + 1


def test_an_exception_is_one_line_with_its_traceback():
    from epa.ops.logs import JsonFormatter

    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord("epa.x", logging.ERROR, __file__, 1, "failed %s", ("x",),
                                   sys.exc_info())
    line = JsonFormatter().format(record)
    assert "\n" not in line and '"exc": "Traceback' in line and "failed x" in line


# -- metrics ------------------------------------------------------------------------------------

def test_metrics_are_off_without_a_token(client, settings):
    settings.METRICS_TOKEN = ""
    response = client.get("/metrics")
    assert response.status_code == 404 and response.json()["errors"][0]["code"] == "not_found"


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic c2VjcmV0", "secret"])
def test_metrics_need_the_token(client, settings, header):
    settings.METRICS_TOKEN = "secret"
    extra = {"HTTP_AUTHORIZATION": header} if header else {}
    response = client.get("/metrics", **extra)
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "not_authenticated"


def _metrics(client) -> str:
    response = client.get("/metrics", HTTP_AUTHORIZATION="Bearer secret")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    return response.content.decode()


def test_requests_counted_by_route_and_status_with_latency_and_queries(client, settings,
                                                                       catalogue):
    settings.METRICS_TOKEN = "secret"
    route = "api/v1/standards/(?P<reference>[^/]+)/"
    labels = {"method": "GET", "route": route, "status": "200"}
    count = REGISTRY.get_sample_value("epa_http_requests_total", labels) or 0
    queries = REGISTRY.get_sample_value("epa_db_queries_total", {"route": route}) or 0
    assert client.get("/api/v1/standards/ST0792/").status_code == 200
    assert client.get("/api/v1/standards/ST0525/").status_code == 200
    assert REGISTRY.get_sample_value("epa_http_requests_total", labels) == count + 2
    assert REGISTRY.get_sample_value("epa_http_request_duration_seconds_count", labels) >= 2
    assert REGISTRY.get_sample_value("epa_db_queries_total", {"route": route}) >= queries + 2
    text = _metrics(client)
    assert f'epa_http_requests_total{{method="GET",route="{route}",status="200"}}' in text
    assert "epa_http_request_duration_seconds_bucket" in text
    assert "epa_webhook_deliveries_total" in text or "epa_webhook_deliveries" in text


def test_scrape_time_gauges_from_the_setting(client, settings):
    settings.METRICS_TOKEN = "secret"
    settings.EPA_METRICS_GAUGES = {"epa_queue_depth": "tests.support.ops.queue_depth"}
    text = _metrics(client)
    assert "# HELP epa_queue_depth Jobs waiting, by queue." in text
    assert 'epa_queue_depth{queue="webhooks"} 3.0' in text


def test_a_failing_gauge_is_left_out_not_a_500(client, settings):
    settings.METRICS_TOKEN = "secret"
    settings.EPA_METRICS_GAUGES = {"epa_broken": "tests.support.ops.queue_unreachable"}
    assert "epa_broken" not in _metrics(client)


def test_multiprocess_mode_sums_every_process(client, settings, tmp_path, monkeypatch):
    """gunicorn's workers each write their counts to PROMETHEUS_MULTIPROC_DIR; /metrics,
    answered by any one of them, reports the sum."""
    settings.METRICS_TOKEN = "secret"
    increment = ("from epa.ops import metrics; metrics.HTTP_REQUESTS.labels("
                 "method='GET', route='multiprocess-test', status='200').inc()")
    env = {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for _ in range(2):
        subprocess.run([sys.executable, "-c", increment], cwd=ROOT, env=env, check=True,
                       timeout=60)
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    text = _metrics(client)
    assert ('epa_http_requests_total{method="GET",route="multiprocess-test",status="200"} 2.0'
            in text)
