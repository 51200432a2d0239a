from enum import StrEnum


class ApiV1AssessorConflictsCreateUlnErrorComponentCode(StrEnum):
    INVALID = "invalid"
    NULL = "null"
    NULL_CHARACTERS_NOT_ALLOWED = "null_characters_not_allowed"
    ONE_PARTY_REQUIRED = "one_party_required"
    SURROGATE_CHARACTERS_NOT_ALLOWED = "surrogate_characters_not_allowed"

    def __str__(self) -> str:
        return str(self.value)
