from enum import StrEnum


class ApiV1AssessmentPlansCreateMethodsINDEXCriteriaINDEXBandErrorComponentCode(StrEnum):
    BAND_NOT_IN_SCALE = "band_not_in_scale"
    INVALID_CHOICE = "invalid_choice"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
