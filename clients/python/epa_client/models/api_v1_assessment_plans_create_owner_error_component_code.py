from enum import StrEnum


class ApiV1AssessmentPlansCreateOwnerErrorComponentCode(StrEnum):
    CANNOT_CHANGE = "cannot_change"
    DOES_NOT_EXIST = "does_not_exist"
    EPAO_NOT_APPROVED = "epao_not_approved"
    INCORRECT_TYPE = "incorrect_type"
    NOT_AN_EPAO = "not_an_epao"
    OWNER_NOT_YOURS = "owner_not_yours"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
