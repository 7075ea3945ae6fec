import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info.releaselevel)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(repr(sys.float_info))
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.maxunicode, sys.byteorder)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.hexversion >= 0x030B0000)
try:
    raise ValueError("boom")
except ValueError:
    print(type(sys.exception()).__name__, sys.exception(), sys.exc_info()[0].__name__)
print(sys.exception())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
