from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateLearnerErrorComponentCode(StrEnum):
    DUPLICATE_APPRENTICESHIP = "duplicate_apprenticeship"
    INVALID = "invalid"
    LEARNER_MISMATCH = "learner_mismatch"
    NULL = "null"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
