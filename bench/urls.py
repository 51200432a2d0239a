"""The API's routes plus the bench's baselines: bare DRF views that answer the same rows from
one ``.values()`` query each, with no serializer, filter or pagination class (see
``bench/ratios.py``)."""

from django.urls import path
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from config.urls import urlpatterns as api_urlpatterns
from epa.learners.models import Apprenticeship
from epa.standards.models import KSB, StandardVersion

APPRENTICESHIP_COLUMNS = (
    "id", "learner__id", "learner__uln", "learner__given_names", "learner__family_name",
    "learner__date_of_birth", "learner__email", "learner__updated_at", "standard__reference",
    "standard_version__major", "standard_version__minor", "option_id", "provider_id",
    "employer_id", "epao_id", "start_date", "planned_end_date", "planned_otj_hours",
    "has_ehc_plan", "status", "created_at", "updated_at")


class BareApprenticeships(APIView):
    """The first ``page_size`` apprenticeships of the caller's provider in the list's order."""

    permission_classes = [IsAuthenticated]

    def get(self, request):
        provider_id = int(request.query_params["provider"])
        size = int(request.query_params.get("page_size", 100))
        rows = list(Apprenticeship.objects.filter(provider_id=provider_id)
                    .order_by("-start_date", "id").values(*APPRENTICESHIP_COLUMNS)[:size])
        return Response({"results": rows})


class BareKSBs(APIView):
    """The KSB rows of a standard's latest version."""

    permission_classes = [AllowAny]

    def get(self, request, reference):
        version = StandardVersion.objects.filter(standard__reference=reference).order_by(
            "-major", "-minor").values("pk")[:1]
        rows = list(KSB.objects.filter(version_id=version).values(
            "code", "kind", "number", "text", "external_id"))
        return Response({"results": rows})


urlpatterns = [
    *api_urlpatterns,
    path("bench/bare/apprenticeships/", BareApprenticeships.as_view()),
    path("bench/bare/standards/<str:reference>/ksbs/", BareKSBs.as_view()),
]
