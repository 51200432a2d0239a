from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "epa.reports"
    label = "reports"
    verbose_name = "Results reporting"
