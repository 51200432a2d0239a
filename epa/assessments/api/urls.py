"""Routes under /api/v1/ for assessment plans and the EPA."""

from rest_framework.routers import SimpleRouter

from epa.assessments.api import assessment_views, views

router = SimpleRouter()
router.register("assessment-plans", views.AssessmentPlanViewSet, basename="assessment-plan")
router.register("assessments", assessment_views.AssessmentViewSet, basename="assessment")
router.register("assessor-conflicts", assessment_views.ConflictDeclarationViewSet,
                basename="assessor-conflict")

urlpatterns = router.urls
