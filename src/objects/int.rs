//! `int`: i64 fast paths with overflow checks that promote to `BigInt`, and Python's
//! floor-division and modulo sign rules.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{ExcKind, PyErr, PyResult, Value};

/// CPython's limit on decimal digits in int↔str conversions.
pub const MAX_STR_DIGITS: usize = 4300;

/// An int value as a BigInt (ints and bools only).
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// True for int, bool and big int values.
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// Number of items in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

fn zero_mod() -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, "integer modulo by zero")
}

fn zero_div() -> PyErr {
    PyErr::new(
        ExcKind::ZeroDivisionError,
        "integer division or modulo by zero",
    )
}

/// Floor division of two i64s (`a // b`), or None when it overflows.
pub fn floordiv_i64(a: i64, b: i64) -> PyResult<Option<i64>> {
    if b == 0 {
        return Err(zero_div());
    }
    Ok(a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b)))
}

/// Python modulo of two i64s (`a % b`, sign follows the divisor).
pub fn mod_i64(a: i64, b: i64) -> PyResult<i64> {
    if b == 0 {
        return Err(zero_mod());
    }
    if b == -1 {
        return Ok(0);
    }
    Ok(a.mod_floor(&b))
}

/// The binary integer operations on big ints; `op` is the operator symbol.
pub fn big_binop(op: &str, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(match op {
        "+" => Value::from_bigint(a + b),
        "-" => Value::from_bigint(a - b),
        "*" => Value::from_bigint(a * b),
        "//" => {
            if b.is_zero() {
                return Err(zero_div());
            }
            Value::from_bigint(a.div_floor(b))
        }
        "%" => {
            if b.is_zero() {
                return Err(zero_mod());
            }
            Value::from_bigint(a.mod_floor(b))
        }
        "&" => Value::from_bigint(a & b),
        "|" => Value::from_bigint(a | b),
        "^" => Value::from_bigint(a ^ b),
        "<<" if a.is_zero() && !b.is_negative() => Value::Int(0),
        "<<" => {
            let n = shift_count(b)?;
            Value::from_bigint(a << n)
        }
        ">>" => {
            if b.is_negative() {
                return Err(negative_shift());
            }
            // Shifting out every bit leaves the sign (any count, however big).
            match b.to_u64().filter(|n| *n < a.bits()) {
                // Arithmetic shift rounds toward negative infinity, like Python.
                Some(n) => Value::from_bigint(a.div_floor(&(BigInt::from(1) << n))),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        "**" => return pow_big(a, b),
        _ => unreachable!("not an int operator: {op}"),
    })
}

fn negative_shift() -> PyErr {
    PyErr::new(ExcKind::ValueError, "negative shift count")
}

fn shift_count(b: &BigInt) -> PyResult<usize> {
    if b.is_negative() {
        return Err(negative_shift());
    }
    b.to_usize()
        .filter(|n| *n < (1 << 32))
        .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "too many digits in integer"))
}

/// `a ** b` for ints; a negative exponent gives a float.
pub fn pow_big(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let (af, bf) = (big_to_f64(a)?, big_to_f64(b)?);
        if af == 0.0 {
            return Err(PyErr::new(
                ExcKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value::Float(af.powf(bf)));
    }
    let exp = b
        .to_u32()
        .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "exponent too large"))?;
    Ok(Value::from_bigint(num_traits::pow(a.clone(), exp as usize)))
}

/// `pow(a, b, m)` for ints.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "pow() 3rd argument cannot be 0",
        ));
    }
    if b.is_negative() {
        let inv = mod_inverse(a, m).ok_or_else(|| {
            PyErr::new(
                ExcKind::ValueError,
                "base is not invertible for the given modulus",
            )
        })?;
        return pow_mod(&inv, &-b, m);
    }
    let r = a.modpow(b, m);
    // modpow's result takes the sign of the base; Python's takes the modulus's.
    let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
        r + m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

