from enum import StrEnum


class ApiV1AssessmentsListStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    PROVISIONAL = "provisional"
    RELEASED = "released"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
