from enum import StrEnum


class EpaOutcomeEnum(StrEnum):
    FAIL = "fail"
    PASS = "pass"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
