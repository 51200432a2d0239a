from enum import StrEnum


class ApiV1StandardsListRouteErrorComponentAttr(StrEnum):
    ROUTE = "route"

    def __str__(self) -> str:
        return str(self.value)
