//! `dict`: an insertion-ordered map keyed by hashable values, and CPython's hash
//! function for the built-in hashable types (ints hash like CPython so sets of ints
//! iterate in CPython's order).

use std::hash::{Hash, Hasher};

use indexmap::map::RawEntryApiV1;
use indexmap::IndexMap;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use super::class::builtin_part;
use super::{ExcKind, Namespace, PyErr, PyResult, Value};

/// CPython's hash modulus, 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;

/// The ordered storage of a dict.
pub type Dict = IndexMap<HashKey, Value, super::FastHash>;

/// A value known to be hashable, usable as a dict key or set member. Equality is
/// Python's `==` for the built-in hashable types and identity for everything else.
#[derive(Clone, Debug)]
pub struct HashKey {
    /// The key itself.
    pub value: Value,
    /// Its Python hash.
    pub hash: i64,
}

impl HashKey {
    /// Wraps a value, raising `TypeError: unhashable type: 'list'` if it is not hashable.
    pub fn new(value: Value) -> PyResult<HashKey> {
        let hash = py_hash(&value)?;
        Ok(HashKey { value, hash })
    }
}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for HashKey {
    fn eq(&self, other: &HashKey) -> bool {
        self.hash == other.hash && key_eq(&self.value, &other.value)
    }
}

impl Eq for HashKey {}

/// `==` between two hashable values, without running Python code: instances whose
/// class defines `__eq__` compare by identity here (see [`needs_user_eq`]).
pub fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Bytes(x), Bytes(y)) => x == y,
        (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
            crate::objects::int::num_eq(a, b)
        }
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        (Set(x), Set(y)) => x.len() == y.len() && x.iter().iter().all(|k| y.contains(k)),
        (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && key_eq(&x.func, &y.func),
        (Builtin(x), Builtin(y)) => {
            std::ptr::eq(x.def, y.def)
                && match (&x.bound, &y.bound) {
                    (Some(p), Some(q)) => p.is(q),
                    (Option::None, Option::None) => true,
                    _ => false,
                }
        }
        (Instance(_), _) | (_, Instance(_)) => {
            // An instance of a subclass of a built-in type compares as its value.
            let (x, y) = (builtin_part(a, "__eq__"), builtin_part(b, "__eq__"));
            a.is(b) || ((x.is_some() || y.is_some()) && key_eq(x.unwrap_or(a), y.unwrap_or(b)))
        }
        _ => a.is(b),
    }
}

fn unhashable(v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("unhashable type: '{}'", v.type_name()),
    )
}

/// Python's `hash(v)` for values whose hash needs no Python code, matching CPython
/// for ints, floats, bools and tuples of them; an instance whose class defines
/// `__hash__` needs the VM (`Vm::hash`), and is refused here.
pub fn py_hash(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(hash_i64(*i)),
        Value::Str(s) => Ok(s.cached_hash(hash_str)),
        _ => py_hash_with(v, &mut |v| {
            Err(PyErr::new(
                ExcKind::NotImplementedError,
                format!(
                    "hashing a '{}' here (a user-defined __hash__)",
                    v.type_name()
                ),
            ))
        }),
    }
}

/// CPython's str hash is randomised per process; genpy's is fixed (SipHash of the text).
pub(crate) fn hash_str(s: &str) -> i64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    fix_minus_one(h.finish() as i64 >> 1)
}

/// Python's `hash(v)`, calling `user` for each instance (`v` itself or an item of a
/// tuple) whose class defines `__hash__`.
pub fn py_hash_with(v: &Value, user: UserHash) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => hash_big(b),
        Value::Float(f) => hash_float(*f),
        Value::Str(s) => s.cached_hash(hash_str),
        Value::Bytes(b) => {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            h.write(b);
            fix_minus_one(h.finish() as i64 >> 1)
        }
        Value::None => 0x5f3759df,
        Value::Tuple(items) => hash_tuple(items, user)?,
        Value::List(_) | Value::Dict(_) | Value::ByteArray(_) => return Err(unhashable(v)),
        Value::Set(s) if !s.frozen => return Err(unhashable(v)),
        Value::Set(s) => {
            let mut acc: u64 = 0;
            for k in s.iter() {
                acc ^= (k.hash as u64).wrapping_mul(0x9e3779b97f4a7c15);
            }
            fix_minus_one(acc as i64)
        }
        Value::Slice(_) => return Err(unhashable(v)),
        // As CPython's: the receiver's identity mixed with the function's hash.
        Value::BoundMethod(m) => {
            fix_minus_one(identity_hash(&m.receiver) ^ py_hash_with(&m.func, user)?)
        }
        Value::Builtin(b) => match &b.bound {
            Some(r) => fix_minus_one(identity_hash(r) ^ (b.def as *const _ as i64 >> 4)),
            None => b.def as *const _ as i64 >> 4,
        },
        Value::DictView(view) if view.kind != ViewKind::Values => return Err(unhashable(v)),
        Value::Native(n) => match n.hash() {
            Some(h) => h?,
            None => identity_hash(v),
        },
        // An instance of a subclass of an immutable built-in type hashes as its value.
        Value::Instance(inst) if builtin_part(v, "__hash__").is_some() => {
            match (builtin_part(v, "__hash__"), &inst.class.base_type) {
                (Some(base), Some(b)) if !b.builtin.is_some_and(|k| k.is_mutable_base()) => {
                    py_hash_with(base, user)?
                }
                _ => return Err(unhashable(v)),
            }
        }
        // A class that defines __eq__ without __hash__ has `__hash__ = None` in its
        // dict (set when the class is made), as in CPython.
        Value::Instance(inst) => match inst.class.lookup_slot("__hash__") {
            Some(Value::None) => return Err(unhashable(v)),
            Some(_) => user(v)?,
            None => identity_hash(v),
        },
        other => identity_hash(other),
    })
}

