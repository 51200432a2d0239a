from enum import StrEnum


class GatewayRuleEnum(StrEnum):
    EMPLOYER_SIGN_OFF = "employer_sign_off"
    ENGLISH_MATHS_19_PLUS_EXEMPTION = "english_maths_19_plus_exemption"
    ENGLISH_MATHS_ENTRY_LEVEL_3 = "english_maths_entry_level_3"
    ENGLISH_MATHS_LEVEL_1 = "english_maths_level_1"
    ENGLISH_MATHS_LEVEL_1_AND_LEVEL_2_TEST = "english_maths_level_1_and_level_2_test"
    ENGLISH_MATHS_LEVEL_2 = "english_maths_level_2"
    MINIMUM_DURATION_12_MONTHS = "minimum_duration_12_months"
    MINIMUM_DURATION_8_MONTHS = "minimum_duration_8_months"
    OPTION_CHOSEN = "option_chosen"
    OTJ_20_PERCENT = "otj_20_percent"
    OTJ_6_HOURS_A_WEEK = "otj_6_hours_a_week"
    OTJ_PUBLISHED_MINIMUM = "otj_published_minimum"
    PORTFOLIO_COVERS_OPTION = "portfolio_covers_option"
    PORTFOLIO_COVERS_PLAN = "portfolio_covers_plan"
    PROVIDER_DECLARATION = "provider_declaration"

    def __str__(self) -> str:
        return str(self.value)
