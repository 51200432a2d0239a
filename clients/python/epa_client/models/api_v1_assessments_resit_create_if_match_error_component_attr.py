from enum import StrEnum


class ApiV1AssessmentsResitCreateIfMatchErrorComponentAttr(StrEnum):
    IF_MATCH = "If-Match"

    def __str__(self) -> str:
        return str(self.value)
