from enum import StrEnum


class ApiV1WebhooksPartialUpdateUrlErrorComponentAttr(StrEnum):
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
