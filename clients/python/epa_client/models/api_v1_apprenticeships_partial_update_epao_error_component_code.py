from enum import StrEnum


class ApiV1ApprenticeshipsPartialUpdateEpaoErrorComponentCode(StrEnum):
    DOES_NOT_EXIST = "does_not_exist"
    EPAO_NOT_APPROVED = "epao_not_approved"
    GATEWAY_SUBMITTED = "gateway_submitted"
    INCORRECT_TYPE = "incorrect_type"
    LOCKED_AFTER_GATEWAY = "locked_after_gateway"
    NOT_AN_EPAO = "not_an_epao"

    def __str__(self) -> str:
        return str(self.value)
