from enum import StrEnum


class GatewayComponentEnum(StrEnum):
    EMPLOYER_SIGN_OFF = "employer_sign_off"
    ENGLISH = "english"
    MATHS = "maths"
    MINIMUM_DURATION = "minimum_duration"
    OFF_THE_JOB = "off_the_job"
    OPTION = "option"
    PORTFOLIO = "portfolio"
    PROVIDER_DECLARATION = "provider_declaration"

    def __str__(self) -> str:
        return str(self.value)
