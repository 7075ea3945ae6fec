//! `sys.getsizeof`: the sizes CPython 3.11 reports on a 64-bit build, from its
//! object layouts (headers, the garbage collector's 16 bytes, allocation policies),
//! so that programs comparing a list with a generator print what CPython prints.
//! A list's allocation is CPython's for its length and how genpy grew it; a dict's
//! follows CPython's growth for its length; other objects have their fixed sizes.

use crate::objects::complex::Complex;
use crate::objects::Value;

/// The garbage collector's header, which `getsizeof` adds for tracked kinds.
const GC_HEADER: usize = 16;

/// The size `sys.getsizeof(v)` reports.
pub fn getsizeof(v: &Value) -> usize {
    match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::BigInt(b) => int_size(b.bits()),
        Value::Float(_) => 24,
        Value::Str(s) => str_size(s.as_str(), s.char_len()),
        Value::Bytes(b) => 33 + b.len(),
        Value::ByteArray(b) => match b.borrow().len() {
            0 => 56,
            n => 56 + n + 1,
        },
        Value::Tuple(t) => 24 + GC_HEADER + 8 * t.len(),
        Value::List(l) => {
            let items = l.borrow();
            40 + GC_HEADER + 8 * list_allocated(items.len(), items.capacity())
        }
        Value::Dict(d) => {
            let d = d.borrow();
            let str_keys = d.keys().all(|k| matches!(k.value, Value::Str(_)));
            48 + GC_HEADER + dict_keys_size(d.len(), str_keys)
        }
        Value::Set(s) => match s.table_size() {
            8 => 200 + GC_HEADER,
            n => 200 + GC_HEADER + 16 * n,
        },
        Value::Range(_) => 48,
        Value::Slice(_) => 56,
        Value::Function(_) => 152,
        Value::Builtin(_) | Value::NativeMethod(_) => 72,
        Value::BoundMethod(_) => 64,
        Value::Generator(g) => generator_size(&g.code),
        Value::Instance(i) => match (&i.exc, i.class.is_builtin()) {
            (Some(_), true) => 88,
            (Some(_), false) => 96,
            (None, true) => 16,
            (None, false) => 56,
        },
        Value::Class(c) if c.is_builtin() => 424,
        // A heap type whose instances keep their attributes in a managed dict is larger
        // than one with `__slots__` or an exception class.
        Value::Class(c)
            if c.lookup("__slots__").is_some()
                || c.mro_tail.iter().any(|b| &*b.name == "BaseException") =>
        {
            920
        }
        Value::Class(_) => 1688,
        Value::Module(_) => 72,
        Value::Iter(_) => 48,
        Value::Native(n) if n.downcast::<Complex>().is_some() => 32,
        _ => 56,
    }
}

/// An int of `bits` significant bits: CPython's header and 30-bit digits (at least one).
fn int_size(bits: u64) -> usize {
    24 + 4 * (bits.div_ceil(30).max(1) as usize)
}

/// A str in CPython's compact form: ASCII, or one, two or four bytes per character
/// by its widest character, plus the terminating NUL.
fn str_size(s: &str, chars: usize) -> usize {
    let widest = s.chars().map(u32::from).max().unwrap_or(0);
    match widest {
        0..=0x7f => 40 + 8 + chars + 1,
        0x80..=0xff => 72 + chars + 1,
        0x100..=0xffff => 72 + 2 * (chars + 1),
        _ => 72 + 4 * (chars + 1),
    }
}

/// The slots CPython would have allocated for a list of `len` items: its exact
/// length when genpy's vector is exact (a literal, a slice, a concatenation), else
/// what appending one item at a time gives under CPython's growth rule.
fn list_allocated(len: usize, capacity: usize) -> usize {
    if capacity == len {
        return len;
    }
    let mut allocated = 0;
    for size in 1..=len {
        if size > allocated {
            allocated = (size + (size >> 3) + 6) & !3;
        }
    }
    allocated
}

/// The keys table of a dict of `len` entries grown by insertion as CPython grows
/// it (8 slots, then the power of two above three times the entries at each
/// growth; two thirds usable); none for an empty dict.
fn dict_keys_size(len: usize, str_keys: bool) -> usize {
    if len == 0 {
        return 0;
    }
    let mut size = 8usize;
    while len > size * 2 / 3 {
        let used = size * 2 / 3;
        size = (used * 3).next_power_of_two().max(8);
    }
    let index_bytes = match size {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xffff_ffff => 4,
        _ => 8,
    };
    let entry = if str_keys { 16 } else { 24 };
    32 + size * index_bytes + (size * 2 / 3) * entry
}

/// A generator: its object and frame with a slot per local, cell and free
/// variable, and (an estimate: genpy does not record its code's stack depth) one
/// for the value stack.
fn generator_size(code: &crate::objects::code::Code) -> usize {
    let locals = code.varnames.len() + code.cellvars.len() + code.freevars.len();
    152 + GC_HEADER + 8 * (locals + 1)
}
