from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateOutcomeDateErrorComponentAttr(StrEnum):
    OUTCOME_DATE = "outcome_date"

    def __str__(self) -> str:
        return str(self.value)
