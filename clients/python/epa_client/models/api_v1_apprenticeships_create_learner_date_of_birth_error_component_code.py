from enum import StrEnum


class ApiV1ApprenticeshipsCreateLearnerDateOfBirthErrorComponentCode(StrEnum):
    DATETIME = "datetime"
    DATE_OF_BIRTH_IMPLAUSIBLE = "date_of_birth_implausible"
    DATE_OF_BIRTH_IN_FUTURE = "date_of_birth_in_future"
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
