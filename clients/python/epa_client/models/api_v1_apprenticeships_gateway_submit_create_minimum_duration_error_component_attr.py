from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreateMinimumDurationErrorComponentAttr(StrEnum):
    MINIMUM_DURATION = "minimum_duration"

    def __str__(self) -> str:
        return str(self.value)
