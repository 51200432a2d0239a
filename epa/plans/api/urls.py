"""Routes under /api/v1/ for assessment plans."""

from rest_framework.routers import SimpleRouter

from epa.plans.api import views

router = SimpleRouter()
router.register("assessment-plans", views.AssessmentPlanViewSet, basename="assessment-plan")

urlpatterns = router.urls
