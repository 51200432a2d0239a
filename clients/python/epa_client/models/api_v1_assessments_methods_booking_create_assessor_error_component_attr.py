from enum import StrEnum


class ApiV1AssessmentsMethodsBookingCreateAssessorErrorComponentAttr(StrEnum):
    ASSESSOR = "assessor"

    def __str__(self) -> str:
        return str(self.value)
