from enum import StrEnum


class ApiV1AssessmentsCreateApprenticeshipErrorComponentAttr(StrEnum):
    APPRENTICESHIP = "apprenticeship"

    def __str__(self) -> str:
        return str(self.value)
