print("pong starts")
import ping

print("pong sees ping partially:", hasattr(ping, "ping"))


def pong(n):
    return ["pong"] + (ping.ping(n - 1) if n > 0 else [])
