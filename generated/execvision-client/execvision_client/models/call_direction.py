from enum import StrEnum


class CallDirection(StrEnum):
    INBOUND = "INBOUND"
    OUTBOUND = "OUTBOUND"
    SCREENSHARE = "SCREENSHARE"

    def __str__(self) -> str:
        return str(self.value)
