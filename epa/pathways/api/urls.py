"""Routes of an apprenticeship's pathway: breaks, withdrawal, further learning, progression."""

from django.urls import path

from epa.pathways.api.views import PathwayViewSet

BASE = "apprenticeships/<int:pk>/"


def _view(**actions):
    return PathwayViewSet.as_view(actions)


urlpatterns = [
    path(f"{BASE}withdraw/", _view(post="withdraw"), name="apprenticeship-withdraw"),
    path(f"{BASE}break-in-learning/", _view(post="start_break"),
         name="apprenticeship-break"),
    path(f"{BASE}return-to-learning/", _view(post="return_from_break"),
         name="apprenticeship-return"),
    path(f"{BASE}further-learning-complete/", _view(post="further_learning_complete"),
         name="apprenticeship-further-learning-complete"),
    path(f"{BASE}progression/", _view(get="progression"), name="apprenticeship-progression"),
    path(f"{BASE}progress/", _view(post="progress"), name="apprenticeship-progress"),
]
