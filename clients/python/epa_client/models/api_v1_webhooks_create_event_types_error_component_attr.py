from enum import StrEnum


class ApiV1WebhooksCreateEventTypesErrorComponentAttr(StrEnum):
    EVENT_TYPES = "event_types"

    def __str__(self) -> str:
        return str(self.value)
