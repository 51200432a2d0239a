"""The schema and the docs pages, served with no internet (drf-spectacular-sidecar)."""

import pytest
import yaml

pytestmark = pytest.mark.django_db


def test_schema_served_and_lists_the_catalogue(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert "/api/v1/standards/{reference}/ksbs/" in schema["paths"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            assert operation.get("description"), f"{method} {path} has no description"
            if path.startswith("/api/"):
                assert any(code.startswith("4") for code in operation["responses"]), path
            # Any operation may find the database gone: 503 database_unavailable.
            assert "503" in operation["responses"], f"{method} {path} does not declare 503"


@pytest.mark.parametrize(
    ("url", "marker"), [("/api/docs/", "swagger-ui"), ("/api/redoc/", "redoc")]
)
def test_docs_pages_use_bundled_assets(client, url, marker):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert marker in html.lower()
    assert "drf_spectacular_sidecar" in html  # assets from the installed package, not a CDN
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html


def test_committed_schema_matches_generated(tmp_path, settings):
    """The drift check CI also runs, here so that `make test` catches it too."""
    from pathlib import Path

    from django.core.management import call_command

    out = tmp_path / "schema.yaml"
    call_command("spectacular", "--file", str(out), "--validate", "--fail-on-warn")
    committed = Path(__file__).resolve().parents[2] / "openapi" / "schema.yaml"
    assert out.read_text() == committed.read_text(), "run `make schema` and commit the result"


def test_people_log_in_for_the_browsable_api(client, django_user_model):
    django_user_model.objects.create_user("someone", password="pw-123456-long")
    page = client.get("/api-auth/login/")
    assert page.status_code == 200
    response = client.post("/api-auth/login/", {"username": "someone",
                                                "password": "pw-123456-long"})
    assert response.status_code == 302
    assert client.session.get("_auth_user_id")


def test_every_integer_column_names_its_maximum():
    """Without an explicit maximum Django adds the connected database's range (32767 on
    PostgreSQL, none on SQLite), and the API's validation and schema would differ between the
    two: the schema drift check failed in CI for exactly that."""
    from django.apps import apps
    from django.core.validators import MaxValueValidator
    from django.db import models

    missing = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_models() if model.__module__.startswith("epa.")
        for field in model._meta.concrete_fields
        if isinstance(field, models.IntegerField) and not isinstance(field, models.AutoField)
        and not any(isinstance(v, MaxValueValidator) for v in field._validators)
    ]
    assert not missing, missing
