"""JSON bodies nested too deeply are a 400 ``parse_error`` in the error shape, never a 500
(epa.api.parsers.JSONParser, the default parser): checked on two write endpoints."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db
ENDPOINTS = {"sync": ("/api/v1/apprenticeships/sync/", "records"),
             "create": ("/api/v1/apprenticeships/", "learner")}


def _nested(field: str, levels: int) -> str:
    """An object whose ``field`` holds arrays nested so that the body has ``levels`` levels."""
    inner = levels - 1
    return f'{{"{field}": {"[" * inner}{"]" * inner}}}'


def _post(world, endpoint: str, body: str):
    url, _ = ENDPOINTS[endpoint]
    return world.key_client("provider1").post(url, body, content_type="application/json")


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("levels", [1000, 100_000, settings.API_JSON_MAX_DEPTH + 1])
def test_a_body_nested_too_deeply_is_a_400_parse_error(world, endpoint, levels):
    response = _post(world, endpoint, _nested(ENDPOINTS[endpoint][1], levels))
    assert response.status_code == 400
    assert response.json() == {"type": "client_error", "errors": [{
        "code": "parse_error", "attr": None,
        "detail": f"JSON parse error - arrays and objects nest deeper than "
                  f"{settings.API_JSON_MAX_DEPTH} levels."}],
        "request_id": response["X-Request-ID"]}


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_body_at_the_depth_limit_is_parsed(world, endpoint):
    field = ENDPOINTS[endpoint][1]
    response = _post(world, endpoint, _nested(field, settings.API_JSON_MAX_DEPTH))
    # Read, and refused for what it holds: the sync's record, the apprenticeship's learner.
    if endpoint == "sync":
        assert response.status_code == 200
        assert response.json()["results"][0]["errors"][0]["code"] == "invalid"
    else:
        assert response.status_code == 400
        assert f"{field}.non_field_errors" in [e["attr"] for e in response.json()["errors"]]
