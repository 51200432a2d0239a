from enum import StrEnum


class ApiV1ApprenticeshipsGatewayPartialUpdateOffTheJobHoursErrorComponentAttr(StrEnum):
    OFF_THE_JOB_HOURS = "off_the_job_hours"

    def __str__(self) -> str:
        return str(self.value)
