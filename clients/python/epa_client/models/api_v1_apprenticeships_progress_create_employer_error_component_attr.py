from enum import StrEnum


class ApiV1ApprenticeshipsProgressCreateEmployerErrorComponentAttr(StrEnum):
    EMPLOYER = "employer"

    def __str__(self) -> str:
        return str(self.value)
