from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateOutcomeErrorComponentAttr(StrEnum):
    OUTCOME = "outcome"

    def __str__(self) -> str:
        return str(self.value)
