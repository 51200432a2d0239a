from enum import StrEnum


class ApiV1StandardsKsbsListKindErrorComponentAttr(StrEnum):
    KIND = "kind"

    def __str__(self) -> str:
        return str(self.value)
