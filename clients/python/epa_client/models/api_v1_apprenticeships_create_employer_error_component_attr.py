from enum import StrEnum


class ApiV1ApprenticeshipsCreateEmployerErrorComponentAttr(StrEnum):
    EMPLOYER = "employer"

    def __str__(self) -> str:
        return str(self.value)
