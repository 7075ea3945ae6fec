//! The `complex` type: a pair of floats behind `Value::Native`, its arithmetic with
//! CPython's algorithms (Smith's division, `**` by repeated squaring for small whole
//! exponents and by polar form otherwise), so results match to the last bit, its
//! repr (`(1+2j)`, `-0j`, `(nan+infj)`), hash, equality with ints and floats, and the
//! parser of `complex('1+2j')`. Its methods and constructor are in
//! `builtins/complex.rs`; `cmath` is `builtins/modules/cmath.rs`.

use std::rc::Rc;

use super::class::{types, BuiltinType, Class};
use super::dict::hash_float;
use super::float::repr_float;
use super::int::{big_to_f64, num_eq};
use super::native::{Native, NativeObject};
use super::operator::BinOp;
use super::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A complex number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

thread_local! {
    static COMPLEX_CLASS: Rc<Class> = Class::native(
        "builtins",
        "complex",
        BuiltinType::Native,
        vec![types().object.clone()],
        None,
    );
}

/// The `complex` class.
pub fn complex_class() -> Rc<Class> {
    COMPLEX_CLASS.with(Rc::clone)
}

impl Complex {
    /// `re + im*j`.
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// The complex as a value.
    pub fn value(self) -> Value {
        Native::value(self)
    }

    /// `a + b`.
    pub fn plus(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }

    /// `a - b`.
    pub fn minus(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }

    /// `a * b`.
    pub fn times(self, b: Complex) -> Complex {
        Complex::new(
            self.re * b.re - self.im * b.im,
            self.re * b.im + self.im * b.re,
        )
    }

    /// `a / b` by Smith's method, as CPython's `_Py_c_quot`; None for a zero divisor.
    pub fn quotient(self, b: Complex) -> Option<Complex> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            // A NaN in the divisor.
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `a ** b`, with CPython's errors.
    pub fn pow(self, b: Complex) -> PyResult<Complex> {
        let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            self.powi(b.re as i64)
        } else {
            self.pow_polar(b)
        };
        let r = r.ok_or_else(|| {
            PyErr::new(
                ExcKind::ZeroDivisionError,
                "0.0 to a negative or complex power",
            )
        })?;
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(PyErr::new(ExcKind::OverflowError, "complex exponentiation"));
        }
        Ok(r)
    }

    /// `a ** n` for a small whole `n`: squaring and multiplying (a reciprocal for `n < 0`).
    fn powi(self, n: i64) -> Option<Complex> {
        let one = Complex::new(1.0, 0.0);
        let mut result = one;
        let mut power = self;
        let mut rest = n.unsigned_abs();
        while rest > 0 {
            if rest & 1 == 1 {
                result = result.times(power);
            }
            power = power.times(power);
            rest >>= 1;
        }
        if n > 0 {
            Some(result)
        } else {
            one.quotient(result)
        }
    }

    fn pow_polar(self, b: Complex) -> Option<Complex> {
        if b.re == 0.0 && b.im == 0.0 {
            return Some(Complex::new(1.0, 0.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return None;
            }
            return Some(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Some(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `abs(z)`, OverflowError when it is too large for a float.
    pub fn abs(self) -> PyResult<f64> {
        let r = self.re.hypot(self.im);
        if r.is_infinite() && self.re.is_finite() && self.im.is_finite() {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "absolute value too large",
            ));
        }
        Ok(r)
    }

    /// `hash(z)`, CPython's: the real part's hash plus 1000003 times the imaginary's.
    pub fn hash(self) -> i64 {
        let combined = (hash_float(self.re) as u64)
            .wrapping_add((hash_float(self.im) as u64).wrapping_mul(1000003))
            as i64;
        if combined == -1 {
            -2
        } else {
            combined
        }
    }
}

/// A float as complex's repr shows a part: `repr(float)` without a trailing `.0`.
pub fn repr_part(f: f64) -> String {
    let r = repr_float(f);
    match r.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => r,
    }
}

/// `repr(z)`: `1j` for a zero (positive) real part, else `(re+imj)`.
pub fn repr_complex(z: Complex) -> String {
    let im = repr_part(z.im);
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{im}j");
    }
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", repr_part(z.re))
}

impl NativeObject for Complex {
    fn class(&self) -> Rc<Class> {
        complex_class()
    }

    fn type_name(&self) -> &'static str {
        "complex"
    }

    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(repr_complex(*self)))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "real" => Some(Value::Float(self.re)),
            "imag" => Some(Value::Float(self.im)),
            _ => None,
        }
    }

    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        Some(Ok(match other {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
                self.im == 0.0 && num_eq(&Value::Float(self.re), other)
            }
            _ => match as_complex(other) {
                Some(z) => z.re == self.re && z.im == self.im,
                None => false,
            },
        }))
    }

    fn hash(&self) -> Option<PyResult<i64>> {
        Some(Ok(Complex::hash(*self)))
    }
}

/// The complex inside a value, if it is one.
pub fn as_complex(v: &Value) -> Option<Complex> {
    v.downcast::<Complex>().copied()
}

/// An operand of complex arithmetic as a complex: a complex, int, bool or float
/// (`None` for anything else; a big int too large for a float raises).
pub fn operand(v: &Value) -> Option<PyResult<Complex>> {
    let re = match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        Value::BigInt(b) => return Some(big_to_f64(b).map(|f| Complex::new(f, 0.0))),
        _ => return as_complex(v).map(Ok),
    };
    Some(Ok(Complex::new(re, 0.0)))
}

