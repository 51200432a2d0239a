from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreatePlannedEndDateErrorComponentAttr(StrEnum):
    PLANNED_END_DATE = "planned_end_date"

    def __str__(self) -> str:
        return str(self.value)
