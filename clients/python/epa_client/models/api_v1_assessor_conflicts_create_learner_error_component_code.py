from enum import StrEnum


class ApiV1AssessorConflictsCreateLearnerErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INVALID = "invalid"
    ONE_PARTY_REQUIRED = "one_party_required"

    def __str__(self) -> str:
        return str(self.value)
