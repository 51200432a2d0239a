from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateKindErrorComponentAttr(StrEnum):
    KIND = "kind"

    def __str__(self) -> str:
        return str(self.value)
