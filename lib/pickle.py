# pickle, written from its documentation and the pickle protocol (PEP 307, PEP 3154,
# PEP 574): dumps/dump write protocols 4 and 5 with the opcodes, memo and framing
# CPython's pickler uses, so simple values give the same bytes; loads/load read every
# protocol (0 to 5) except persistent ids, extension codes and out-of-band buffers.
# Objects are reduced as the documentation describes: __reduce_ex__/__reduce__ where a
# class defines them, else by class and state (__getnewargs__, __getstate__,
# __setstate__, the instance dict); functions and classes by qualified name.

import io
import struct
import sys

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """The base class of the pickling errors."""


class PicklingError(PickleError):
    """An object that cannot be pickled."""


class UnpicklingError(PickleError):
    """Data that cannot be unpickled."""


# Opcodes.
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_TUPLE_SIZED = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# Items written per APPENDS, SETITEMS or ADDITEMS.
_BATCH = 1000
# A frame is closed once it holds this many bytes.
_FRAME_TARGET = 64 * 1024
# Smaller pickles are written without a frame.
_FRAME_MIN = 4


def _int_bytes(n):
    # Little-endian two's complement, as short as possible (LONG1/LONG4).
    if n == 0:
        return b""
    size = (n.bit_length() >> 3) + 1
    data = n.to_bytes(size, "little", signed=True)
    if n < 0 and size > 1 and data[-1] == 0xFF and data[-2] & 0x80:
        data = data[:-1]
    return data


