from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "epa.plans"
    label = "plans"
    verbose_name = "Assessment plans"
