from enum import StrEnum


class ApiV1AssessorConflictsCreateOrganisationErrorComponentCode(StrEnum):
    INVALID = "invalid"
    MAX_STRING_LENGTH = "max_string_length"
    MAX_VALUE = "max_value"
    MIN_VALUE = "min_value"
    NOT_A_PARTY = "not_a_party"

    def __str__(self) -> str:
        return str(self.value)
