from enum import StrEnum


class ApiV1StandardsKsbsListKind(StrEnum):
    BEHAVIOUR = "behaviour"
    KNOWLEDGE = "knowledge"
    SKILL = "skill"

    def __str__(self) -> str:
        return str(self.value)
