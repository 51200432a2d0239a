from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "epa.assessments"
    label = "assessments"
    verbose_name = "End-point assessments: bookings, grading, results"
