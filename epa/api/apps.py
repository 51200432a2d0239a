from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "epa.api"
    label = "api"
    verbose_name = "API"
