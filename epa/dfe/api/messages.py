"""DfE's messages, exactly as its service returns them (capitalisation, punctuation and
trailing full stops included: clients compare them as strings), and the native error codes
they stand for."""

from __future__ import annotations

from epa.plans.models import DFE_CERTIFICATE_GRADES

GRADES = ", ".join(DFE_CERTIFICATE_GRADES)

BATCH_LIMIT = "Batch limited to 25 requests"
INVALID_INPUT = ("Your request contains invalid input. Please ensure it matches the swagger "
                 "definition and try again.")
UKPRN_NOT_FOUND = "Specified UKPRN not found"
NOT_LINKED = "Your account is not linked to a valid UKPRN"
FAMILY_NAME = "Provide apprentice family name"
VALID_STANDARD = "Provide a valid Standard"
PROVIDE_STANDARD = "Provide a Standard"
STANDARD_NOT_FOUND = "Standard not found"
STANDARD_MISMATCH = "StandardReference and StandardCode must be for the same Standard"
ULN_RANGE = "ULN should contain exactly 10 numbers"
LEARNER_NOT_FOUND = "ULN, FamilyName and Standard not found"
NOT_APPROVED = "Your organisation is not approved to assess this Standard"
NOT_APPROVED_VERSION = "Your organisation is not approved to assess this Standard Version: {}"
INVALID_VERSION = "Invalid version for Standard"
APPRENTICE_DETAILS = "Cannot find the apprentice details"
CANNOT_FIND_APPRENTICE = "Cannot find apprentice with the specified Uln, FamilyName & Standard"

EPA_DETAILS = "Provide EPA Details"
EPA_DATE_EARLY = "EPA Date cannot be before 01 01 2017"
EPA_DATE_FUTURE = "EPA Date cannot be in the future"
EPA_OUTCOME = "Invalid outcome: must be Pass, Fail or Withdrawn"
NO_OPTION = "No course option available for this Standard and version. Must be empty"
EPA_OPTION = ("Invalid course option for this Standard and version. Must be one of the "
              "following: '{options}' where '{options}' depends on the standard code, and can "
              "be obtained with GET /api/v1/standard/options/{reference}/{version}")
CERTIFICATE_OPTION = ("Invalid course option for this Standard and version. Must be one of the "
                      "following: {options} where {options} depends on the standard code, and "
                      "can be obtained with GET /api/v1/standard/options/{lars}/{version}")
EPA_EXISTS = "EPA already provided for the learner"
CERTIFICATE_EXISTS_NO_EPA = "Certificate already exists, cannot create EPA record"
CERTIFICATE_EXISTS_NO_EPA_UPDATE = "Certificate already exists, cannot update EPA record"
CERTIFICATE_EXISTS_NO_EPA_DELETE = "Certificate already exists, cannot delete EPA record"
PROVIDE_EPA_REFERENCE = "Provide EPA reference"
PROVIDE_THE_EPA_REFERENCE = "Provide the EPA reference"
EPA_NOT_FOUND = "EPA not found"

CERTIFICATE_DATA = "Provide Certificate Data"
CERTIFICATE_EXISTS = "Certificate already exists: {}"
PROVIDE_CERTIFICATE_REFERENCE = "Provide the certificate reference"
CERTIFICATE_NOT_FOUND = "Certificate not found"
NOT_DRAFT = "Certificate does not exist in Draft status"
ALREADY_SUBMITTED = "Certificate has already been submitted"
MISSING_DATA = "Certificate is missing mandatory data"
VERSION_CHANGED = "Certificate update is required as version has changed on Learner record"
OPTION_CHANGED = ("Certificate update is required as course option has changed on Learner "
                  "record")
DELETE_SUBMITTED = "Cannot delete a submitted Certificate"
CANNOT_FIND_CERTIFICATE = "Cannot find certificate with the specified Uln, FamilyName & Standard"

# Native certificate field errors (field, code) -> DfE's message.
CERTIFICATE_FIELDS = {
    ("contact_name", "required"): "Provide a contact name",
    ("address_line1", "required"): "Provide an address",
    ("city", "required"): "Provide a city or town",
    ("postcode", "required"): "Provide a postcode",
    ("postcode", "invalid_postcode"): "Provide a valid UK postcode",
    ("overall_grade", "required"): "Select the grade achieved",
    ("overall_grade", "fail_grade"): "Cannot record a Fail grade via API",
    ("overall_grade", "invalid_grade"): (
        f"You must enter a valid grade. Must be one of the following: {GRADES}, where {GRADES} "
        "can be obtained with /api/v1/certificate/grades"),
    ("achievement_date", "required"): "Provide the achievement date",
    ("achievement_date", "date_before_2017"): "Achievement date cannot be before 01 01 2017",
    ("achievement_date", "date_in_future"): "Achievement date cannot be in the future",
    # Not a DfE rule: this service also refuses an achievement before the learning start.
    ("achievement_date", "before_learning_start"):
        "Achievement date cannot be before the learning start date",
    ("option", "option_not_available"): NO_OPTION,
    ("option", "option_mismatch"): "Incorrect course option for learner",
    ("version", "version_mismatch"): "Incorrect version for learner",
    ("version", "unknown_version"): INVALID_VERSION,
    ("family_name", "family_name_mismatch"): LEARNER_NOT_FOUND + ".",
}
# Native EPA outcome field errors -> DfE's message.
EPA_FIELDS = {
    ("outcome_date", "date_before_2017"): EPA_DATE_EARLY,
    ("outcome_date", "date_in_future"): EPA_DATE_FUTURE,
    ("option", "option_not_available"): NO_OPTION,
    ("version", "unknown_version"): INVALID_VERSION,
}
# Native conflicts (409 codes) -> DfE's message, for every operation.
CONFLICTS = {
    "epao_not_approved_for_standard": NOT_APPROVED,
    "outcome_not_allowed": APPRENTICE_DETAILS,
    "assessment_exists": EPA_EXISTS,
    "attempt_limit_reached": APPRENTICE_DETAILS,
    "certificate_already_submitted": ALREADY_SUBMITTED,
    "certificate_incomplete": MISSING_DATA,
    "learner_version_changed": VERSION_CHANGED,
    "learner_option_changed": OPTION_CHANGED,
    "certificate_submitted": DELETE_SUBMITTED,
    "certificate_not_draft": NOT_DRAFT,
    "certificate_deleted": CERTIFICATE_NOT_FOUND,
    "role_required": UKPRN_NOT_FOUND,
}
