"""One JSON error shape everywhere: {type, errors: [{code, detail, attr}]}."""

import pytest
from django.db import DatabaseError
from django.test import override_settings

pytestmark = pytest.mark.django_db


def _assert_error(response, status: int, code: str, error_type: str = "client_error") -> dict:
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["type"] == error_type
    assert body["errors"][0]["code"] == code
    assert set(body["errors"][0]) == {"code", "detail", "attr"}
    return body


def test_unknown_url_is_json_404(client):
    _assert_error(client.get("/no/such/page/"), 404, "not_found")


def test_unknown_api_url_is_json_404(client):
    _assert_error(client.get("/api/v1/nothing-here/"), 404, "not_found")


def test_method_not_allowed_is_json_405(api_client, catalogue):
    _assert_error(api_client.post("/api/v1/standards/", {}), 405, "method_not_allowed")
    _assert_error(api_client.delete("/api/v1/standards/ST0792/"), 405, "method_not_allowed")


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=100)
def test_oversize_body_is_json_413(api_client):
    response = api_client.post("/api/v1/standards/", {"x": "y" * 500}, format="json")
    body = _assert_error(response, 413, "request_too_large")
    assert "100 bytes" in body["errors"][0]["detail"]


@pytest.mark.urls("tests.api.urls_failing")
def test_unhandled_exception_is_json_500_without_internals(client):
    client.raise_request_exception = False
    response = client.get("/boom/")
    body = _assert_error(response, 500, "error", "server_error")
    assert "secret" not in response.content.decode()
    assert body["errors"][0]["detail"] == "Server Error (500)"


@pytest.mark.urls("tests.api.urls_failing")
@override_settings(DEBUG=True)
def test_unhandled_exception_keeps_the_shape_in_debug(client):
    client.raise_request_exception = False
    _assert_error(client.get("/boom/"), 500, "error", "server_error")


def test_csrf_failure_is_json_403(catalogue, django_user_model):
    from django.test import Client

    user = django_user_model.objects.create_user("someone", password="pw-123456-long")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post("/admin/logout/")
    _assert_error(response, 403, "csrf_failed")


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_503_when_database_unreachable(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def fail(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


# -- the database going away -----------------------------------------------------------------------

def _database_goes_away(monkeypatch, error):
    from django.db.backends.utils import CursorWrapper

    def fail(*args, **kwargs):
        raise error("server closed the connection unexpectedly")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    monkeypatch.setattr(CursorWrapper, "executemany", fail)


def _assert_database_unavailable(response) -> None:
    body = _assert_error(response, 503, "database_unavailable", "server_error")
    assert response["Retry-After"] == "5"
    assert "server closed" not in body["errors"][0]["detail"]


@pytest.mark.parametrize("error", ["OperationalError", "InterfaceError"])
def test_api_answers_503_while_the_database_is_away_and_recovers(world, monkeypatch, error):
    from django import db

    client, person = world.key_client("provider1"), world.client("provider1-admin")
    assert client.get("/api/v1/apprenticeships/").status_code == 200
    # A 5xx is reported (got_request_exception, for error trackers); the test client would
    # raise it instead of answering.
    client.raise_request_exception = person.raise_request_exception = False
    with monkeypatch.context() as patch:
        _database_goes_away(patch, getattr(db, error))
        _assert_database_unavailable(client.get("/api/v1/apprenticeships/"))
        _assert_database_unavailable(person.get("/api/v1/learners/"))
    assert client.get("/api/v1/apprenticeships/").status_code == 200


@pytest.mark.parametrize("debug", [False, True])
def test_admin_answers_503_while_the_database_is_away_and_recovers(
        client, django_user_model, monkeypatch, settings, debug):
    from django import db

    settings.DEBUG = debug
    client.force_login(django_user_model.objects.create_superuser("admin", password="pw"))
    assert client.get("/admin/").status_code == 200
    with monkeypatch.context() as patch:
        _database_goes_away(patch, db.OperationalError)
        _assert_database_unavailable(client.get("/admin/"))
    assert client.get("/admin/").status_code == 200


def test_database_gone_outside_a_view_is_503_too(rf):
    """Django's handler500 runs while it handles the exception, one from a middleware say."""
    from django.db import OperationalError

    from epa.api.errors import server_error

    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503 and response["Retry-After"] == "5"
    assert server_error(rf.get("/")).status_code == 500
