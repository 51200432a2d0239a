from enum import StrEnum


class SyncRecordStatusEnum(StrEnum):
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
