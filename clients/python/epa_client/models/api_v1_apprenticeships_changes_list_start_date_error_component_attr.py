from enum import StrEnum


class ApiV1ApprenticeshipsChangesListStartDateErrorComponentAttr(StrEnum):
    START_DATE = "start_date"

    def __str__(self) -> str:
        return str(self.value)
