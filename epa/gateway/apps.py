from django.apps import AppConfig


class GatewayConfig(AppConfig):
    name = "epa.gateway"
    label = "gateway"
    verbose_name = "Gateway"
