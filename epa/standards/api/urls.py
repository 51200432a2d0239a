from django.urls import path, re_path

from epa.standards.api import views

_REF = r"(?P<reference>[^/]+)"

urlpatterns = [
    path("standards/", views.StandardList.as_view(), name="standard-list"),
    re_path(rf"^standards/{_REF}/$", views.StandardDetail.as_view(), name="standard-detail"),
    re_path(rf"^standards/{_REF}/versions/$", views.StandardVersionList.as_view(),
            name="standard-version-list"),
    re_path(rf"^standards/{_REF}/versions/(?P<version>[^/]+)/$",
            views.StandardVersionDetail.as_view(), name="standard-version-detail"),
    re_path(rf"^standards/{_REF}/ksbs/$", views.StandardKSBList.as_view(),
            name="standard-ksb-list"),
    re_path(rf"^standards/{_REF}/duties/$", views.StandardDutyList.as_view(),
            name="standard-duty-list"),
    re_path(rf"^standards/{_REF}/progression/$", views.StandardProgressionList.as_view(),
            name="standard-progression-list"),
]
