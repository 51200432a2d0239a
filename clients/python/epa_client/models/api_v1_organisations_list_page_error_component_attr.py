from enum import StrEnum


class ApiV1OrganisationsListPageErrorComponentAttr(StrEnum):
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
