from enum import StrEnum


class ApiV1ReportsResultsRetrieveEmployerErrorComponentAttr(StrEnum):
    EMPLOYER = "employer"

    def __str__(self) -> str:
        return str(self.value)
