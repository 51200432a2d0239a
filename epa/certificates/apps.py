from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "epa.certificates"
    label = "certificates"
    verbose_name = "Certificates"
