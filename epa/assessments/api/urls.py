"""Routes under /api/v1/ for assessments."""

from rest_framework.routers import SimpleRouter

from epa.assessments.api import views

router = SimpleRouter()
router.register("assessment-plans", views.AssessmentPlanViewSet, basename="assessment-plan")

urlpatterns = router.urls
