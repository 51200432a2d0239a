"""``__any``: the same rows as ``__in``, one array parameter on PostgreSQL."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from model_bakery import baker

from epa.learners.models import Apprenticeship, Learner
from tests.support.gateway import new_apprenticeship

pytestmark = pytest.mark.django_db


def test_any_matches_what_in_matches_on_text_and_foreign_keys(world):
    learners = baker.make(Learner, _quantity=3, _fill_optional=False)
    wanted = [learners[0].uln, learners[2].uln, "0000000000"]
    assert (set(Learner.objects.filter(uln__any=wanted).values_list("pk", flat=True))
            == set(Learner.objects.filter(uln__in=wanted).values_list("pk", flat=True))
            == {learners[0].pk, learners[2].pk})
    first, second = new_apprenticeship(world, uln_seed="100000001"), new_apprenticeship(
        world, uln_seed="100000002")
    learner_id = Apprenticeship.objects.get(pk=second).learner_id
    assert list(Apprenticeship.objects.filter(learner_id__any={learner_id}).values_list(
        "pk", flat=True)) == [second]
    assert list(Apprenticeship.objects.exclude(pk__any=[second]).values_list(
        "pk", flat=True)) == [first]


def test_any_sends_one_parameter_whatever_the_number_of_values():
    ulns = [f"{n:010d}" for n in range(1000)]
    with CaptureQueriesContext(connection) as queries:
        list(Learner.objects.filter(uln__any=ulns))
    (sql,) = [q["sql"] for q in queries.captured_queries]
    if connection.vendor == "postgresql":
        assert "= ANY(" in sql and sql.count("%s") == 0  # the array is one literal


def test_an_empty_list_matches_nothing_and_sends_no_query():
    baker.make(Learner)
    with CaptureQueriesContext(connection) as queries:
        assert list(Learner.objects.filter(uln__any=[])) == []
    assert queries.captured_queries == []
