from enum import StrEnum


class BandEnum(StrEnum):
    CREDIT = "credit"
    DISTINCTION = "distinction"
    EXCELLENCE = "excellence"
    MERIT = "merit"
    OUTSTANDING = "outstanding"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
