from enum import StrEnum


class ApiV1WebhooksPartialUpdateDescriptionErrorComponentAttr(StrEnum):
    DESCRIPTION = "description"

    def __str__(self) -> str:
        return str(self.value)
