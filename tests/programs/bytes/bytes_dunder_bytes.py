# bytes(obj) asks an object's __bytes__ for its bytes (bytearray(obj) does not), and
# rejects a __bytes__ that returns something else.
class Packet:
    def __init__(self, kind, body):
        self.kind, self.body = kind, body

    def __bytes__(self):
        return bytes([self.kind, len(self.body)]) + self.body

class Bad:
    def __bytes__(self):
        return "text"

p = Packet(7, b"hi")
print(bytes(p), bytes(p).hex(), b"%b" % p)
try:
    bytearray(p)
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(Bad())
except TypeError as e:
    print("TypeError:", e)
