"""The apprenticeship's history: every state change, with who, when, before, after and why."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from epa.learners.models import Apprenticeship, ApprenticeshipEvent
from epa.organisations.access import Actor
from epa.organisations.models import ApiKey


def acting_organisation_id(actor: Actor, apprenticeship: Apprenticeship) -> int | None:
    """The organisation of the apprenticeship the actor acts for (EPAO, provider, employer)."""
    mine = actor.organisation_ids()
    for org_id in (apprenticeship.epao_id, apprenticeship.provider_id, apprenticeship.employer_id):
        if org_id in mine:
            return org_id
    return None


def label(user=None, api_key: ApiKey | None = None) -> str:
    """Who did it, for people: the person's user name (a personal key included), else
    ``api-key:<prefix>`` for an organisation's key."""
    if user is not None:
        return user.get_username()
    if api_key is not None:
        return f"api-key:{api_key.prefix}"
    return "system"


def actor_label(actor: Actor) -> str:
    """``label`` of the caller."""
    user = (get_user_model().objects.filter(pk=actor.user_id).only("username").first()
            if actor.user_id is not None else None)
    key = (ApiKey.objects.filter(pk=actor.api_key_id).only("prefix").first()
           if user is None and actor.api_key_id is not None else None)
    return label(user, key)


def event_record(*, apprenticeship: Apprenticeship, actor: Actor, area: str, action: str,
                 subject: str = "", before=None, after=None, reason: str = ""
                 ) -> ApprenticeshipEvent:
    return ApprenticeshipEvent.objects.create(
        apprenticeship=apprenticeship, actor_user_id=actor.user_id,
        actor_api_key_id=actor.api_key_id,
        actor_organisation_id=acting_organisation_id(actor, apprenticeship),
        area=area, action=action, subject=subject, before=before, after=after, reason=reason)


def apprenticeship_status_move(*, apprenticeship: Apprenticeship, actor: Actor, status: str,
                               area: str) -> None:
    """Move the apprenticeship's status (if it changes) and record the move."""
    if apprenticeship.status == status:
        return
    before = apprenticeship.status
    apprenticeship.status = status
    apprenticeship.save(update_fields=["status", "updated_at"])
    event_record(apprenticeship=apprenticeship, actor=actor, area=area,
                 action="status_changed", subject="apprenticeship.status",
                 before={"status": before}, after={"status": status})
