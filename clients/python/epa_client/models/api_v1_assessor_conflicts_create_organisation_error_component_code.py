from enum import StrEnum


class ApiV1AssessorConflictsCreateOrganisationErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    INCORRECT_TYPE = "incorrect_type"
    NOT_A_PARTY = "not_a_party"

    def __str__(self) -> str:
        return str(self.value)
