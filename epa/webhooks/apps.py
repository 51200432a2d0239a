from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "epa.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks: subscriptions, events and their deliveries"
