"""Everything under /api/v1/: each app contributes its own url module."""

from django.urls import include, path

urlpatterns = [
    path("", include("epa.standards.api.urls")),
    path("", include("epa.organisations.api.urls")),
    path("", include("epa.learners.api.urls")),
    path("", include("epa.gateway.api.urls")),
    path("", include("epa.plans.api.urls")),
    path("", include("epa.assessments.api.urls")),
    path("", include("epa.webhooks.api.urls")),
    path("", include("epa.certificates.api.urls")),
    path("", include("epa.pathways.api.urls")),
    path("", include("epa.reports.api.urls")),
]
