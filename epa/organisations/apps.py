from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "epa.organisations"
    label = "organisations"
    verbose_name = "Organisations and access"
