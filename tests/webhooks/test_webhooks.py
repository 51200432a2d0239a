"""Webhooks through the public API: subscriptions and their tenancy, events enqueued in the
transaction of the change and only to those who may see them, signed deliveries in order per
resource to a receiver on 127.0.0.1, retries, replay, and the refusal of internal URLs."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from epa.core.actor import SYSTEM
from epa.core.audit import Entry, audit_record
from epa.core.models import AuditEvent
from epa.webhooks import outbound
from epa.webhooks.models import Delivery, Event
from epa.webhooks.services import delivery_attempt, retry_delay
from tests.support.gateway import new_apprenticeship
from tests.support.sync import SYNC_URL, sync_record, valid_ulns
from tests.support.webhooks import WEBHOOKS, Receiver, readme_verify, send_due, subscribe

APPRENTICESHIPS = "/api/v1/apprenticeships/"


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.down()


def _deliveries(client, subscription_id: int, **params) -> list[dict]:
    response = client.get(f"{WEBHOOKS}{subscription_id}/deliveries/", params)
    assert response.status_code == 200, response.json()
    return response.json()["results"]


# -- subscriptions --------------------------------------------------------------------------

def test_an_admin_subscribes_and_sees_the_secret_once(world, receiver):
    client = world.key_client("provider1")
    created = subscribe(client, receiver.url, ["apprenticeship.created"], description="MIS")
    assert created["secret"].startswith("whsec_")
    assert created["organisation"] == world.orgs["provider1"].pk
    listed = client.get(WEBHOOKS).json()["results"]
    assert [s["id"] for s in listed] == [created["id"]]
    assert "secret" not in listed[0]
    assert "secret" not in client.get(f"{WEBHOOKS}{created['id']}/").json()
    assert AuditEvent.objects.filter(action="subscription_created",
                                     stream=f"organisation:{world.orgs['provider1'].pk}").exists()


def test_subscriptions_are_the_organisations_own(world, receiver):
    mine = subscribe(world.key_client("provider1"), receiver.url, ["gateway.decided"])
    other = world.key_client("provider2")
    assert other.get(WEBHOOKS).json()["results"] == []
    for method, path in [("get", ""), ("patch", ""), ("delete", ""), ("get", "deliveries/")]:
        response = getattr(other, method)(f"{WEBHOOKS}{mine['id']}/{path}", {}, format="json")
        assert response.status_code == 404, (method, path)
    # A member who is not an admin neither sees nor writes them.
    staff = world.client("provider1-staff")
    assert staff.get(WEBHOOKS).json()["results"] == []
    response = staff.post(WEBHOOKS, {"url": receiver.url, "event_types": ["gateway.decided"]},
                          format="json")
    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "role_required"


def test_pause_change_and_delete_are_audited(world, receiver):
    client = world.key_client("provider1")
    created = subscribe(client, receiver.url, ["apprenticeship.created"])
    url = f"{WEBHOOKS}{created['id']}/"
    response = client.patch(url, {"active": False, "event_types": ["gateway.decided"]},
                            format="json")
    assert response.status_code == 200
    assert (response.json()["active"], response.json()["event_types"]) == (
        False, ["gateway.decided"])
    assert client.delete(url).status_code == 204
    assert client.get(url).status_code == 404
    assert list(AuditEvent.objects.filter(area="webhooks").values_list("action", flat=True)) == [
        "subscription_created", "subscription_changed", "subscription_deleted"]


@pytest.mark.parametrize(("body", "field", "code"), [
    ({"event_types": ["no.such"]}, "event_types.0", "invalid_choice"),
    ({"event_types": []}, "event_types", "min_length"),
    ({"url": "ftp://example.org/x"}, "url", "url_not_allowed"),
])
def test_bad_subscriptions_are_400_naming_the_field(world, receiver, body, field, code):
    response = world.key_client("provider1").post(
        WEBHOOKS, {"url": receiver.url, "event_types": ["gateway.decided"], **body},
        format="json")
    assert response.status_code == 400, response.json()
    assert (response.json()["errors"][0]["attr"], response.json()["errors"][0]["code"]) == (
        field, code)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8000/hook", "http://localhost/hook", "http://10.1.2.3/hook",
    "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
])
def test_internal_urls_are_refused_unless_allowed(world, url):
    with override_settings(WEBHOOK_ALLOW_PRIVATE_URLS=False):
        response = world.key_client("provider1").post(
            WEBHOOKS, {"url": url, "event_types": ["gateway.decided"]}, format="json")
        assert response.status_code == 400
        assert response.json()["errors"][0]["code"] == "url_not_allowed"
        # ... and again when sending (a name can come to resolve elsewhere).
        answer = outbound.post(url, b"{}", {})
        assert answer.status is None and answer.error.startswith("refused")


def test_redirects_are_not_followed(receiver):
    receiver.status = 302
    assert outbound.post(receiver.url, b"{}", {}).status == 302
    assert len(receiver.received) == 1


# -- events: in the transaction of the change, to those who may see them ---------------------

def test_a_change_is_delivered_signed_as_the_readme_verifies(world, receiver):
    created = subscribe(world.key_client("provider1"), receiver.url, ["apprenticeship.created"])
    pk = new_apprenticeship(world)
    assert send_due() == ["delivered"]
    (headers, body), = receiver.received
    assert readme_verify()(created["secret"], headers, body)
    assert not readme_verify()(created["secret"], headers, body + b" ")
    assert not readme_verify()("whsec_other", headers, body)
    payload = receiver.payloads()[0]
    assert payload["type"] == "apprenticeship.created"
    assert payload["resource"] == {"type": "apprenticeship", "id": pk,
                                   "url": f"http://127.0.0.1:8000/api/v1/apprenticeships/{pk}/"}
    assert headers["Webhook-Id"] == payload["id"]
    assert payload["data"]["action"] == "created"
    (delivery,) = _deliveries(world.key_client("provider1"), created["id"])
    assert (delivery["status"], delivery["attempts"], delivery["last_response_code"]) == (
        "delivered", 1, 200)


def test_the_event_is_written_in_the_transaction_of_the_change(world, receiver):
    subscribe(world.key_client("provider1"), receiver.url, ["apprenticeship.changed"])
    pk = new_apprenticeship(world)
    entry = Entry(stream=f"apprenticeship:{pk}", area="apprenticeship", action="changed",
                  after={"x": 1})

    class Boom(Exception):
        pass

    with pytest.raises(Boom), transaction.atomic():
        audit_record(actor=SYSTEM, entry=entry)
        assert Delivery.objects.count() == 1  # there, before the commit
        raise Boom
    assert Event.objects.count() == Delivery.objects.count() == 0  # gone with the change
    audit_record(actor=SYSTEM, entry=entry)
    assert Delivery.objects.count() == 1


def test_each_organisation_gets_only_what_it_may_see(world, receiver):
    for org in ("provider1", "employer1", "epao1", "provider2", "epao2"):
        subscribe(world.key_client(org), f"{receiver.url}?{org}",
                  ["apprenticeship.created", "epa.booked", "result.provisional",
                   "result.released"])
    pk = new_apprenticeship(world)

    def receivers(action: str, area: str) -> set[str]:
        Delivery.objects.all().delete()
        audit_record(actor=SYSTEM, entry=Entry(stream=f"apprenticeship:{pk}", area=area,
                                               action=action))
        return {d.subscription.url.rsplit("?", 1)[1] for d in Delivery.objects.all()}

    assert receivers("created", "apprenticeship") == {"provider1", "employer1", "epao1"}
    # The EPA's inner workings are the EPAO's; the released result is everyone's.
    assert receivers("booked", "assessment") == {"epao1"}
    assert receivers("provisional", "assessment") == {"epao1"}
    assert receivers("released", "result") == {"provider1", "employer1", "epao1"}
    # A type not subscribed to is not sent.
    assert receivers("submitted", "gateway") == set()


def test_a_gateway_decision_reaches_the_parties(world, receiver, passed):
    """The real flow: the gateway passes, and each party subscribed hears it once."""
    assert Event.objects.filter(type="gateway.decided").count() == 0  # nobody subscribed
    subscribe(world.key_client("provider2"), receiver.url, ["gateway.decided"])
    epao = subscribe(world.key_client("epao1"), receiver.url, ["gateway.decided"])
    audit_record(actor=SYSTEM, entry=Entry(stream=f"apprenticeship:{passed}", area="gateway",
                                           action="failed", after={"status": "failed"}))
    assert send_due() == ["delivered"]
    assert receiver.payloads()[0]["type"] == "gateway.decided"
    assert len(_deliveries(world.key_client("epao1"), epao["id"])) == 1


def test_a_sync_is_one_set_of_events_and_a_completion(world, receiver):
    subscribe(world.key_client("provider1"), receiver.url,
              ["apprenticeship.created", "sync.completed"])
    subscribe(world.key_client("employer1"), receiver.url,
              ["apprenticeship.created", "sync.completed"])
    ulns = valid_ulns(5)
    response = world.key_client("provider1").post(
        SYNC_URL, {"records": [sync_record(world, u) for u in ulns]}, format="json")
    assert response.status_code == 200
    types = sorted(Delivery.objects.values_list("event__type", "subscription__organisation"))
    provider, employer = world.orgs["provider1"].pk, world.orgs["employer1"].pk
    assert types == sorted([("apprenticeship.created", provider)] * 5
                           + [("apprenticeship.created", employer)] * 5
                           + [("sync.completed", provider)])
    completed = Event.objects.get(type="sync.completed").payload
    assert completed["data"]["after"] == {"records": 5, "created": 5, "updated": 0,
                                          "unchanged": 0, "error": 0}


def test_a_paused_subscription_gets_nothing(world, receiver):
    client = world.key_client("provider1")
    created = subscribe(client, receiver.url, ["apprenticeship.created"], active=False)
    new_apprenticeship(world)
    assert Delivery.objects.count() == 0
    assert client.patch(f"{WEBHOOKS}{created['id']}/", {"active": True},
                        format="json").status_code == 200
    new_apprenticeship(world, uln_seed="100000002")
    assert send_due() == ["delivered"]


# -- order, retries, replay ------------------------------------------------------------------

def _change(world, pk: int, hours: int) -> None:
    response = world.client("provider1-admin").patch(
        f"{APPRENTICESHIPS}{pk}/", {"planned_otj_hours": hours}, format="json")
    assert response.status_code == 200, response.json()


@override_settings(WEBHOOK_RETRY_BASE=dt.timedelta(0))
def test_a_receiver_down_then_up_gets_every_missed_delivery_in_order(world, receiver):
    client = world.key_client("provider1")
    created = subscribe(client, receiver.url,
                        ["apprenticeship.created", "apprenticeship.changed"])
    first = new_apprenticeship(world)
    receiver.down()
    _change(world, first, 301)
    _change(world, first, 302)
    second = new_apprenticeship(world, uln_seed="100000002")
    _change(world, second, 303)
    # Down: the first delivery of each resource is tried; the later ones wait behind it.
    outcomes = send_due(rounds=1)
    assert outcomes == ["retry", "retry"]
    waiting = Delivery.objects.filter(attempts=0)
    assert waiting.count() == 3
    receiver.up()
    assert send_due() == ["delivered"] * 5
    by_resource: dict[int, list] = {}
    for payload in receiver.payloads():
        by_resource.setdefault(payload["resource"]["id"], []).append(
            payload["data"]["after"].get("planned_otj_hours"))
    assert by_resource[first][1:] == [301, 302]
    assert by_resource[second][1:] == [303]
    assert all(d["status"] == "delivered" for d in _deliveries(client, created["id"]))


def test_the_retry_schedule_backs_off_with_jitter_for_a_day():
    rng = random.Random(7)
    waits = [retry_delay(n, rng=rng).total_seconds() for n in range(1, 16)]
    ceilings = [min(3600, 10 * 2 ** (n - 1)) for n in range(1, 16)]
    for wait, ceiling in zip(waits, ceilings, strict=True):
        assert ceiling / 2 <= wait <= ceiling
    assert waits[0] < waits[3] < waits[7]  # exponential
    assert len({round(w / c, 6) for w, c in zip(waits, ceilings, strict=True)}) > 10  # jitter
    # Retried until a day after the first try, at most an hour apart: about 30 tries.
    elapsed, tries = 0.0, 0
    while elapsed < 86400:
        tries += 1
        elapsed += retry_delay(tries, rng=rng).total_seconds()
    assert 24 < tries < 60


def test_a_delivery_that_never_succeeds_fails_after_a_day(world, receiver):
    client = world.key_client("provider1")
    created = subscribe(client, receiver.url, ["apprenticeship.created"])
    new_apprenticeship(world)
    receiver.status = 500
    assert send_due(rounds=1) == ["retry"]
    Delivery.objects.update(next_attempt_at=timezone.now(),
                            retry_until=timezone.now() + dt.timedelta(seconds=1))
    assert send_due() == ["failed"]
    (delivery,) = _deliveries(client, created["id"], status="failed")
    assert (delivery["attempts"], delivery["last_response_code"]) == (2, 500)


def test_a_replay_sends_the_event_again(world, receiver):
    client = world.key_client("provider1")
    created = subscribe(client, receiver.url, ["apprenticeship.created"])
    new_apprenticeship(world)
    (pending,) = _deliveries(client, created["id"])
    replay_url = f"{WEBHOOKS}{created['id']}/deliveries/{pending['id']}/replay/"
    response = client.post(replay_url)
    assert response.status_code == 409
    assert response.json()["errors"][0]["code"] == "delivery_pending"
    send_due()
    response = client.post(replay_url)
    assert response.status_code == 202, response.json()
    assert response.json()["replay_of"] == pending["id"]
    assert world.key_client("provider2").post(replay_url).status_code == 404
    assert send_due() == ["delivered"]
    first, again = receiver.received
    assert first[0]["Webhook-Id"] == again[0]["Webhook-Id"]
    assert first[0]["Webhook-Delivery"] != again[0]["Webhook-Delivery"]


def test_a_delivery_is_sent_once_when_two_workers_are_told(world, receiver):
    subscribe(world.key_client("provider1"), receiver.url, ["apprenticeship.created"])
    new_apprenticeship(world)
    (pk,) = Delivery.objects.values_list("pk", flat=True)
    assert delivery_attempt(pk) == "delivered"
    assert delivery_attempt(pk) is None
    assert len(receiver.received) == 1


def test_the_deliveries_list_runs_in_constant_queries(world, receiver, django_assert_num_queries):
    client = world.key_client("provider1")
    created = subscribe(client, receiver.url, ["apprenticeship.created"])
    url = f"{WEBHOOKS}{created['id']}/deliveries/"
    client.get(url)
    for count in (1, 4):
        while Delivery.objects.count() < count:
            new_apprenticeship(world, uln_seed=f"10000000{Delivery.objects.count() + 2}")
        # the key, the subscription, the page (with the events); no count while the first page
        # holds the whole list
        with django_assert_num_queries(3):
            assert len(client.get(url).json()["results"]) == count
    # a partial page adds the count, whatever the page's size
    for size in (1, 3):
        with django_assert_num_queries(4):
            assert len(client.get(url, {"page_size": size}).json()["results"]) == size


def test_certificate_states_and_a_withdrawal_reach_their_subscribers(world, receiver, passed):
    from tests.support.certificates import CERTIFICATES, certificate_body
    from tests.support.epa import assess, release

    epao, provider = world.key_client("epao1"), world.key_client("provider1")
    subscribe(epao, receiver.url, ["certificate.state", "result.released"])
    subscribe(provider, receiver.url, ["apprenticeship.withdrawn", "certificate.state"])
    release(world, assess(world, passed, "pass", "pass")["id"])
    admin = world.client("epao1-admin")
    created = admin.post(CERTIFICATES, certificate_body(passed), format="json").json()
    assert admin.post(f"{CERTIFICATES}{created['id']}/submit/").status_code == 200
    other = new_apprenticeship(world, uln_seed="100000003")
    assert provider.post(f"/api/v1/apprenticeships/{other}/withdraw/",
                         {"withdrawn_on": timezone.localdate().isoformat(),
                          "reason": "personal"}, format="json").status_code == 200
    send_due()
    seen = sorted((p["type"], p["data"]["action"]) for p in receiver.payloads())
    # the EPAO and the provider each get the certificate's two states; one withdrawal event
    assert seen == sorted([
        ("result.released", "released"),
        ("certificate.state", "certificate_created"), ("certificate.state", "certificate_created"),
        ("certificate.state", "certificate_submitted"),
        ("certificate.state", "certificate_submitted"),
        ("apprenticeship.withdrawn", "status_changed")])