/// `a op b` when either operand is a complex and the other a number; `None` when
/// neither is a complex, or the other operand is no number (its own reflected
/// method, or the TypeError, comes next).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return None;
    }
    let (x, y) = match (operand(a)?, operand(b)?) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    let r = match op {
        BinOp::Add => Ok(x.plus(y)),
        BinOp::Sub => Ok(x.minus(y)),
        BinOp::Mul => Ok(x.times(y)),
        BinOp::Div => x
            .quotient(y)
            .ok_or_else(|| PyErr::new(ExcKind::ZeroDivisionError, "complex division by zero")),
        BinOp::Pow => x.pow(y),
        _ => return None,
    };
    Some(r.map(Complex::value))
}

/// `float ** float` whose result is complex (a negative base, a fractional exponent).
pub fn real_pow(x: f64, y: f64) -> PyResult<Value> {
    Complex::new(x, 0.0)
        .pow(Complex::new(y, 0.0))
        .map(Complex::value)
}

/// Parses `complex(text)`: `1+2j`, `-j`, `2.5`, `(1e3-infj)`, with surrounding
/// whitespace and one pair of parentheses; `None` when malformed.
pub fn parse_complex(text: &str) -> Option<Complex> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim();
    }
    let b = s.as_bytes();
    let is_j = |i: usize| matches!(b.get(i), Some(b'j' | b'J'));
    let (first, n) = match float_prefix(s) {
        Some(found) => found,
        None => {
            // `j`, `+j`, `-j`.
            let (sign, at) = sign_at(b, 0);
            return (is_j(at) && at + 1 == b.len()).then_some(Complex::new(0.0, sign));
        }
    };
    if n == b.len() {
        return Some(Complex::new(first, 0.0));
    }
    if is_j(n) && n + 1 == b.len() {
        return Some(Complex::new(0.0, first));
    }
    if !matches!(b[n], b'+' | b'-') {
        return None;
    }
    let (second, m) = match float_prefix(&s[n..]) {
        Some((f, len)) => (f, n + len),
        None => {
            let (sign, at) = sign_at(b, n);
            (sign, at)
        }
    };
    (is_j(m) && m + 1 == b.len()).then_some(Complex::new(first, second))
}

/// The sign at `i` (`+1.0` when there is none) and the position after it.
fn sign_at(b: &[u8], i: usize) -> (f64, usize) {
    match b.get(i) {
        Some(b'-') => (-1.0, i + 1),
        Some(b'+') => (1.0, i + 1),
        _ => (1.0, i),
    }
}

/// The longest float at the start of `s` (an optional sign, then digits with single
/// underscores between them, a point, an exponent; or inf, infinity, nan) and its
/// length in bytes.
fn float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let (_, start) = sign_at(b, 0);
    let lower = s[start..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let n = start + word.len();
            return Some((s[..n].parse::<f64>().ok()?, n));
        }
    }
    let mut i = start;
    let int_digits = digit_run(b, &mut i);
    let mut frac_digits = false;
    if b.get(i) == Some(&b'.') {
        let mut j = i + 1;
        frac_digits = digit_run(b, &mut j);
        if int_digits || frac_digits {
            i = j;
        }
    }
    if !int_digits && !frac_digits {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let (_, mut j) = sign_at(b, i + 1);
        if digit_run(b, &mut j) {
            i = j;
        }
    }
    let text: String = s[..i].chars().filter(|c| *c != '_').collect();
    Some((text.parse::<f64>().ok()?, i))
}

/// Advances `i` over digits with single underscores between them; whether any.
fn digit_run(b: &[u8], i: &mut usize) -> bool {
    if !b.get(*i).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    *i += 1;
    loop {
        match b.get(*i) {
            Some(c) if c.is_ascii_digit() => *i += 1,
            Some(b'_') if b.get(*i + 1).is_some_and(u8::is_ascii_digit) => *i += 2,
            _ => return true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_forms() {
        let p = |t: &str| parse_complex(t).map(|z| (z.re, z.im));
        assert_eq!(p("1+2j"), Some((1.0, 2.0)));
        assert_eq!(p(" ( 1.5-2.5e3J ) "), Some((1.5, -2500.0)));
        assert_eq!(p("-j"), Some((0.0, -1.0)));
        assert_eq!(p("3-j"), Some((3.0, -1.0)));
        assert_eq!(p("1_000+2_0j"), Some((1000.0, 20.0)));
        assert_eq!(p(".5j"), Some((0.0, 0.5)));
        assert_eq!(p("1+"), None);
        assert_eq!(p("1 + 2j"), None);
        assert_eq!(p("1__0"), None);
        assert_eq!(p("(1+2j"), None);
    }

    #[test]
    fn repr_drops_the_point_and_keeps_signed_zeros() {
        assert_eq!(repr_complex(Complex::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr_complex(Complex::new(0.0, -0.0)), "-0j");
        assert_eq!(repr_complex(Complex::new(-0.0, 0.0)), "(-0+0j)");
        assert_eq!(
            repr_complex(Complex::new(f64::NAN, f64::INFINITY)),
            "(nan+infj)"
        );
        assert_eq!(repr_complex(Complex::new(0.0, 1e16)), "1e+16j");
    }
}
