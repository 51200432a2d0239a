"""An apprentice from training to a released EPA result, over HTTP against a running server.

Run the server with demo data (see the README: ``make run`` then ``manage.py seed_demo``), then::

    .venv/bin/python scripts/walkthrough.py --provider-key epa_... --employer-key epa_... \\
        --epao-key epa_... [--base http://127.0.0.1:8000] [--grade pass]

Providers, employers and EPAO admins act with their organisation's API key; the quality
assurer logs in as a demo person (``epao1-quality_assurer``, password ``epa-demo-password``),
and the assessor (``epao1-assessor``) logs in once to make a personal key for their client.
Each step prints what it did and fails loudly on a surprise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys

import requests

DEMO_PASSWORD = "epa-demo-password"


def uln() -> str:
    """A random ULN with a valid check digit."""
    while True:
        first = str(random.randint(100_000_000, 999_999_999))
        remainder = sum(int(d) * w for d, w in zip(first, range(10, 1, -1), strict=True)) % 11
        if remainder:
            return f"{first}{10 - remainder}"


class Caller:
    def __init__(self, base: str, name: str, key: str | None = None) -> None:
        self.base, self.name = base.rstrip("/"), name
        self.session = requests.Session()
        if key:
            self.session.headers["Authorization"] = f"Bearer {key}"

    def login(self, username: str) -> Caller:
        """Session login, as the browsable API does (CSRF cookie, then the form)."""
        url = f"{self.base}/api-auth/login/"
        self.session.get(url)
        token = self.session.cookies["csrftoken"]
        response = self.session.post(url, data={"username": username, "password": DEMO_PASSWORD,
                                                "csrfmiddlewaretoken": token},
                                     headers={"Referer": url}, allow_redirects=False)
        assert response.status_code == 302, f"{username} could not log in"
        self.session.headers["X-CSRFToken"] = self.session.cookies["csrftoken"]
        self.session.headers["Referer"] = self.base
        return self

    def call(self, method: str, path: str, body=None, expect: int = 200, **params) -> dict:
        response = self.session.request(method, f"{self.base}/api/v1/{path}", json=body,
                                        params=params or None)
        if response.status_code != expect:
            sys.exit(f"{self.name}: {method} {path} -> {response.status_code}, expected "
                     f"{expect}: {response.text[:800]}")
        return response.json() if response.content else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--provider-key", required=True)
    parser.add_argument("--employer-key", required=True)
    parser.add_argument("--epao-key", required=True)
    parser.add_argument("--grade", choices=["fail", "pass", "distinction"], default="pass")
    args = parser.parse_args()
    provider = Caller(args.base, "provider", args.provider_key)
    employer = Caller(args.base, "employer", args.employer_key)
    epao = Caller(args.base, "epao admin", args.epao_key)
    qa = Caller(args.base, "quality assurer").login("epao1-quality_assurer")
    orgs = {o["name"]: o["id"] for o in provider.call("GET", "organisations/",
                                                      page_size=100)["results"]}
    # The assessor's tablet: a personal key, made once in a logged-in session.
    session = Caller(args.base, "assessor").login("epao1-assessor")
    personal = session.call("POST", f"organisations/{orgs['Demo Assessment One']}/api-keys/", {
        "name": "Assessment tablet", "scopes": ["read", "write"], "personal": True},
        expect=201)
    assessor = Caller(args.base, "assessor's tablet", personal["key"])
    version = provider.call("GET", "standards/ST0792/versions/1.0/")
    option = next(o for o in version["options"] if o["title"] == "Production coordinator")
    start = dt.date.today() - dt.timedelta(days=400)
    record = provider.call("POST", "apprenticeships/", {
        "learner": {"uln": uln(), "given_names": "Ada", "family_name": "Lovelace",
                    "date_of_birth": "2000-12-10"},
        "standard_version": "ST0792/1.0", "option": option["id"],
        "provider": orgs["Demo Training One"], "employer": orgs["Demo Employer One"],
        "epao": orgs["Demo Assessment One"], "start_date": start.isoformat(),
        "planned_end_date": (start + dt.timedelta(days=540)).isoformat(),
        "achievements": [{"subject": s, "level": 2, "qualification_type": "gcse",
                          "achieved_on": "2016-08-20"} for s in ("english", "maths")]},
        expect=201)
    pk = record["id"]
    print(f"apprenticeship {pk} created for ULN {record['learner']['uln']}")

    dry = provider.call("GET", f"apprenticeships/{pk}/gateway/evaluation/")
    print("dry run:", {c["component"]: c["check"]["reason"] for c in dry["components"]})
    provider.call("POST", f"apprenticeships/{pk}/gateway/", {
        "contracted_hours_per_week": "37.5", "off_the_job_hours": "520"}, expect=201)
    ksbs = [k["code"] for k in provider.call("GET", "standards/ST0792/ksbs/",
                                             option=option["id"], page_size=500)["results"]]
    provider.call("POST", f"apprenticeships/{pk}/gateway/evidence/", {
        "title": "Production portfolio", "evidence_date": dt.date.today().isoformat(),
        "reference": "https://files.example.org/portfolio", "ksbs": ksbs}, expect=201)
    provider.call("POST", f"apprenticeships/{pk}/gateway/declaration/",
                  {"declaration": "Ready for the EPA."})
    employer.call("POST", f"apprenticeships/{pk}/gateway/sign-off/",
                  {"declaration": "Works at the standard."})
    submitted = provider.call("POST", f"apprenticeships/{pk}/gateway/submit/")
    for component in submitted["components"]:
        if component["status"] == "submitted":
            gateway = epao.call("POST", f"apprenticeships/{pk}/gateway/components/"
                                        f"{component['component']}/review/",
                                {"decision": "accept"})
    print(f"gateway: {gateway['status']} (attempt {gateway['attempt']})")

    attempt = epao.call("POST", "assessments/", {"apprenticeship": pk}, expect=201)
    aid = attempt["id"]
    when = (dt.datetime.now(dt.UTC) + dt.timedelta(days=14)).isoformat()
    for method in attempt["methods"]:
        epao.call("POST", f"assessments/{aid}/methods/{method['code']}/booking/", {
            "scheduled_at": when, "remote": True, "assessor": "epao1-assessor"})
        print(f"booked {method['code']}")
    for method in epao.call("GET", f"assessments/{aid}/")["methods"]:
        for criterion in method["pending_criteria"]:
            distinction = criterion.startswith(("PRD", "PDD"))
            met = {"fail": criterion != "PR1" and not distinction, "pass": not distinction,
                   "distinction": True}[args.grade]
            assessor.call("PUT", f"assessments/{aid}/methods/{method['code']}/judgements/"
                                 f"{criterion}/", {"met": met, "evidence_note": "Observed."})
    provisional = epao.call("GET", f"assessments/{aid}/")
    print(f"provisional: {provisional['grading']}")
    released = qa.call("POST", f"assessments/{aid}/quality-assurance/", {"note": "Upheld."})
    print(f"released: {released['overall_grade']}")
    seen = employer.call("GET", f"assessments/{aid}/")
    assert seen["overall_grade"] == released["overall_grade"]
    history = epao.call("GET", f"apprenticeships/{pk}/history/")
    print(f"history: {len(history['events'])} events, last "
          f"{history['events'][-1]['area']}.{history['events'][-1]['action']}")


if __name__ == "__main__":
    main()
