import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[::37], b"\xff\xfe\xfd"]
for s in samples:
    e64 = base64.b64encode(s)
    print(s, e64, base64.b64decode(e64), base64.b64decode(e64.decode()) == s)
    print(base64.b32encode(s), base64.b32decode(base64.b32encode(s)) == s, base64.b32hexencode(s))
    print(base64.b16encode(s), base64.b16decode(base64.b16encode(s)) == s, base64.b32hexdecode(base64.b32hexencode(s)) == s)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", altchars=b"*!"))
print(base64.b64decode(b"+/+/", altchars=b"-_"), base64.b64decode("-_-_", altchars="-_"))
print(base64.standard_b64encode(b"genpy"), base64.standard_b64decode(b"Z2VucHk="))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"), base64.b32decode("0ZXW6YQ=", map01="L"))
print(base64.b16decode("666f6f", casefold=True), base64.b64encode(bytearray(b"ba")))
blob = bytes(range(100))
enc = base64.encodebytes(blob)
print(enc)
print(base64.decodebytes(enc) == blob, base64.encodebytes(b""))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"xy"), binascii.a2b_hex(b"7879"))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abc", newline=False), binascii.a2b_base64("YWJj"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
for s in ["YWJj", "YWJ", "YW", "Y", "YWJjZA==", "YWJjZA=", "YW Jj", "=YWJj", "YWJjZA==YQ==", "YW=Jj",
          "Y===", "YWJj\n", "Y@WJj", "YWJjZ", "YWJjZA", "YWJj=", "YWJj==", "YW==", "YW=", "Y=", "YWJ=",
          "YWJ==", "YW==YW==", "YW===", "==", "YWJ=x", "YW=x=", "", "=", "YWJjZA==\n", "YW==\n"]:
    for validate in [False, True]:
        try:
            print(repr(s), validate, base64.b64decode(s, validate=validate))
        except binascii.Error as e:
            print(repr(s), validate, "Error:", e)
calls = [
    (base64.b64encode, "x"), (base64.b64decode, "é"), (base64.b64decode, 5), (base64.b32encode, "x"),
    (base64.b16encode, "x"), (base64.b32decode, "MFRGG==="), (base64.b32decode, "MFRGG=="),
    (base64.b32decode, "mfrgg==="), (base64.b32decode, "MFRG1==="), (base64.b16decode, "abc"),
    (base64.b16decode, "6G"), (base64.b16decode, "616"), (binascii.unhexlify, "6"),
    (binascii.unhexlify, "zz"), (base64.b32decode, "MFRGGZA="), (base64.b32decode, "M======="),
    (base64.urlsafe_b64decode, "YWJj-_8="), (base64.encodebytes, "x"), (base64.decodebytes, "eA=="),
]
for f, arg in calls:
    try:
        print(f.__name__, repr(arg), f(arg))
    except (ValueError, TypeError) as e:
        print(f.__name__, repr(arg), type(e).__name__, e)
print(binascii.Error.__mro__[1], issubclass(binascii.Error, ValueError))
base64.b64decode("abc")
