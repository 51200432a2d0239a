"""Writes for organisations and access: API keys.

Keys are managed by people (never by keys): an admin creates and revokes keys that act for the
organisation; any member creates and revokes personal keys that act as them. Every change is in
the organisation's audit stream (``organisation:<id>``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from epa.core.actor import Actor
from epa.core.audit import Entry, audit_record, stream
from epa.core.codes import define_field_codes
from epa.core.errors import FieldError, RuleViolation
from epa.core.policy import require
from epa.organisations.models import ApiKey, Membership, Organisation, Role, Scope

KEY_PREFIX = "epa"
# last_used_at is written at most this often per key, not on every request.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


API_KEY_ERROR_CODES = define_field_codes("organisations.api_key", {
    "scopes": ["invalid_scopes"],
    "expires_at": ["expiry_in_past"],
    "name": ["required"],
})
AREA = "access"


def _organisation_stream(organisation_id: int) -> str:
    return stream("organisation", organisation_id)


def _key_state(key: ApiKey) -> dict:
    return {"prefix": key.prefix, "name": key.name, "scopes": key.scopes,
            "personal": key.user_id is not None,
            "expires_at": key.expires_at.isoformat() if key.expires_at else None,
            "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None}


def _require_person(actor: Actor) -> None:
    require(actor.is_system or actor.api_key_id is None,
            "Keys are managed by people, not by keys.")


def _hash(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


@transaction.atomic
def api_key_create(
    *, actor: Actor, organisation: Organisation, name: str, scopes: list[str],
    expires_at: dt.datetime | None = None, personal: bool = False,
) -> tuple[ApiKey, str]:
    """Issue a key; returns the record and the key itself, which is never retrievable again.

    The key reads ``epa_<prefix>_<secret>``: the prefix identifies it in lists and logs. A
    personal key acts as ``actor`` (a person); any other acts for the organisation as an admin
    would, and only an admin (or the project itself) creates one.
    """
    _require_person(actor)
    require(actor.is_system or actor.organisation_ids() >= {organisation.pk},
            "You are not a member of this organisation.")
    require(personal or actor.is_system or actor.has_role(organisation.pk, {Role.ADMIN}),
            "Only an admin creates keys that act for the organisation; create a personal key "
            "(personal: true) instead.")
    require(not personal or actor.user_id is not None, "A personal key needs a person.")
    scopes = sorted(set(scopes))
    errors = []
    if not scopes or not set(scopes) <= set(Scope.values):
        errors.append(FieldError("scopes", "invalid_scopes",
                                 f"Scopes must be a non-empty subset of {Scope.values}."))
    if expires_at is not None and expires_at <= timezone.now():
        errors.append(FieldError("expires_at", "expiry_in_past",
                                 "The expiry must be in the future."))
    if not name.strip():
        errors.append(FieldError("name", "required", "A key needs a name."))
    if errors:
        raise RuleViolation(errors)
    prefix = secrets.token_hex(4)
    raw_key = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey.objects.create(
        organisation=organisation, name=name.strip(), prefix=prefix, key_hash=_hash(raw_key),
        scopes=scopes, expires_at=expires_at, created_by_id=actor.user_id,
        user_id=actor.user_id if personal else None,
    )
    audit_record(actor=actor, entry=Entry(
        stream=_organisation_stream(organisation.pk), area=AREA, action="api_key_created",
        subject=prefix, after=_key_state(key), organisation_id=organisation.pk))
    return key, raw_key


@transaction.atomic
def api_key_revoke(*, actor: Actor, key: ApiKey) -> ApiKey:
    """Revoke a key; it stops working at once. An admin revokes any of the organisation's keys,
    a member their own personal keys. Revoking twice keeps the first time."""
    _require_person(actor)
    require(actor.is_system or actor.has_role(key.organisation_id, {Role.ADMIN})
            or (actor.user_id is not None and key.user_id == actor.user_id),
            "Only an admin revokes the organisation's keys; a member revokes their own.")
    revoked = ApiKey.objects.filter(pk=key.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now())
    key.refresh_from_db(fields=["revoked_at"])
    if revoked:
        audit_record(actor=actor, entry=Entry(
            stream=_organisation_stream(key.organisation_id), area=AREA,
            action="api_key_revoked", subject=key.prefix, before={"revoked_at": None},
            after={"revoked_at": key.revoked_at.isoformat()},
            organisation_id=key.organisation_id))
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
