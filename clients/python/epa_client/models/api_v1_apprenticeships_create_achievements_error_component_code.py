from enum import StrEnum


class ApiV1ApprenticeshipsCreateAchievementsErrorComponentCode(StrEnum):
    INVALID = "invalid"
    NOT_A_LIST = "not_a_list"
    NULL = "null"

    def __str__(self) -> str:
        return str(self.value)
