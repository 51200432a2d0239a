from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponentCode(StrEnum):
    DUPLICATE_APPRENTICESHIP = "duplicate_apprenticeship"
    INVALID = "invalid"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
