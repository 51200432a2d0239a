from enum import StrEnum


class ApiV1WebhooksCreateDescriptionErrorComponentAttr(StrEnum):
    DESCRIPTION = "description"

    def __str__(self) -> str:
        return str(self.value)
