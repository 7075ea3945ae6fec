//! `bytes` and `bytearray`: the payloads behind `Value::Bytes` (an immutable
//! `Rc<Vec<u8>>`, shared by every copy of the value) and `Value::ByteArray` (a
//! mutable `Rc<RefCell<Vec<u8>>>`), a borrowed view that reads either alike, and
//! their reprs. See docs/architecture.md, "Bytes".

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use super::Value;

/// The bytes of a `bytes` or `bytearray` value, borrowed for reading: a `bytearray`
/// stays borrowed (and so cannot be resized) while the view lives.
pub enum ByteView<'a> {
    /// The data of a `bytes`.
    Shared(&'a [u8]),
    /// The data of a `bytearray`.
    Cell(Ref<'a, Vec<u8>>),
}

impl std::ops::Deref for ByteView<'_> {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            ByteView::Shared(b) => b,
            ByteView::Cell(r) => r,
        }
    }
}

impl Value {
    /// A bytes value.
    pub fn bytes(data: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(data))
    }

    /// A bytearray value.
    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(RefCell::new(data)))
    }

    /// The data of a `bytes` or `bytearray` (a bytes-like object), borrowed.
    pub fn as_bytes(&self) -> Option<ByteView<'_>> {
        match self {
            Value::Bytes(b) => Some(ByteView::Shared(b)),
            Value::ByteArray(b) => Some(ByteView::Cell(b.borrow())),
            _ => None,
        }
    }

    /// A bytes-like value of the same type as `self` (a `bytearray` method returns a
    /// `bytearray`) holding `data`.
    pub fn bytes_like(&self, data: Vec<u8>) -> Value {
        match self {
            Value::ByteArray(_) => Value::bytearray(data),
            _ => Value::bytes(data),
        }
    }
}

/// `repr()` of a bytes object: `b'...'` with CPython's choice of quotes and escapes.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    escaped(b, quote, false)
}

/// `repr()` of a bytearray: `bytearray(b'...')`, which (as in CPython) escapes a
/// single quote even inside double quotes.
pub fn repr_bytearray(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    format!("bytearray({})", escaped(b, quote, true))
}

fn escaped(b: &[u8], quote: u8, escape_single: bool) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// The needle of `x in b`, `b.find(x)`, `b.count(x)`, ...: a bytes-like object's data or
/// an int's one byte (ValueError out of 0..256); `None` for any other type, whose
/// TypeError each caller words.
pub fn needle(v: &Value) -> super::PyResult<Option<Vec<u8>>> {
    if let Some(b) = v.as_bytes() {
        return Ok(Some(b.to_vec()));
    }
    match v.as_i64() {
        Some(i) => Ok(Some(vec![byte_value(i)?])),
        None => Ok(None),
    }
}

/// An int as a byte, or CPython's `ValueError: byte must be in range(0, 256)`.
pub fn byte_value(i: i64) -> super::PyResult<u8> {
    u8::try_from(i)
        .map_err(|_| super::PyErr::new(super::ExcKind::ValueError, "byte must be in range(0, 256)"))
}

/// The first index of `needle` in `hay` (0 for an empty needle).
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => hay.iter().position(|c| c == b),
        _ => hay.windows(needle.len()).position(|w| w == needle),
    }
}

/// The last index of `needle` in `hay` (`hay.len()` for an empty needle).
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => hay.iter().rposition(|c| c == b),
        _ => hay.windows(needle.len()).rposition(|w| w == needle),
    }
}
