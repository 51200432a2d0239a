from django.urls import path

from epa.reports.api.views import OutcomesView, ResultsView

urlpatterns = [
    path("reports/results/", ResultsView.as_view(), name="report-results"),
    path("reports/outcomes/", OutcomesView.as_view(), name="report-outcomes"),
]
