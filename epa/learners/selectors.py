"""Tenancy for learners and apprenticeships, decided in one place from the caller."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from epa.core.actor import Actor
from epa.learners.history import apprenticeship_events
from epa.learners.models import Apprenticeship, Learner
from epa.organisations.models import OrganisationKind, Role

# EPAO roles that see every apprenticeship naming their EPAO. Assessors see only those
# assigned to them, which arrive with assessments; until then, none.
EPAO_WIDE_ROLES = {Role.ADMIN, Role.QUALITY_ASSURER}
# Provider roles that write the provider's apprenticeships (an API key acts as admin).
PROVIDER_WRITER_ROLES = {Role.ADMIN, Role.STAFF}


def writable_provider_ids(actor: Actor) -> set[int]:
    """The providers whose apprenticeships ``actor`` may create, change and sync."""
    return actor.organisation_ids(OrganisationKind.PROVIDER, PROVIDER_WRITER_ROLES)


def apprenticeship_scope(actor: Actor) -> Q:
    return (
        Q(provider_id__in=actor.organisation_ids(OrganisationKind.PROVIDER))
        | Q(employer_id__in=actor.organisation_ids(OrganisationKind.EMPLOYER))
        | Q(epao_id__in=actor.organisation_ids(OrganisationKind.EPAO, EPAO_WIDE_ROLES))
    )


def apprenticeships_visible_to(actor: Actor) -> QuerySet[Apprenticeship]:
    return Apprenticeship.objects.filter(apprenticeship_scope(actor))


def learners_visible_to(actor: Actor) -> QuerySet[Learner]:
    visible = Apprenticeship.objects.filter(apprenticeship_scope(actor), learner=OuterRef("pk"))
    return Learner.objects.filter(Exists(visible))


# Areas of the history each party reads: the EPAO everything; the provider and employer not
# the assessment's inner workings (provisional grades), only the record itself (its creation
# and changes, which the provider writes and both read), the gateway and released results.
PARTY_HISTORY_AREAS = {"apprenticeship", "gateway", "result"}


def organisation_sees_event(organisation_id: int, *, epao_id: int | None, provider_id: int,
                            employer_id: int, area: str) -> bool:
    """Whether an organisation as a whole (its key, which acts as an admin) sees an event of an
    apprenticeship's history: the rule of ``events_visible_to``, for webhooks, without a
    query."""
    if organisation_id == epao_id:
        return True
    return organisation_id in (provider_id, employer_id) and area in PARTY_HISTORY_AREAS


def events_visible_to(actor: Actor, apprenticeship: Apprenticeship) -> QuerySet:
    events = apprenticeship_events(apprenticeship.pk)
    if apprenticeship.epao_id in actor.organisation_ids(OrganisationKind.EPAO, EPAO_WIDE_ROLES):
        return events
    return events.filter(area__in=PARTY_HISTORY_AREAS)


# -- the caller's part in one apprenticeship (shared by the gateway and the EPA) --------------

def acts_as_provider(actor: Actor, apprenticeship: Apprenticeship) -> bool:
    """The delivering provider's admins, staff and keys."""
    return apprenticeship.provider_id in writable_provider_ids(actor)


def acts_as_employer(actor: Actor, apprenticeship: Apprenticeship) -> bool:
    """Any member (or key) of the apprentice's employer."""
    return apprenticeship.employer_id in actor.organisation_ids(OrganisationKind.EMPLOYER)


def acts_for_epao(actor: Actor, apprenticeship: Apprenticeship, roles: set[str]) -> bool:
    """A member with one of ``roles`` (or a key, which acts as admin) of the named EPAO."""
    return (apprenticeship.epao_id is not None and apprenticeship.epao_id
            in actor.organisation_ids(OrganisationKind.EPAO, roles))
