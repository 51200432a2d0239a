"""``/reports/``: the outcome figures of a period for people, as a table and a chart of the
grade distribution per standard, with the reports' filters. Django session login with the
existing staff accounts; the figures are the outcomes report's, for the person's actor."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from epa.organisations.access import actor_for_user
from epa.reports import selectors
from epa.reports.api.serializers import OutcomesQuerySerializer
from epa.reports.chart import grade_charts

FILTERS = ("period", "released_from", "released_to", "standard", "version", "option",
           "provider", "employer")


def current_quarter() -> str:
    today = timezone.localdate()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


@login_required(login_url="/reports/login/")
def reports_page(request):
    given = {k: request.GET[k] for k in FILTERS if request.GET.get(k)}
    if not ({"period", "released_from", "released_to"} & set(given)):
        given["period"] = current_quarter()  # shown in the form
    query = OutcomesQuerySerializer(data=given)
    figures, errors, period = [], {}, None
    if query.is_valid():
        data = dict(query.validated_data)
        if "period" in data:
            data["released_from"], data["released_to"] = selectors.quarter(data["period"])
        period = (data["released_from"], data["released_to"])
        figures = selectors.outcome_figures(
            actor_for_user(request.user),
            selectors.Filters(**{k: v for k, v in data.items() if k != "period"}))
    else:
        errors = {field: " ".join(str(m) for m in messages)
                  for field, messages in query.errors.items()}
    status = 400 if errors else 200
    return render(request, "reports/page.html", {
        "given": given, "errors": errors, "period": period, "figures": figures,
        "grades": selectors.GRADE_ORDER, "charts": grade_charts(figures),
        "filters": FILTERS}, status=status)
