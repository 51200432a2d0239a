from enum import StrEnum


class ApiV1AssessorConflictsCreateEpaoErrorComponentAttr(StrEnum):
    EPAO = "epao"

    def __str__(self) -> str:
        return str(self.value)
