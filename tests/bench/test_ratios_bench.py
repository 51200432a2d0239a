"""Smoke test of bench/ratios.py: it runs end to end with tiny sizes against a gunicorn of its
own, prints every ratio, and leaves nothing behind. Timings are printed, never asserted."""

import pytest
from django.db import connection

from bench.ratios import ROWS, main
from epa.learners.models import Apprenticeship, Learner
from epa.organisations.models import Organisation

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the ratios need PostgreSQL")
def test_the_ratios_bench_runs_and_cleans_up(capsys):
    assert main(["--apprenticeships", "30", "--rounds", "1", "--requests", "1",
                 "--batch", "10", "--syncs", "2"]) == 0
    out = capsys.readouterr().out
    for _, label in ROWS:
        assert label in out
    assert "2 syncs of each path a round" in out
    assert not Apprenticeship.objects.exists() and not Learner.objects.exists()
    assert not Organisation.objects.exists()