/// The inverse of `a` modulo `m` (extended Euclid), if `gcd(a, m) == 1`.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m_abs = m.abs();
    let (mut old_r, mut r) = (a.mod_floor(&m_abs), m_abs.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        (old_r, r) = (r.clone(), &old_r - &q * &r);
        (old_s, s) = (s.clone(), &old_s - &q * &s);
    }
    (old_r == BigInt::from(1)).then(|| old_s.mod_floor(&m_abs))
}

/// `a / b` for ints (b ≠ 0), correctly rounded even when both are huge.
pub fn true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has about 66 bits, then keep a sticky bit for the
    // remainder so the one rounding to 53 bits is correct.
    let shift = b.bits() as i64 - a.bits() as i64 + 66;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let q = if r.is_zero() { q } else { q | BigInt::from(1) };
    let mut f = q.to_f64().unwrap_or(f64::INFINITY);
    let mut e = -shift;
    while e > 0 {
        let step = e.min(1000);
        f *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = e.max(-1000);
        f *= 2f64.powi(step as i32);
        e -= step;
    }
    if f.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -f } else { f })
}

/// A big int as f64, raising OverflowError when it is too large.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::new(
            ExcKind::OverflowError,
            "int too large to convert to float",
        )),
    }
}

/// `str(int)`, enforcing CPython's digit limit.
pub fn big_to_string(b: &BigInt) -> PyResult<String> {
    let s = b.to_string();
    let digits = s.trim_start_matches('-').len();
    if digits > MAX_STR_DIGITS {
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ),
        ));
    }
    Ok(s)
}

/// `int(text, base)` with Python's syntax (underscores, prefixes, whitespace).
pub fn parse_int(text: &str, base: u32) -> PyResult<Value> {
    let err = || {
        PyErr::new(
            ExcKind::ValueError,
            format!(
                "invalid literal for int() with base {base}: {}",
                super::str::repr_str(text)
            ),
        )
    };
    let t = text.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let (base, digits) = strip_prefix(digits, base);
    if let Some(n) = small_decimal(base, digits) {
        return Ok(Value::Int(if neg { -n } else { n }));
    }
    // A second sign ("--1", "0x-1") would otherwise reach the big-int parser, which
    // takes one.
    if digits.is_empty()
        || digits.starts_with(['_', '+', '-'])
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if base == 10 && clean.len() > MAX_STR_DIGITS {
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                clean.len()
            ),
        ));
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(err)?;
    Ok(Value::from_bigint(if neg { -n } else { n }))
}

/// The value of up to 18 plain ASCII decimal digits (no sign, no underscores), which
/// always fits an `i64`: the common `int(s)` of a short string, without a big int.
fn small_decimal(base: u32, digits: &str) -> Option<i64> {
    if base != 10 || digits.is_empty() || digits.len() > 18 {
        return None;
    }
    digits.bytes().try_fold(0i64, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))
    })
}

fn strip_prefix(digits: &str, base: u32) -> (u32, &str) {
    let lower = digits.get(..2).map(|p| p.to_ascii_lowercase());
    match (base, lower.as_deref()) {
        (0 | 16, Some("0x")) => (16, &digits[2..]),
        (0 | 8, Some("0o")) => (8, &digits[2..]),
        (0 | 2, Some("0b")) => (2, &digits[2..]),
        (0, _) => (10, digits),
        _ => (base, digits),
    }
}

/// Formats an int in base 2, 8 or 16 with Python's prefix (`bin`, `oct`, `hex`).
pub fn to_radix(b: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = b.abs().to_str_radix(radix);
    if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

/// Numeric equality across int, bool, float and big int.
pub fn num_eq(a: &Value, b: &Value) -> bool {
    num_cmp(a, b) == Some(Ordering::Equal)
}

/// Numeric ordering across int, bool, float and big int (None for NaN).
pub fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (_, Value::Float(y)) => cmp_big_float(&to_big(a)?, *y),
        (Value::Float(x), _) => cmp_big_float(&to_big(b)?, *x).map(Ordering::reverse),
        _ => Some(to_big(a)?.cmp(&to_big(b)?)),
    }
}

fn cmp_big_float(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    use num_traits::FromPrimitive;
    let fb = BigInt::from_f64(f.trunc()).unwrap_or_default();
    match b.cmp(&fb) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - f.trunc())),
        o => Some(o),
    }
}
