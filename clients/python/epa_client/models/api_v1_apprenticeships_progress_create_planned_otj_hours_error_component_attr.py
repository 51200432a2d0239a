from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreatePlannedOtjHoursErrorComponentAttr(StrEnum):
    PLANNED_OTJ_HOURS = "planned_otj_hours"

    def __str__(self) -> str:
        return str(self.value)
