from enum import StrEnum


class ApiV1AssessmentsListApprenticeshipErrorComponentAttr(StrEnum):
    APPRENTICESHIP = "apprenticeship"

    def __str__(self) -> str:
        return str(self.value)
