"""Routes under /api/dfe/v1/: DfE's paths. The options are served under ``standards``
(DfE's service) and ``standard`` (its documentation and messages)."""

from django.urls import path, re_path

from epa.dfe.api import views

SEG = r"(?P<uln>[^/]+)/(?P<family_name>[^/]+)/(?P<standard>[^/]+)"

urlpatterns = [
    re_path(rf"^learner/{SEG}$", views.LearnerView.as_view(), name="dfe-learner"),
    path("epa", views.EpaView.as_view(), name="dfe-epa"),
    re_path(rf"^epa/{SEG}/(?P<reference>[^/]*)$", views.EpaDeleteView.as_view(),
            name="dfe-epa-delete"),
    path("certificate", views.CertificateView.as_view(), name="dfe-certificate"),
    path("certificate/submit", views.CertificateSubmitView.as_view(),
         name="dfe-certificate-submit"),
    path("certificate/grades", views.GradesView.as_view(), name="dfe-grades"),
    re_path(rf"^certificate/{SEG}$", views.CertificateReadView.as_view(),
            name="dfe-certificate-read"),
    re_path(rf"^certificate/{SEG}/(?P<reference>[^/]*)$", views.CertificateDeleteView.as_view(),
            name="dfe-certificate-delete"),
    re_path(r"^standards?/options$", views.OptionsView.as_view(), name="dfe-options"),
    re_path(r"^standards?/options/(?P<standard>[^/]+)$", views.StandardOptionsView.as_view(),
            name="dfe-standard-options"),
    re_path(r"^standards?/options/(?P<standard>[^/]+)/(?P<version>[^/]+)$",
            views.VersionOptionsView.as_view(), name="dfe-version-options"),
]
