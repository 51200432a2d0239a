from enum import StrEnum


class LivenessStatusEnum(StrEnum):
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
