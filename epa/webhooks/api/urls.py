from django.urls import path
from rest_framework.routers import SimpleRouter

from epa.webhooks.api import views

router = SimpleRouter()
router.register("webhooks", views.SubscriptionViewSet, basename="webhook")

urlpatterns = [
    *router.urls,
    path("webhooks/<int:webhook_id>/deliveries/",
         views.DeliveryViewSet.as_view({"get": "list"}), name="webhook-delivery-list"),
    path("webhooks/<int:webhook_id>/deliveries/<int:pk>/replay/",
         views.DeliveryViewSet.as_view({"post": "replay"}), name="webhook-delivery-replay"),
]
