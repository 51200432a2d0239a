from enum import StrEnum


class ApiV1AssessmentPlansUpdateVersionErrorComponentCode(StrEnum):
    DUPLICATE_PLAN_VERSION = "duplicate_plan_version"

    def __str__(self) -> str:
        return str(self.value)
