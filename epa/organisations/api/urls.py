from django.urls import path
from rest_framework.routers import SimpleRouter

from epa.organisations.api import views

router = SimpleRouter()
router.register("organisations", views.OrganisationViewSet, basename="organisation")

urlpatterns = [
    *router.urls,
    path("organisations/<int:organisation_id>/api-keys/",
         views.ApiKeyViewSet.as_view({"get": "list", "post": "create"}), name="api-key-list"),
    path("organisations/<int:organisation_id>/api-keys/<str:prefix>/revoke/",
         views.ApiKeyViewSet.as_view({"post": "revoke"}), name="api-key-revoke"),
]
