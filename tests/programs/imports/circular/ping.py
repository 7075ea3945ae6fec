print("ping starts")
import pong as pong_module

print("ping continues")


def ping(n):
    return ["ping"] + (pong_module.pong(n - 1) if n > 0 else [])
