"""Production serving with DEBUG off: collected static files served by whitenoise, docs pages
and the admin referencing only this service's own files."""

import re

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

PAGES = ["/api/docs/", "/api/redoc/", "/admin/login/"]
EXTERNAL = ["http://", "https://", "//", "fonts.googleapis", "fonts.gstatic", "cdn.", "unpkg"]
ASSET = re.compile(r"""(?:src|href)=["']([^"']+)["']""")


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """`collectstatic`, as `make serve` runs it, into a directory of this module's."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root, DEBUG=False):
        call_command("collectstatic", "--no-input", "--verbosity", "0")
        yield root


@pytest.mark.parametrize("page", PAGES)
def test_pages_reference_only_local_assets_that_answer(collected, settings, page):
    assert settings.DEBUG is False
    client = Client()  # a new handler: whitenoise reads STATIC_ROOT when it starts
    response = client.get(page)
    assert response.status_code == 200
    html = response.content.decode()
    assets = [url for url in ASSET.findall(html) if not url.startswith(("#", "?"))]
    assert assets or page == "/admin/login/"
    for url in assets:
        assert not url.startswith(tuple(EXTERNAL)), f"{page} loads {url}"
    for needle in ("fonts.googleapis", "fonts.gstatic", "cdn.jsdelivr", "unpkg.com",
                   "validator.swagger.io"):
        assert needle not in html, f"{page} mentions {needle}"
    static = [url for url in assets if url.startswith("/static/")]
    assert static, f"{page} has no static asset"
    for url in static:
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert b"".join(asset.streaming_content), url


def test_static_files_are_compressed_and_cacheable(collected):
    client = Client()
    response = client.get("/static/admin/css/base.css", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "max-age" in response["Cache-Control"]
