from enum import StrEnum


class ApiV1AssessmentsMethodsBookingCreateAssessorErrorComponentCode(StrEnum):
    ASSESSOR_DECLARED_CONFLICT = "assessor_declared_conflict"
    ASSESSOR_PREVIOUSLY_ASSESSED = "assessor_previously_assessed"
    ASSESSOR_WORKS_FOR_PARTY = "assessor_works_for_party"
    DOES_NOT_EXIST = "does_not_exist"
    INVALID = "invalid"
    NOT_AN_ASSESSOR = "not_an_assessor"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
