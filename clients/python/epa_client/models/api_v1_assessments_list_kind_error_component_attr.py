from enum import StrEnum


class ApiV1AssessmentsListKindErrorComponentAttr(StrEnum):
    KIND = "kind"

    def __str__(self) -> str:
        return str(self.value)
