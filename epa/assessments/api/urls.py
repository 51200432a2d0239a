"""Routes under /api/v1/ for the EPA: attempts and assessors' conflicts of interest."""

from rest_framework.routers import SimpleRouter

from epa.assessments.api import views

router = SimpleRouter()
router.register("assessments", views.AssessmentViewSet, basename="assessment")
router.register("assessor-conflicts", views.ConflictDeclarationViewSet,
                basename="assessor-conflict")

urlpatterns = router.urls
