from enum import StrEnum


class ApiV1OrganisationsApiKeysListPageErrorComponentAttr(StrEnum):
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
