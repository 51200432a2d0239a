from enum import StrEnum


class ApiV1ApprenticeshipsCreateLearnerErrorComponentCode(StrEnum):
    DUPLICATE_APPRENTICESHIP = "duplicate_apprenticeship"

    def __str__(self) -> str:
        return str(self.value)
