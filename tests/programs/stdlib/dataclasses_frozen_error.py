from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    name: str
    retries: int = 3


c = Config("svc")
print(c, hash(c) == hash(Config("svc", 3)))
c.retries = 5
