"""Routes under /api/v1/ for certificate requests."""

from rest_framework.routers import SimpleRouter

from epa.certificates.api import views

router = SimpleRouter()
router.register("certificates", views.CertificateViewSet, basename="certificate")

urlpatterns = router.urls
