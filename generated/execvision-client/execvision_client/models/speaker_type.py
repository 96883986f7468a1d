from enum import StrEnum


class SpeakerType(StrEnum):
    EXTERNAL = "EXTERNAL"
    INTERNAL = "INTERNAL"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
