from django.apps import AppConfig


class PathwaysConfig(AppConfig):
    name = "epa.pathways"
    label = "pathways"
    verbose_name = "Breaks, withdrawals, further learning and progression"
