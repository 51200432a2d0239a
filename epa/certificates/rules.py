"""Certificate rules that need no database: the UK postcode pattern DfE applies, and which
fields a certificate needs before it is ready and before it is submitted."""

from __future__ import annotations

import re

# DfE's pattern, exactly (its postalContact.postCode check).
POSTCODE_RE = re.compile(
    r"^(([gG][iI][rR] {0,}0[aA]{2})|((([a-pr-uwyzA-PR-UWYZ][a-hk-yA-HK-Y]?[0-9][0-9]?)|"
    r"(([a-pr-uwyzA-PR-UWYZ][0-9][a-hjkstuwA-HJKSTUW])|([a-pr-uwyzA-PR-UWYZ][a-hk-yA-HK-Y]"
    r"[0-9][abehmnprv-yABEHMNPRV-Y]))) {0,}[0-9][abd-hjlnp-uw-zABD-HJLNP-UW-Z]{2}))$")

# Given at create and update (a draft may lack them); each missing one keeps it a draft.
CONTACT_REQUIRED = ("contact_name", "address_line1", "city", "postcode")
# Also needed to submit (DfE prints from them).
SUBMIT_REQUIRED = ("given_names", "family_name", "contact_name", "organisation",
                   "address_line1", "city", "postcode", "overall_grade", "achievement_date")


def postcode_valid(postcode: str) -> bool:
    return bool(POSTCODE_RE.match(postcode))


def is_ready(values: dict, *, options: list[str]) -> bool:
    """Every field of a complete request: the contact (name, first address line, city,
    postcode), grade and achievement date, and an option when the version has options."""
    return (all(values.get(f) for f in CONTACT_REQUIRED) and bool(values.get("overall_grade"))
            and values.get("achievement_date") is not None
            and (not options or bool(values.get("option"))))


def missing_to_submit(values: dict) -> list[str]:
    return [f for f in SUBMIT_REQUIRED if not values.get(f)]
