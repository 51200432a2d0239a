from enum import StrEnum


class GatewayReasonEnum(StrEnum):
    AGE_19_PLUS_EXEMPTION = "age_19_plus_exemption"
    BSL_ALTERNATIVE = "bsl_alternative"
    EMPLOYER_SIGN_OFF_MADE = "employer_sign_off_made"
    EMPLOYER_SIGN_OFF_MISSING = "employer_sign_off_missing"
    ENGLISH_MISSING = "english_missing"
    ENTRY_LEVEL_3_WITH_EHC_PLAN = "entry_level_3_with_ehc_plan"
    LEVEL_1_ACHIEVED = "level_1_achieved"
    LEVEL_2_ACHIEVED = "level_2_achieved"
    MATHS_MISSING = "maths_missing"
    MINIMUM_DURATION_MET = "minimum_duration_met"
    MINIMUM_DURATION_NOT_MET = "minimum_duration_not_met"
    OFF_THE_JOB_MET = "off_the_job_met"
    OFF_THE_JOB_NOT_RECORDED = "off_the_job_not_recorded"
    OFF_THE_JOB_SHORT = "off_the_job_short"
    OPTION_CHOSEN = "option_chosen"
    OPTION_MISSING = "option_missing"
    OPTION_NOT_IN_VERSION = "option_not_in_version"
    OTJ_MINIMUM_NOT_PUBLISHED = "otj_minimum_not_published"
    PORTFOLIO_COMPLETE = "portfolio_complete"
    PORTFOLIO_EMPTY = "portfolio_empty"
    PORTFOLIO_KSBS_MISSING = "portfolio_ksbs_missing"
    PROVIDER_DECLARATION_MADE = "provider_declaration_made"
    PROVIDER_DECLARATION_MISSING = "provider_declaration_missing"
    STANDARD_HAS_NO_OPTIONS = "standard_has_no_options"

    def __str__(self) -> str:
        return str(self.value)
