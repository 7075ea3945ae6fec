# float() of bytes and bytearray parses their ASCII text like a str, and its
# ValueError shows the bytes.
for f in [lambda: float(b"1.5"), lambda: float(bytearray(b" 2e3 ")), lambda: float(b"-inf"), lambda: float(b"1_0.5"), lambda: float(b"x"), lambda: float(bytearray(b""))]:
    try:
        print(repr(f()))
    except ValueError as e:
        print("ValueError:", e)
