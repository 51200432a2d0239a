import io
import uuid

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from tests.support.gateway import gateway_url, new_apprenticeship, open_ready_gateway, review_all
from tests.support.world import World, _Null


@pytest.fixture(autouse=True)
def _own_cache_keys():
    """With a shared cache (Redis, when REDIS_URL is set), each test counts under keys of its
    own, so no test sees another's rate-limit counts, in this run or a parallel one."""
    from django.conf import settings
    from django.test import override_settings

    default = settings.CACHES["default"]
    if not default["BACKEND"].endswith("RedisCache"):
        yield
        return
    prefix = f"{default['KEY_PREFIX']}:{uuid.uuid4().hex}"
    caches = {**settings.CACHES, "default": {**default, "KEY_PREFIX": prefix}}
    with override_settings(CACHES=caches):
        yield


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


# -- the example plan, and an apprenticeship past its gateway --------------------------------

@pytest.fixture
def plan(world):
    call_command("load_assessment_plans", stdout=io.StringIO())


@pytest.fixture
def passed(world, plan) -> int:
    """An apprenticeship of provider1/employer1/epao1 whose gateway has passed."""
    pk = new_apprenticeship(world)
    open_ready_gateway(world, pk)
    assert world.client("provider1-admin").post(gateway_url(pk, "submit/")).status_code == 200
    world.client("employer1-admin").post(gateway_url(pk, "sign-off/"), {"declaration": "Ready."},
                                         format="json")
    assert review_all(world, pk)["status"] == "passed"
    return pk
