"""What responses say about caching and about the server."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/api/v1/apprenticeships/"


def _no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "")


def test_responses_to_a_key_are_not_stored(world):
    response = world.key_client("provider1").get(URL)
    assert response.status_code == 200
    assert _no_store(response)


def test_responses_to_a_logged_in_person_are_not_stored(world, client):
    client.force_login(world.users["provider1-admin"])
    response = client.get(URL)
    assert response.status_code == 200
    assert _no_store(response)


def test_refused_credentials_are_not_stored_either(api_client, catalogue):
    api_client.credentials(HTTP_AUTHORIZATION="Bearer epa_nothing_here")
    response = api_client.get(URL)
    assert response.status_code == 401
    assert _no_store(response)


def test_the_public_catalogue_read_anonymously_stays_cacheable(api_client, catalogue):
    response = api_client.get("/api/v1/standards/ST0792/")
    assert response.status_code == 200
    assert not _no_store(response)


def test_the_app_sends_no_server_banner(world, api_client):
    """The server in front names itself or not (README, "Production"); the app adds nothing."""
    for response in (world.key_client("provider1").get(URL), api_client.get("/healthz"),
                     api_client.get("/no/such/page/")):
        assert "Server" not in response.headers
        assert "X-Powered-By" not in response.headers
