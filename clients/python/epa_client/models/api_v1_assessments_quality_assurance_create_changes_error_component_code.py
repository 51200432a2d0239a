from enum import StrEnum


class ApiV1AssessmentsQualityAssuranceCreateChangesErrorComponentCode(StrEnum):
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