/// How [`py_hash_with`] hashes an instance whose class defines `__hash__`.
pub type UserHash<'a> = &'a mut dyn FnMut(&Value) -> PyResult<i64>;

/// True when deciding whether `v` equals another key may run a Python `__eq__`: an
/// instance whose class defines one, a native object with a value hash, or a tuple or
/// frozenset holding one. [`key_eq`] compares those by identity, so the VM matches
/// them against the keys of the same hash first (`Vm::dict_key`).
pub fn needs_user_eq(v: &Value) -> bool {
    needs_user_eq_within(v, 0)
}

/// [`needs_user_eq`] at tuple nesting `depth`; past a depth no real key reaches it
/// answers true, which is always safe (the VM's matching is then merely slower).
fn needs_user_eq_within(v: &Value, depth: usize) -> bool {
    match v {
        Value::Instance(inst) => {
            builtin_part(v, "__eq__").is_none() && inst.class.lookup_slot("__eq__").is_some()
        }
        Value::Tuple(items) => {
            depth > 100 || items.iter().any(|i| needs_user_eq_within(i, depth + 1))
        }
        Value::Set(s) if s.frozen => s.any_member(needs_user_eq),
        // A native object with its own hash compares by value (`list[int]`).
        Value::Native(n) => n.hash().is_some(),
        _ => false,
    }
}

/// The keys of `d` whose hash is `key`'s (candidates for a match by Python `==`).
pub fn same_hash_keys(d: &Dict, key: &HashKey) -> Vec<Value> {
    use std::hash::BuildHasher;
    let mut found = Vec::new();
    d.raw_entry_v1().from_hash(d.hasher().hash_one(key), |k| {
        if k.hash == key.hash {
            found.push(k.value.clone());
        }
        false
    });
    found
}

/// `object.__hash__`: derived from the object's address.
fn identity_hash(v: &Value) -> i64 {
    fix_minus_one((v.heap_ptr().unwrap_or(0) >> 4) as i64)
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a machine int.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if i < 0 { -m } else { m })
}

fn hash_big(b: &BigInt) -> i64 {
    let m = b
        .abs()
        .mod_floor(&BigInt::from(MODULUS))
        .to_i64()
        .unwrap_or(0);
    fix_minus_one(if b.is_negative() { -m } else { m })
}

/// CPython's `_Py_HashDouble` (so `hash(1.0) == hash(1)` and float sets order alike).
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    fix_minus_one((x as i64).wrapping_mul(sign))
}

/// Splits a float into a mantissa in [0.5, 1) and a power of two, like C's `frexp`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's xxHash-based tuple hash. Nested tuples are hashed with a stack of
/// pending tuples instead of Rust recursion, so that no depth of nesting overflows.
fn hash_tuple(items: &[Value], user: UserHash) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let feed = |acc: u64, lane: i64| {
        acc.wrapping_add((lane as u64).wrapping_mul(P2))
            .rotate_left(31)
            .wrapping_mul(P1)
    };
    let finish = |acc: u64, len: usize| match acc.wrapping_add((len as u64) ^ (P5 ^ 3527539)) {
        u64::MAX => 1546275796,
        h => h as i64,
    };
    // The tuple being hashed and the tuples it is nested in: the items, how many
    // are hashed, the accumulator so far.
    let mut cur: (&[Value], usize, u64) = (items, 0, P5);
    let mut parents = Vec::new();
    loop {
        let (items, done, acc) = cur;
        match items.get(done) {
            Some(Value::Tuple(inner)) => {
                parents.push((items, done + 1, acc));
                cur = (inner, 0, P5);
            }
            Some(item) => cur = (items, done + 1, feed(acc, py_hash_with(item, user)?)),
            None => {
                let h = finish(acc, items.len());
                match parents.pop() {
                    Some((items, done, acc)) => cur = (items, done, feed(acc, h)),
                    None => return Ok(h),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_float(0.5), 1152921504606846976);
        assert_eq!(
            py_hash(&Value::tuple(vec![Value::Int(1), Value::Int(2)])).unwrap(),
            -3550055125485641917
        );
    }
}

/// Which view `dict.keys()`, `.values()` or `.items()` returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `dict_keys`.
    Keys,
    /// `dict_values`.
    Values,
    /// `dict_items`.
    Items,
}

/// A live view of a dict.
#[derive(Debug)]
pub struct DictView {
    /// The dict viewed.
    pub dict: std::rc::Rc<super::DictData>,
    /// What the view yields.
    pub kind: ViewKind,
}

impl DictView {
    /// The view's items now, as values.
    pub fn items(&self) -> Vec<Value> {
        let d = self.dict.borrow();
        match self.kind {
            ViewKind::Keys => d.keys().map(|k| k.value.clone()).collect(),
            ViewKind::Values => d.values().cloned().collect(),
            ViewKind::Items => d
                .iter()
                .map(|(k, v)| Value::tuple(vec![k.value.clone(), v.clone()]))
                .collect(),
        }
    }

    /// Python type name (`dict_keys`, ...).
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
}

/// A namespace as a Python dict (for `__dict__`, `vars()`, `globals()`).
pub fn namespace_to_dict(ns: &Namespace) -> PyResult<Value> {
    let mut d = Dict::with_capacity_and_hasher(ns.len(), Default::default());
    for (k, v) in ns {
        d.insert(HashKey::new(Value::str(k))?, v.clone());
    }
    Ok(Value::dict(d))
}
