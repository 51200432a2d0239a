from enum import StrEnum


class ApiV1WebhooksListPageErrorComponentAttr(StrEnum):
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
