from django.apps import AppConfig


class StandardsConfig(AppConfig):
    name = "epa.standards"
    label = "standards"
    verbose_name = "Standards catalogue"
