from enum import StrEnum


class ApiV1AssessorConflictsCreateLearnerErrorComponentAttr(StrEnum):
    LEARNER = "learner"

    def __str__(self) -> str:
        return str(self.value)
