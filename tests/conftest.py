import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from tests.support.world import World, _Null


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def catalogue(db) -> None:
    """The shipped standards (ST0792 1.0 and the ST0525 stub), loaded as `make run` loads them."""
    call_command("load_standards", stdout=_Null())


# -- organisations, people and keys ---------------------------------------------------------


@pytest.fixture
def world(catalogue, django_user_model) -> World:
    return World(django_user_model)
