from enum import StrEnum


class ApiV1AssessmentsQualityAssuranceCreateChangesErrorComponentAttr(StrEnum):
    CHANGES = "changes"

    def __str__(self) -> str:
        return str(self.value)
