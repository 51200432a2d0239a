from rest_framework.routers import SimpleRouter

from epa.learners.api import views

router = SimpleRouter()
router.register("learners", views.LearnerViewSet, basename="learner")
router.register("apprenticeships", views.ApprenticeshipViewSet, basename="apprenticeship")

urlpatterns = router.urls
