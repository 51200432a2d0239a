from enum import StrEnum


class ApiV1WebhooksPartialUpdateEventTypesErrorComponentAttr(StrEnum):
    EVENT_TYPES = "event_types"

    def __str__(self) -> str:
        return str(self.value)
