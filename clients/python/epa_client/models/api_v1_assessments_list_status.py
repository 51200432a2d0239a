from enum import StrEnum


class ApiV1AssessmentsListStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    PROVISIONAL = "provisional"
    RELEASED = "released"

    def __str__(self) -> str:
        return str(self.value)
