import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b"hello ")
    c = h.copy()
    h.update(bytearray(b"world"))
    print(h.hexdigest(), c.hexdigest())
    print(h.digest()[:8], hashlib.new(name.upper(), b"hello world").hexdigest() == h.hexdigest())
print(hashlib.sha256(b"abc" * 1000).hexdigest())
print(hashlib.md5("genpy".encode()).hexdigest(), hashlib.new("sha1", data=b"x").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
for call in [lambda: hashlib.md5("text"), lambda: hashlib.sha1().update("x"),
             lambda: hashlib.sha256(5), lambda: hashlib.new("nope")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
