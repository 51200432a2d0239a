"""Writes for organisations and access: API keys."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from epa.organisations.models import ApiKey, Membership, Organisation, Scope

KEY_PREFIX = "epa"
# last_used_at is written at most this often per key, not on every request.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


class ApiKeyError(ValueError):
    def __init__(self, field: str, message: str, code: str) -> None:
        super().__init__(message)
        self.field, self.message, self.code = field, message, code


def _hash(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


@transaction.atomic
def api_key_create(
    *, organisation: Organisation, name: str, scopes: list[str],
    expires_at: dt.datetime | None = None, created_by=None, user=None,
) -> tuple[ApiKey, str]:
    """Issue a key; returns the record and the key itself, which is never retrievable again.

    The key reads ``epa_<prefix>_<secret>``: the prefix identifies it in lists and logs.
    """
    scopes = sorted(set(scopes))
    if not scopes or not set(scopes) <= set(Scope.values):
        raise ApiKeyError("scopes", f"Scopes must be a non-empty subset of {Scope.values}.",
                          "invalid_scopes")
    if expires_at is not None and expires_at <= timezone.now():
        raise ApiKeyError("expires_at", "The expiry must be in the future.", "expiry_in_past")
    if not name.strip():
        raise ApiKeyError("name", "A key needs a name.", "required")
    prefix = secrets.token_hex(4)
    raw_key = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey.objects.create(
        organisation=organisation, name=name.strip(), prefix=prefix, key_hash=_hash(raw_key),
        scopes=scopes, expires_at=expires_at, created_by=created_by, user=user,
    )
    return key, raw_key


def api_key_revoke(*, key: ApiKey) -> ApiKey:
    """Revoke a key; it stops working at once. Revoking twice keeps the first time."""
    ApiKey.objects.filter(pk=key.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    key.refresh_from_db(fields=["revoked_at"])
    return key


def api_key_authenticate(raw_key: str) -> ApiKey | None:
    """The active key matching ``raw_key``, or None. Records when it was last used.

    A personal key works only while its person is active and still a member of the key's
    organisation: deactivating them or removing their membership stops it at once."""
    parts = raw_key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    key = (
        ApiKey.objects.select_related("organisation", "user")
        .annotate(person_is_member=Exists(Membership.objects.filter(
            user_id=OuterRef("user_id"), organisation_id=OuterRef("organisation_id"))))
        .filter(prefix=parts[1]).first()
    )
    if key is None or not hmac.compare_digest(key.key_hash, _hash(raw_key)) or not key.is_active:
        return None
    if key.user_id is not None and not (key.user.is_active and key.person_is_member):
        return None
    now = timezone.now()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
        key.last_used_at = now
    return key
