"""Routes of an apprenticeship's gateway: a singleton under its apprenticeship."""

from django.urls import path

from epa.gateway.api.views import GatewayViewSet

BASE = "apprenticeships/<int:apprenticeship_pk>/gateway/"


def _view(**actions):
    return GatewayViewSet.as_view(actions)


urlpatterns = [
    path(BASE, _view(get="retrieve", post="create", patch="partial_update"),
         name="gateway"),
    path(f"{BASE}evaluation/", _view(get="evaluation"), name="gateway-evaluation"),
    path(f"{BASE}evidence/", _view(post="add_evidence"), name="gateway-evidence"),
    path(f"{BASE}evidence/<int:evidence_pk>/", _view(delete="remove_evidence"),
         name="gateway-evidence-detail"),
    path(f"{BASE}submit/", _view(post="submit"), name="gateway-submit"),
    path(f"{BASE}sign-off/", _view(post="sign_off"), name="gateway-sign-off"),
    path(f"{BASE}declaration/", _view(post="declare"), name="gateway-declaration"),
    path(f"{BASE}components/<str:component>/review/", _view(post="review"),
         name="gateway-review"),
]
