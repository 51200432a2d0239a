from enum import StrEnum


class ApiV1WebhooksPartialUpdateEventTypesErrorComponentCode(StrEnum):
    EMPTY = "empty"
    MAX_LENGTH = "max_length"
    MIN_LENGTH = "min_length"
    NOT_A_LIST = "not_a_list"
    NULL = "null"
    REQUIRED = "required"
    UNKNOWN_EVENT_TYPE = "unknown_event_type"

    def __str__(self) -> str:
        return str(self.value)
