from enum import StrEnum


class ApiV1AssessmentsMethodsBookingCreateAssessorErrorComponentCode(StrEnum):
    ASSESSOR_DECLARED_CONFLICT = "assessor_declared_conflict"
    ASSESSOR_PREVIOUSLY_ASSESSED = "assessor_previously_assessed"
    ASSESSOR_WORKS_FOR_PARTY = "assessor_works_for_party"
    BLANK = "blank"
    INVALID = "invalid"
    MAX_LENGTH = "max_length"
    NOT_AN_ASSESSOR = "not_an_assessor"
    NULL = "null"
    NULL_CHARACTERS_NOT_ALLOWED = "null_characters_not_allowed"
    REQUIRED = "required"
    SURROGATE_CHARACTERS_NOT_ALLOWED = "surrogate_characters_not_allowed"

    def __str__(self) -> str:
        return str(self.value)
