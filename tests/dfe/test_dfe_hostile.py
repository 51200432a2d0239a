"""Hostile requests to the DfE surface: never a 5xx, always DfE's error shape."""

from __future__ import annotations

import json

import pytest

from tests.support.certificates import DFE, dfe_postal_contact
from tests.support.world import make_uln

pytestmark = pytest.mark.django_db
ULN = int(make_uln("100000001"))
ITEMS = {
    "epa": {"requestId": "r", "standard": {"standardCode": 598},
            "learner": {"uln": ULN, "familyName": "Lovelace"},
            "learningDetails": {"version": "1.0"}, "epaReference": "00000001",
            "epaDetails": {"epas": [{"epaDate": "2026-01-10", "epaOutcome": "pass",
                                     "resit": False}]}},
    "certificate": {"requestId": "c", "standard": {"standardReference": "ST0792"},
                    "learner": {"uln": ULN, "familyName": "Lovelace"},
                    "certificateReference": "00000001",
                    "learningDetails": {"version": "1.0", "overallGrade": "Merit",
                                        "achievementDate": "2026-01-15"},
                    "postalContact": dfe_postal_contact()},
    "certificate/submit": {"requestId": "s", "uln": ULN, "standardCode": 598,
                           "familyName": "Lovelace", "certificateReference": "00000001"},
}
HOSTILE = ["1e400", "1.5", str(10**30), '"\\ud800"', '"a\\u0000b"', "true", "null", "[]", "{}",
           "-1", '"x"']


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*path, index))


def _replaced(item, path, raw):
    marker = "__HOSTILE__"
    item = json.loads(json.dumps(item))
    if not path:
        return raw
    target = item
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = marker
    return json.dumps(item).replace(f'"{marker}"', raw)


def test_no_hostile_request_is_a_5xx(world, passed):
    client = world.key_client("epao1")
    client.raise_request_exception = False
    statuses = {}
    failures = []
    for route, item in ITEMS.items():
        for method in (("POST", "PUT") if route != "certificate/submit" else ("POST",)):
            for path in list(_paths(item))[1:]:
                for raw in HOSTILE:
                    body = f"[{_replaced(item, path, raw)}]"
                    response = client.generic(method, f"{DFE}{route}",
                                              body.encode("utf-8", "surrogatepass"),
                                              content_type="application/json")
                    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                    if response.status_code >= 500:
                        failures.append(f"{method} {route} {path}={raw}: 5xx")
                    elif response.status_code == 403 and set(response.json()) != {
                            "statusCode", "message"}:
                        failures.append(f"{method} {route} {path}={raw}: shape")
    for raw_path in ("learner/%00/Lovelace/ST0792", f"learner/{ULN}/%00/%ED%A0%80",
                     f"certificate/{10**30}/Lovelace/598", f"epa/{ULN}/x/-1/%00",
                     "standards/options/%00/1.5", f"certificate/{ULN}/Lovelace/ST0792/%00",
                     "standards/options/%C2%B2", "certificate/%C2%B2/x/%C2%B2",
                     "learner/1/x/%C2%B2"):
        for method in ("GET", "DELETE"):
            response = client.generic(method, f"{DFE}{raw_path}")
            if response.status_code >= 500:
                failures.append(f"{method} {raw_path}: 5xx")
    assert sum(statuses.values()) > 300
    assert not failures, "\n".join(failures[:40])
