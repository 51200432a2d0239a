"""``Authorization: Bearer <key>`` for machine clients, one key per organisation client."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from epa.organisations.access import actor_for_api_key
from epa.organisations.services import api_key_authenticate


class ApiKeyPrincipal:
    """``request.user`` for a request made with an API key."""

    is_authenticated = True
    is_anonymous = False
    is_staff = False
    is_superuser = False
    pk = None

    def __init__(self, key) -> None:
        self.key = key
        self.actor = actor_for_api_key(key)

    def __str__(self) -> str:
        return f"API key {self.key.prefix} of {self.key.organisation}"


class ApiKeyAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header:
            return None
        scheme, _, raw = header.partition(" ")
        if scheme != self.keyword:
            return None
        key = api_key_authenticate(raw.strip())
        if key is None:
            raise exceptions.AuthenticationFailed(
                "Invalid, expired or revoked API key, or its person no longer has access."
            )
        return ApiKeyPrincipal(key), key

    def authenticate_header(self, request) -> str:
        return f'{self.keyword} realm="api"'


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "epa.api.authentication.ApiKeyAuthentication"
    name = "apiKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "An organisation's API key: `Authorization: Bearer epa_<prefix>_<secret>`."
            ),
        }
