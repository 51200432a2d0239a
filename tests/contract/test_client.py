"""The generated Python client (clients/python, ``epa_client``) against a live server.

The client's models are generated from openapi/schema.yaml, so these tests fail when the API
and its schema disagree: a missing or renamed field fails parsing, a value outside a declared
enum fails its enum, and a field the schema does not declare is caught by ``assert_declared``
(the client would otherwise keep it quietly in ``additional_properties``).
"""

from collections.abc import Iterator

import attrs
import pytest
from epa_client import Client
from epa_client.api.standards import (
    api_v1_standards_ksbs_list,
    api_v1_standards_list,
    api_v1_standards_retrieve,
)
from epa_client.models import (
    KSB,
    KSBCounts,
    KSBKindEnum,
    OptionSummary,
    PaginatedKSBList,
    PaginatedStandardList,
    Standard,
    StandardDetail,
    StandardStatusEnum,
    StandardVersionDetail,
)

# The live server runs in another thread with its own database connection: the catalogue must
# be committed for it to see it, so these tests are transactional.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def epa(live_server, catalogue) -> Iterator[Client]:
    # The catalogue's operations allow anonymous reads (security: cookieAuth or none); the
    # generator types them as taking an AuthenticatedClient, but a plain Client is what fits.
    with Client(base_url=live_server.url, raise_on_unexpected_status=True) as client:
        yield client


def assert_declared(model) -> None:
    """Every field the server sent, at any depth, is one the schema declares."""
    if isinstance(model, list):
        for item in model:
            assert_declared(item)
    elif attrs.has(type(model)):
        assert model.additional_properties == {}, (
            f"{type(model).__name__} got fields the schema does not declare: "
            f"{sorted(model.additional_properties)}"
        )
        for field in attrs.fields(type(model)):
            assert_declared(getattr(model, field.name))


def test_list_standards(epa):
    page = api_v1_standards_list.sync(client=epa)

    assert isinstance(page, PaginatedStandardList)
    assert_declared(page)
    assert page.count == 2
    assert all(isinstance(standard, Standard) for standard in page.results)
    by_reference = {standard.reference: standard for standard in page.results}
    assert list(by_reference) == ["ST0525", "ST0792"]
    st0792 = by_reference["ST0792"]
    assert (st0792.title, st0792.level, st0792.lars_code, st0792.latest_version) == (
        "Junior production coordinator", 4, 598, "1.0")
    assert st0792.status is StandardStatusEnum.APPROVED_FOR_DELIVERY
    assert by_reference["ST0525"].latest_version is None


def test_get_standard(epa):
    standard = api_v1_standards_retrieve.sync("ST0792", client=epa)

    assert isinstance(standard, StandardDetail)
    assert_declared(standard)
    assert standard.versions == ["1.0"]
    latest = standard.latest
    assert isinstance(latest, StandardVersionDetail)
    assert (latest.reference, latest.version, latest.duty_count) == ("ST0792", "1.0", 12)
    assert isinstance(latest.ksb_counts, KSBCounts)
    assert (latest.ksb_counts.knowledge, latest.ksb_counts.skill, latest.ksb_counts.behaviour,
            latest.ksb_counts.total) == (29, 23, 4, 56)
    assert all(isinstance(option, OptionSummary) for option in latest.options)
    assert [(option.title, option.ksb_count) for option in latest.options] == [
        ("Production coordinator", 47), ("Post production coordinator", 46)]
    assert [route.reference for route in latest.progression_routes] == ["ST0525"]


@pytest.mark.parametrize(
    ("option", "count", "not_assessed"),
    [
        ("Production coordinator", 47, {"S23"}),
        ("Post production coordinator", 46, {"K17", "K23", "S18", "S20"}),
    ],
)
def test_ksbs_for_an_option(epa, option, count, not_assessed):
    page = api_v1_standards_ksbs_list.sync("ST0792", client=epa, option=option, page_size=500)

    assert isinstance(page, PaginatedKSBList)
    assert_declared(page)
    assert page.count == count and page.next_ is None
    assert len(page.results) == count
    assert all(isinstance(ksb, KSB) for ksb in page.results)
    assert all(option in [o.title for o in ksb.options] for ksb in page.results)
    assert {ksb.code for ksb in page.results}.isdisjoint(not_assessed)
    assert {ksb.kind for ksb in page.results} == {
        KSBKindEnum.KNOWLEDGE, KSBKindEnum.SKILL, KSBKindEnum.BEHAVIOUR}
