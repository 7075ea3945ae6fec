# uuid: a parsed UUID and its views, the name-based uuid3/uuid5 in each namespace,
# random and time-based ones checked for their structure, ordering, hashing, and the
# constructor errors.
import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.variant, u.version, u.time, u.clock_seq, u.node, int(u))
for ns, name in [(uuid.NAMESPACE_DNS, "python.org"), (uuid.NAMESPACE_URL, "https://example.com/a"), (uuid.NAMESPACE_OID, "1.2.3"), (uuid.NAMESPACE_X500, "cn=x")]:
    a, b = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
    print(a, a.version, a.variant, b, b.version, repr(b))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r == uuid.UUID(str(r)), r == uuid.UUID(bytes=r.bytes), uuid.UUID(bytes_le=r.bytes_le) == r, uuid.UUID(fields=r.fields) == r, uuid.UUID(int=r.int) == r)
t = uuid.uuid1()
print(t.version, t.variant, t.time > 0x01B21DD213814000, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node, uuid.uuid1(clock_seq=0x1234).clock_seq)
print(uuid.UUID(int=0), uuid.UUID(int=0).version, uuid.UUID(int=0).variant, uuid.UUID(int=(1<<128)-1).variant)
print(uuid.UUID('urn:uuid:12345678123456781234567812345678') == u, sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
print(len({u, uuid.UUID(str(u)), uuid.UUID(int=1)}), u < uuid.UUID(int=(1<<128)-1), u != "x", u == 1)
print(uuid.UUID(int=1, version=4))
print(uuid.SafeUUID.unknown, u.is_safe)
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID('abc'), lambda: uuid.UUID(bytes=b'x'), lambda: uuid.UUID(bytes_le=b'x'),
            lambda: uuid.UUID(fields=(1,2)), lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=6), lambda: uuid.UUID(hex='x', int=1),
            lambda: setattr(u, 'int', 5), lambda: setattr(u, 'foo', 5), lambda: u < 3, lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b"x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
