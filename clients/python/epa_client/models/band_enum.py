from enum import StrEnum


class BandEnum(StrEnum):
    DISTINCTION = "distinction"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
