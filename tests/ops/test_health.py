"""/livez, /readyz and the link pages at / and /api/v1/."""

import pytest
from django.db import DatabaseError
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_livez_touches_nothing(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/livez")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_ok(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok",
                               "checks": {"database": "ok", "cache": "ok", "queue": "ok"},
                               "failed": []}


def test_readyz_503_names_the_database(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def fail(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable",
                               "checks": {"database": "failed", "cache": "ok",
                                          "queue": "ok"},
                               "failed": ["database"]}


@override_settings(CACHES={"default": {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",
    "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}})
def test_readyz_503_names_the_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]
    assert response.json()["checks"]["database"] == "ok"


def test_readyz_503_names_the_webhook_queue_when_its_broker_is_down(client, monkeypatch):
    monkeypatch.setattr("epa.webhooks.health.queue_reachable", lambda timeout=1.0: False)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "ok", "queue": "failed"}
    assert response.json()["failed"] == ["queue"]


def test_readyz_runs_the_checks_a_deployment_adds(client, settings):
    settings.EPA_READINESS_CHECKS = {**settings.EPA_READINESS_CHECKS,
                                     "extra": "tests.support.ops.queue_unreachable"}
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "ok", "queue": "ok",
                                         "extra": "failed"}
    assert response.json()["failed"] == ["extra"]
    assert "does not answer" not in response.content.decode()  # the reason is logged only


def test_healthz_keeps_its_contract(client):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}


@pytest.mark.parametrize("url", ["/", "/api/v1/"])
def test_the_index_links_the_docs_and_every_collection(client, catalogue, url):
    response = client.get(url)
    assert response.status_code == 200
    body = response.json()
    assert body["docs"] == {"swagger_ui": "http://testserver/api/docs/",
                            "redoc": "http://testserver/api/redoc/",
                            "schema": "http://testserver/api/schema/"}
    assert body["collections"]["standards"] == "http://testserver/api/v1/standards/"
    assert {"apprenticeships", "learners", "assessments", "organisations"} <= set(
        body["collections"])
    for link in [*body["docs"].values(), *body["collections"].values(),
                 *body["health"].values()]:
        if link.endswith("/api/schema/"):
            continue  # served in tests/api/test_docs.py; slow to build
        # every link leads somewhere: public, or asking for credentials
        assert client.get(link).status_code in {200, 401}, link


@pytest.mark.parametrize("url", ["/nothing-here", "/api/v1/nothing/", "/api/v2/",
                                 "/static/no-such-file.css"])
def test_unknown_paths_are_json_404_with_debug_off(client, settings, url):
    assert settings.DEBUG is False
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["type"] == "client_error" and body["errors"][0]["code"] == "not_found"
