from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from epa.api.views import HealthView
from epa.ops.views import ApiIndexView, IndexView, LivenessView, ReadinessView, metrics_view

urlpatterns = [
    path("", IndexView.as_view(), name="index"),
    path("livez", LivenessView.as_view(), name="livez"),
    path("readyz", ReadinessView.as_view(), name="readyz"),
    path("metrics", metrics_view, name="metrics"),
    # Kept for monitors that use it: the database only (/readyz checks every dependency).
    path("healthz", HealthView.as_view(), name="healthz"),
    path("admin/", admin.site.urls),
    # Log in and out for people using the browsable API (session authentication).
    path("api-auth/", include("rest_framework.urls")),
    path("api/v1/", ApiIndexView.as_view(), name="api-index"),
    path("api/v1/", include("epa.api.urls")),
    # The results page for people (session login with the staff accounts).
    path("reports/", include("epa.reports.api.page_urls")),
    # The DfE "Record a grade" External API's surface (epa.dfe).
    path("api/dfe/v1/", include("epa.dfe.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
]

handler400 = "epa.api.errors.bad_request"
handler403 = "epa.api.errors.permission_denied"
handler404 = "epa.api.errors.page_not_found"
handler500 = "epa.api.errors.server_error"
