"""Who sees which certificate: the EPAO's admins and quality assurers, the apprentice's
provider and employer (read only), through the apprenticeships they see."""

from __future__ import annotations

from django.db.models import QuerySet

from epa.certificates.models import Certificate
from epa.core.actor import Actor
from epa.learners.models import Apprenticeship
from epa.learners.selectors import apprenticeship_scope, events_visible_to


def certificates_visible_to(actor: Actor) -> QuerySet[Certificate]:
    visible = Apprenticeship.objects.filter(apprenticeship_scope(actor)).values("pk")
    return Certificate.objects.filter(apprenticeship__in=visible).select_related(
        "apprenticeship")


def certificate_history(actor: Actor, certificate: Certificate) -> QuerySet:
    """The certificate's events in its apprenticeship's history, oldest first."""
    return events_visible_to(actor, certificate.apprenticeship).filter(subject="certificate")
