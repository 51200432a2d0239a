from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreateStartDateErrorComponentAttr(StrEnum):
    START_DATE = "start_date"

    def __str__(self) -> str:
        return str(self.value)