def _has_own(cls, name):
    # Whether a class other than object defines name.
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _which_module(obj, name):
    # The module holding obj under name, for objects that do not say (builtins).
    for module_name, module in list(sys.modules.items()):
        if module_name == "__main__" or module is None:
            continue
        found = module
        try:
            for part in name.split("."):
                found = getattr(found, part)
        except AttributeError:
            continue
        if found is obj:
            return module_name
    return "__main__"


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 4:
            raise NotImplementedError(
                "genpy's pickle writes protocols 4 and 5 only (protocol %d asked)" % protocol)
        if buffer_callback is not None:
            raise NotImplementedError("genpy's pickle has no out-of-band buffers")
        self._file = file
        self.proto = protocol
        self.fast = False
        self.memo = {}
        self._frame = []
        self._frame_size = 0

    def clear_memo(self):
        """Forget the objects already written."""
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj."""
        self._file.write(PROTO + bytes([self.proto]))
        self.save(obj)
        self._write(STOP)
        self._commit_frame()

    def _write(self, data):
        self._frame.append(data)
        self._frame_size += len(data)

    def _commit_frame(self):
        data = b"".join(self._frame)
        self._frame = []
        self._frame_size = 0
        if not data:
            return
        if len(data) >= _FRAME_MIN:
            self._file.write(FRAME + struct.pack("<Q", len(data)))
        self._file.write(data)

    def _memoize(self, obj):
        self._write(MEMOIZE)
        self.memo[id(obj)] = (len(self.memo), obj)

    def _get(self, index):
        if index < 256:
            return BINGET + bytes([index])
        return LONG_BINGET + struct.pack("<I", index)

    def save(self, obj):
        """Write obj (the opcodes of one object)."""
        if self._frame_size >= _FRAME_TARGET:
            self._commit_frame()
        known = self.memo.get(id(obj))
        if known is not None:
            self._write(self._get(known[0]))
            return
        t = type(obj)
        if obj is None:
            self._write(NONE)
        elif obj is True:
            self._write(NEWTRUE)
        elif obj is False:
            self._write(NEWFALSE)
        elif t is int:
            self._save_int(obj)
        elif t is float:
            self._write(BINFLOAT + struct.pack(">d", obj))
        elif t is str:
            self._save_str(obj)
        elif t is bytes:
            self._save_bytes(obj)
        elif t is bytearray and self.proto >= 5:
            self._write(BYTEARRAY8 + struct.pack("<Q", len(obj)) + bytes(obj))
            self._memoize(obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is list:
            self._write(EMPTY_LIST)
            self._memoize(obj)
            self._batch_appends(obj)
        elif t is dict:
            self._write(EMPTY_DICT)
            self._memoize(obj)
            self._batch_setitems(list(obj.items()))
        elif t is set:
            self._write(EMPTY_SET)
            self._memoize(obj)
            items = list(obj)
            for i in range(0, len(items), _BATCH):
                self._write(MARK)
                for item in items[i:i + _BATCH]:
                    self.save(item)
                self._write(ADDITEMS)
        elif t is frozenset:
            self._write(MARK)
            for item in obj:
                self.save(item)
            self._write(FROZENSET)
            self._memoize(obj)
        elif isinstance(obj, type) or callable(obj) and hasattr(obj, "__qualname__") \
                and not _has_own(t, "__reduce_ex__") and not _has_own(t, "__reduce__"):
            self.save_global(obj)
        else:
            self._save_reduced(obj)

    def _save_int(self, n):
        if 0 <= n < 256:
            self._write(BININT1 + bytes([n]))
        elif 0 <= n < 65536:
            self._write(BININT2 + struct.pack("<H", n))
        elif -0x80000000 <= n < 0x80000000:
            self._write(BININT + struct.pack("<i", n))
        else:
            data = _int_bytes(n)
            if len(data) < 256:
                self._write(LONG1 + bytes([len(data)]) + data)
            else:
                self._write(LONG4 + struct.pack("<i", len(data)) + data)

    def _save_str(self, s):
        data = s.encode("utf-8", "surrogatepass")
        if len(data) < 256:
            self._write(SHORT_BINUNICODE + bytes([len(data)]) + data)
        elif len(data) < 0x100000000:
            self._write(BINUNICODE + struct.pack("<I", len(data)) + data)
        else:
            self._write(BINUNICODE8 + struct.pack("<Q", len(data)) + data)
        self._memoize(s)

    def _save_bytes(self, b):
        if len(b) < 256:
            self._write(SHORT_BINBYTES + bytes([len(b)]) + b)
        elif len(b) < 0x100000000:
            self._write(BINBYTES + struct.pack("<I", len(b)) + b)
        else:
            self._write(BINBYTES8 + struct.pack("<Q", len(b)) + b)
        self._memoize(b)

    def _save_tuple(self, t):
        if not t:
            self._write(EMPTY_TUPLE)
            return
        if len(t) > 3:
            self._write(MARK)
        for item in t:
            self.save(item)
        known = self.memo.get(id(t))
        if known is not None:
            # The tuple was reached through one of its items: use that copy.
            self._write((POP * len(t) if len(t) <= 3 else POP_MARK) + self._get(known[0]))
            return
        self._write(_TUPLE_SIZED[len(t)] if len(t) <= 3 else TUPLE)
        self._memoize(t)

    def _batch_appends(self, items):
        items = list(items)
        if len(items) == 1:
            self.save(items[0])
            self._write(APPEND)
            return
        for i in range(0, len(items), _BATCH):
            self._write(MARK)
            for item in items[i:i + _BATCH]:
                self.save(item)
            self._write(APPENDS)

    def _batch_setitems(self, pairs):
        if len(pairs) == 1:
            self.save(pairs[0][0])
            self.save(pairs[0][1])
            self._write(SETITEM)
            return
        for i in range(0, len(pairs), _BATCH):
            self._write(MARK)
            for k, v in pairs[i:i + _BATCH]:
                self.save(k)
                self.save(v)
            self._write(SETITEMS)

    def save_global(self, obj, name=None):
        """Write a reference to a function or class by its module and qualified name."""
        if name is None:
            name = getattr(obj, "__qualname__", None) or obj.__name__
        if "<locals>" in name:
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = getattr(obj, "__module__", None) or _which_module(obj, name)
        try:
            __import__(module_name)
            found = sys.modules[module_name]
            for part in name.split("."):
                found = getattr(found, part)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        self.save(module_name)
        self.save(name)
        self._write(STACK_GLOBAL)
        self._memoize(obj)

    def _save_reduced(self, obj):
        t = type(obj)
        if _has_own(t, "__reduce_ex__"):
            rv = obj.__reduce_ex__(self.proto)
        elif _has_own(t, "__reduce__"):
            rv = obj.__reduce__()
        elif t is complex:
            rv = (complex, (obj.real, obj.imag))
        elif t is bytearray:
            rv = (bytearray, (bytes(obj),))
        elif getattr(t, "__module__", "builtins") == "builtins" or not hasattr(obj, "__dict__"):
            raise TypeError("cannot pickle '%s' object" % t.__name__)
        else:
            self._save_instance(obj)
            return
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
            raise PicklingError("__reduce__ must return a string or a tuple of length 2 to 6")
        func, args = rv[0], rv[1]
        rest = list(rv[2:]) + [None] * (6 - len(rv))
        state, listitems, dictitems = rest[0], rest[1], rest[2]
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        self.save(func)
        self.save(args)
        self._write(REDUCE)
        self._memoize(obj)
        self._save_tail(state, listitems, dictitems)

    def _save_instance(self, obj):
        # The default reduction of an instance: its class, __getnewargs__ and state.
        cls = type(obj)
        args = obj.__getnewargs__() if _has_own(cls, "__getnewargs__") else ()
        self.save(cls)
        self.save(tuple(args))
        self._write(NEWOBJ)
        self._memoize(obj)
        if _has_own(cls, "__getstate__"):
            state = obj.__getstate__()
        else:
            state = dict(obj.__dict__) or None
        self._save_tail(state, None, None)

    def _save_tail(self, state, listitems, dictitems):
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(list(dictitems))
        if state is not None:
            self.save(state)
            self._write(BUILD)


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Reads objects back from pickles in a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._file = file
        self._encoding = encoding
        self._errors = errors
        self.memo = {}

    def find_class(self, module, name):
        """The object a GLOBAL or STACK_GLOBAL names (Python 2 names mapped)."""
        module = _PY2_MODULES.get(module, module)
        special = _PY2_OBJECTS.get((module, name))
        if special is not None:
            return special
        __import__(module)
        found = sys.modules[module]
        for part in name.split("."):
            found = getattr(found, part)
        return found

    def persistent_load(self, pid):
        raise UnpicklingError("unsupported persistent id encountered")

    def _read(self, n):
        data = self._file.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self._file.readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def _pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def load(self):
        """Read one object."""
        self.stack = []
        self.metastack = []
        while True:
            code = self._file.read(1)
            if not code:
                raise EOFError("Ran out of input")
            handler = _DISPATCH.get(code[0])
            if handler is None:
                key = chr(code[0]) if 0x20 <= code[0] < 0x7F else "\\x%02x" % code[0]
                raise UnpicklingError("invalid load key, '%s'." % key)
            try:
                handler(self)
            except _Stop as stop:
                return stop.value

    # The opcodes, each reading its argument and changing the stack.
    def _proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)

    def _frame(self):
        self._read(8)

    def _stop(self):
        raise _Stop(self.stack.pop())

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def _pop_mark_op(self):
        self._pop_mark()

    def _dup(self):
        self.stack.append(self.stack[-1])

    def _persid(self):
        self.stack.append(self.persistent_load(self._readline().decode("ascii")))

    def _binpersid(self):
        self.stack.append(self.persistent_load(self.stack.pop()))

    def _none(self):
        self.stack.append(None)

    def _newtrue(self):
        self.stack.append(True)

    def _newfalse(self):
        self.stack.append(False)

    def _int(self):
        text = self._readline()
        if text == b"00":
            self.stack.append(False)
        elif text == b"01":
            self.stack.append(True)
        else:
            self.stack.append(int(text.decode("ascii")))

    def _binint(self):
        self.stack.append(struct.unpack("<i", self._read(4))[0])

    def _binint1(self):
        self.stack.append(self._read(1)[0])

    def _binint2(self):
        self.stack.append(struct.unpack("<H", self._read(2))[0])

    def _long(self):
        text = self._readline()
        if text.endswith(b"L"):
            text = text[:-1]
        self.stack.append(int(text.decode("ascii")))

    def _long1(self):
        n = self._read(1)[0]
        self.stack.append(int.from_bytes(self._read(n), "little", signed=True))

    def _long4(self):
        n = struct.unpack("<i", self._read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(int.from_bytes(self._read(n), "little", signed=True))

    def _float(self):
        self.stack.append(float(self._readline().decode("ascii")))

    def _binfloat(self):
        self.stack.append(struct.unpack(">d", self._read(8))[0])

    def _decode_string(self, data):
        if self._encoding == "bytes":
            return data
        return data.decode(self._encoding, self._errors)

    def _string(self):
        data = self._readline()
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.stack.append(self._decode_string(codecs.escape_decode(data)[0]))

    def _binstring(self):
        n = struct.unpack("<i", self._read(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._read(n)))

    def _short_binstring(self):
        self.stack.append(self._decode_string(self._read(self._read(1)[0])))

    def _unicode(self):
        self.stack.append(_raw_unicode_escape(self._readline()))

    def _binunicode(self):
        n = struct.unpack("<I", self._read(4))[0]
        self.stack.append(self._read(n).decode("utf-8", "surrogatepass"))

    def _binunicode8(self):
        n = struct.unpack("<Q", self._read(8))[0]
        self.stack.append(self._read(n).decode("utf-8", "surrogatepass"))

    def _short_binunicode(self):
        self.stack.append(self._read(self._read(1)[0]).decode("utf-8", "surrogatepass"))

    def _binbytes(self):
        self.stack.append(self._read(struct.unpack("<I", self._read(4))[0]))

    def _binbytes8(self):
        self.stack.append(self._read(struct.unpack("<Q", self._read(8))[0]))

    def _short_binbytes(self):
        self.stack.append(self._read(self._read(1)[0]))

    def _bytearray8(self):
        self.stack.append(bytearray(self._read(struct.unpack("<Q", self._read(8))[0])))

    def _buffer(self):
        raise UnpicklingError("genpy's pickle has no out-of-band buffers")

    def _tuple(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def _empty_tuple(self):
        self.stack.append(())

    def _tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def _tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def _tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def _empty_list(self):
        self.stack.append([])

    def _empty_dict(self):
        self.stack.append({})

    def _empty_set(self):
        self.stack.append(set())

    def _frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def _list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def _dict(self):
        items = self._pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def _inst(self):
        module = self._readline().decode("ascii")
        name = self._readline().decode("ascii")
        self._instantiate(self.find_class(module, name), self._pop_mark())

    def _obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def _global(self):
        module = self._readline().decode("utf-8")
        name = self._readline().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def _stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def _ext(self):
        raise UnpicklingError("genpy's pickle has no extension registry")

    def _reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)

    def _get_op(self):
        self._push_memo(int(self._readline().decode("ascii")))

    def _binget(self):
        self._push_memo(self._read(1)[0])

    def _long_binget(self):
        self._push_memo(struct.unpack("<I", self._read(4))[0])

    def _push_memo(self, i):
        try:
            self.stack.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def _put(self):
        self.memo[int(self._readline().decode("ascii"))] = self.stack[-1]

    def _binput(self):
        self.memo[self._read(1)[0]] = self.stack[-1]

    def _long_binput(self):
        self.memo[struct.unpack("<I", self._read(4))[0]] = self.stack[-1]

    def _memoize_op(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def _append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def _appends(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, list):
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    def _setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def _setitems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        if _has_own(type(inst), "__setstate__"):
            inst.__setstate__(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            # Into the instance dict itself, past any __setattr__, as CPython's.
            inst.__dict__.update(state)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)


def _raw_unicode_escape(data):
    # The raw-unicode-escape decoding: Latin-1 with backslash-u and backslash-U escapes.
    text = data.decode("latin-1")
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width:
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(c)
        i += 1
    return "".join(out)


def _reconstructor(cls, base, state):
    # How protocols 0 and 1 rebuild an instance (copyreg._reconstructor).
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _encode(text, encoding):
    # _codecs.encode, which protocols 0 to 2 use for bytes.
    return text.encode(encoding)


# The names of Python 2 and of CPython's private modules that old protocols use.
_PY2_MODULES = {"__builtin__": "builtins", "copy_reg": "copyreg"}
_PY2_OBJECTS = {
    ("copyreg", "_reconstructor"): _reconstructor,
    ("_codecs", "encode"): _encode,
    ("builtins", "long"): int,
    ("builtins", "unicode"): str,
    ("builtins", "xrange"): range,
}

_DISPATCH = {
    PROTO[0]: Unpickler._proto, FRAME[0]: Unpickler._frame, STOP[0]: Unpickler._stop,
    MARK[0]: Unpickler._mark, POP[0]: Unpickler._pop, POP_MARK[0]: Unpickler._pop_mark_op,
    DUP[0]: Unpickler._dup, PERSID[0]: Unpickler._persid, BINPERSID[0]: Unpickler._binpersid,
    NONE[0]: Unpickler._none, NEWTRUE[0]: Unpickler._newtrue, NEWFALSE[0]: Unpickler._newfalse,
    INT[0]: Unpickler._int, BININT[0]: Unpickler._binint, BININT1[0]: Unpickler._binint1,
    BININT2[0]: Unpickler._binint2, LONG[0]: Unpickler._long, LONG1[0]: Unpickler._long1,
    LONG4[0]: Unpickler._long4, FLOAT[0]: Unpickler._float, BINFLOAT[0]: Unpickler._binfloat,
    STRING[0]: Unpickler._string, BINSTRING[0]: Unpickler._binstring,
    SHORT_BINSTRING[0]: Unpickler._short_binstring, UNICODE[0]: Unpickler._unicode,
    BINUNICODE[0]: Unpickler._binunicode, BINUNICODE8[0]: Unpickler._binunicode8,
    SHORT_BINUNICODE[0]: Unpickler._short_binunicode, BINBYTES[0]: Unpickler._binbytes,
    BINBYTES8[0]: Unpickler._binbytes8, SHORT_BINBYTES[0]: Unpickler._short_binbytes,
    BYTEARRAY8[0]: Unpickler._bytearray8, NEXT_BUFFER[0]: Unpickler._buffer,
    READONLY_BUFFER[0]: Unpickler._buffer, TUPLE[0]: Unpickler._tuple,
    EMPTY_TUPLE[0]: Unpickler._empty_tuple, TUPLE1[0]: Unpickler._tuple1,
    TUPLE2[0]: Unpickler._tuple2, TUPLE3[0]: Unpickler._tuple3,
    EMPTY_LIST[0]: Unpickler._empty_list, EMPTY_DICT[0]: Unpickler._empty_dict,
    EMPTY_SET[0]: Unpickler._empty_set, FROZENSET[0]: Unpickler._frozenset,
    LIST[0]: Unpickler._list, DICT[0]: Unpickler._dict, INST[0]: Unpickler._inst,
    OBJ[0]: Unpickler._obj, NEWOBJ[0]: Unpickler._newobj, NEWOBJ_EX[0]: Unpickler._newobj_ex,
    GLOBAL[0]: Unpickler._global, STACK_GLOBAL[0]: Unpickler._stack_global,
    EXT1[0]: Unpickler._ext, EXT2[0]: Unpickler._ext, EXT4[0]: Unpickler._ext,
    REDUCE[0]: Unpickler._reduce, GET[0]: Unpickler._get_op, BINGET[0]: Unpickler._binget,
    LONG_BINGET[0]: Unpickler._long_binget, PUT[0]: Unpickler._put,
    BINPUT[0]: Unpickler._binput, LONG_BINPUT[0]: Unpickler._long_binput,
    MEMOIZE[0]: Unpickler._memoize_op, APPEND[0]: Unpickler._append,
    APPENDS[0]: Unpickler._appends, SETITEM[0]: Unpickler._setitem,
    SETITEMS[0]: Unpickler._setitems, ADDITEMS[0]: Unpickler._additems,
    BUILD[0]: Unpickler._build,
}


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as bytes."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read one pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object pickled in data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()
