"""The learners' error codes given outside the tables of ``epa.learners.services``
(``LEARNER_ERROR_CODES``, ``APPRENTICESHIP_ERROR_CODES``): by the bulk sync, per record and for
the whole request, by the API's choice of provider and by the admin's learner form."""

from epa.core.codes import define_field_codes

# A new learner's details, named within the apprenticeship's ``learner``.
define_field_codes("learners.apprenticeship", {
    f"learner.{name}": ["required"] for name in ("given_names", "family_name", "date_of_birth")})
# The bulk sync: the request, and each record's result.
define_field_codes("learners.sync", {
    "provider": ["provider_not_yours", "required"],
    "records": ["too_many_records"],
})
define_field_codes("learners.sync_record", {
    "version": ["unknown_version"],
    "option": ["unknown_option"],
    "employer": ["does_not_exist"],
    "epao": ["does_not_exist"],
    "uln": ["duplicate_in_batch", "conflicting_learner"],
    # a record that withdraws (``status: withdrawn``): the withdrawal's refusals
    "status": ["status_move_not_allowed", "role_required"],
    "withdrawn_on": ["required", "date_in_future", "before_start"],
    "withdrawal_reason": ["required"],
})
# The admin's learner form.
define_field_codes("learners.admin", {"uln": ["duplicate_uln"]})
