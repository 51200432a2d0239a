from enum import StrEnum


class ApiV1ApprenticeshipsGatewaySubmitCreateOffTheJobErrorComponentAttr(StrEnum):
    OFF_THE_JOB = "off_the_job"

    def __str__(self) -> str:
        return str(self.value)
