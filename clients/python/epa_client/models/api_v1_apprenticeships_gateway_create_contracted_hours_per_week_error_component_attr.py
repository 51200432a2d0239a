from enum import StrEnum


class ApiV1ApprenticeshipsGatewayCreateContractedHoursPerWeekErrorComponentAttr(StrEnum):
    CONTRACTED_HOURS_PER_WEEK = "contracted_hours_per_week"

    def __str__(self) -> str:
        return str(self.value)
