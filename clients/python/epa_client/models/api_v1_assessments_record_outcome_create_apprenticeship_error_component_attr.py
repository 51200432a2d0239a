from enum import StrEnum


class ApiV1AssessmentsRecordOutcomeCreateApprenticeshipErrorComponentAttr(StrEnum):
    APPRENTICESHIP = "apprenticeship"

    def __str__(self) -> str:
        return str(self.value)
