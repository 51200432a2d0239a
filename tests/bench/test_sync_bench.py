"""Smoke test of bench/sync.py: it runs end to end with tiny sizes and leaves nothing behind."""

import pytest
from django.db import connection

from bench.sync import RAW_PATH, main
from epa.api.models import IdempotencyRecord
from epa.learners.models import Apprenticeship, Learner
from epa.organisations.models import ApiKey, EPAOApproval, Organisation

# The bench commits (and on PostgreSQL reads through a connection of its own): no test transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def test_bench_prints_its_table_and_cleans_up(capsys):
    assert main(["--records", "20", "--batch", "10"]) == 0

    out = capsys.readouterr().out
    assert "Bulk sync: 20 records in batches of 10" in out
    for path in ("HTTP POST /api/v1/apprenticeships/sync/", "service apprenticeships_sync()",
                 RAW_PATH):
        assert out.count(path) == 2, path  # new and re-sync
    if connection.vendor == "postgresql":
        assert "Aim (HTTP rate >= 0.5 x raw)" in out
        assert "skipped" not in out
    else:
        assert out.count("skipped: needs PostgreSQL") == 2

    for model in (Organisation, EPAOApproval, ApiKey, Learner, Apprenticeship,
                  IdempotencyRecord):
        assert not model.objects.exists(), model.__name__


def test_bench_refuses_a_database_with_learners_in_its_range(capsys):
    from bench.sync import bench_ulns

    Learner.objects.create(uln=bench_ulns(1)[0], given_names="Real", family_name="Person",
                           date_of_birth="2000-01-01")
    assert main(["--records", "5", "--batch", "5"]) == 2
    assert "Refused" in capsys.readouterr().err
    assert Learner.objects.count() == 1 and not Organisation.objects.exists()
