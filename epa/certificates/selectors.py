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


def epao_apprenticeship(*, epao_id: int, uln: str, standard_id: int) -> Apprenticeship | None:
    """The apprenticeship of the learner with ``uln`` on a standard that names the EPAO (the
    latest start, should there be several providers): DfE's "learner" of an EPAO."""
    return (Apprenticeship.objects.filter(epao_id=epao_id, learner__uln=uln,
                                          standard_id=standard_id)
            .select_related("learner", "standard", "standard_version__standard", "option",
                            "provider", "epao")
            .order_by("-start_date", "-id").first())
