from enum import StrEnum


class ApiV1AssessmentPlansCreateOwnerErrorComponentAttr(StrEnum):
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)
