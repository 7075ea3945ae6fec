//! `float`: CPython's repr (shortest round-trip digits, `1e+16`, `inf`, `nan`) and
//! Python's floor-division and modulo rules.

use super::{ExcKind, PyErr, PyResult, Value};

/// Splits a finite, non-zero float into its shortest round-trip decimal digits and the
/// exponent `x` such that the value is `d.ddd × 10^x`.
pub fn shortest_digits(f: f64) -> (String, i32) {
    let (digits, exp) = split_sci(&format!("{:e}", f.abs()));
    (prefer_even_on_tie(f.abs(), digits, exp), exp)
}

/// When the shortest digits end in an odd digit and the neighbour ending in the
/// adjacent even digit also round-trips at exactly the same distance from the true
/// value, CPython (correctly rounded, ties to even) prints the even one.
fn prefer_even_on_tie(f: f64, digits: String, exp: i32) -> String {
    use num_bigint::BigInt;
    let last = digits.as_bytes()[digits.len() - 1] - b'0';
    if last.is_multiple_of(2) || digits.len() < 2 {
        return digits;
    }
    let e10 = exp - (digits.len() as i32 - 1);
    let d: BigInt = digits.parse().unwrap_or_default();
    // The exact value of f as m * 2^e2.
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let (m, e2) = if raw_exp == 0 {
        (BigInt::from(bits & ((1 << 52) - 1)), -1074)
    } else {
        (
            BigInt::from((bits & ((1 << 52) - 1)) | (1 << 52)),
            raw_exp - 1075,
        )
    };
    // Distances |D * 10^e10 - m * 2^e2|, scaled by 10^-e10 and 2^-e2 to integers.
    let scale10 = |x: &BigInt| {
        if e10 >= 0 {
            x * num_traits::pow(BigInt::from(10), e10 as usize)
        } else {
            x.clone()
        }
    };
    let scale2 = |x: &BigInt| if e2 >= 0 { x << e2 as usize } else { x.clone() };
    let value = {
        let v = scale2(&m);
        if e10 < 0 {
            v * num_traits::pow(BigInt::from(10), (-e10) as usize)
        } else {
            v
        }
    };
    let dist = |cand: &BigInt| {
        let c = scale10(cand);
        let c = if e2 < 0 { c << (-e2) as usize } else { c };
        let diff = c - &value;
        if diff.sign() == num_bigint::Sign::Minus {
            -diff
        } else {
            diff
        }
    };
    let one = BigInt::from(1);
    for alt in [&d - &one, &d + &one] {
        let text: String = alt.to_string();
        if text.len() != digits.len() {
            continue;
        }
        // Usually the neighbour does not round-trip, and no big arithmetic is needed.
        let round_trips = format!("{text}e{e10}").parse::<f64>().is_ok_and(|g| g == f);
        if round_trips && dist(&alt) == dist(&d) {
            return text;
        }
    }
    digits
}

/// Splits Rust's `{:e}` output (`"1.25e-7"`) into digits without the point and exponent.
pub fn split_sci(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// `repr(float)` exactly as CPython prints it.
pub fn repr_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sign = if f < 0.0 { "-" } else { "" };
    let (digits, exp) = shortest_digits(f);
    let body = if (-4..16).contains(&exp) {
        fixed_layout(&digits, exp, true)
    } else {
        sci_layout(&digits, exp)
    };
    format!("{sign}{body}")
}

/// Lays out digits `d1d2...` with exponent `exp` as fixed notation; `force_point` adds
/// `.0` when there is no fractional part.
pub fn fixed_layout(digits: &str, exp: i32, force_point: bool) -> String {
    let n = digits.len() as i32;
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else if exp + 1 >= n {
        let zeros = "0".repeat((exp + 1 - n) as usize);
        if force_point {
            format!("{digits}{zeros}.0")
        } else {
            format!("{digits}{zeros}")
        }
    } else {
        let (a, b) = digits.split_at((exp + 1) as usize);
        format!("{a}.{b}")
    }
}

/// Lays out digits with exponent as scientific notation: `1.5e+16`, `1e-05`.
pub fn sci_layout(digits: &str, exp: i32) -> String {
    let (first, rest) = digits.split_at(1);
    let sign = if exp < 0 { '-' } else { '+' };
    if rest.is_empty() {
        format!("{first}e{sign}{:02}", exp.abs())
    } else {
        format!("{first}.{rest}e{sign}{:02}", exp.abs())
    }
}

/// Python's `a % b` for floats (the result takes the divisor's sign).
pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::new(ExcKind::ZeroDivisionError, "float modulo"));
    }
    Ok(divmod(a, b).1)
}

/// Python's `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "float floor division by zero",
        ));
    }
    Ok(divmod(a, b).0)
}

/// `divmod(a, b)` for floats, as CPython's `_float_div_mod` computes it (b ≠ 0).
pub fn divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `round(x, ndigits)` with round-half-even on the exact decimal value, like CPython.
pub fn round_digits(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || ndigits > 308 {
        return x;
    }
    if ndigits < -308 {
        return 0.0f64.copysign(x);
    }
    if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse().unwrap_or(x)
    } else {
        let p = 10f64.powi((-ndigits) as i32);
        let y = x / p;
        let r = y.round();
        let r = if (y - y.trunc()).abs() == 0.5 {
            2.0 * (y / 2.0).round()
        } else {
            r
        };
        r * p
    }
}

/// Parses `float(text)`: decimal forms, `inf`, `nan`, underscores between digits.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, "inf" | "infinity" | "nan") {
        return lower.parse().ok().or(match unsigned {
            "nan" => Some(f64::NAN),
            _ if lower.starts_with('-') => Some(f64::NEG_INFINITY),
            _ => Some(f64::INFINITY),
        });
    }
    if t.is_empty()
        || t.contains("__")
        || t.starts_with('_')
        || t.ends_with('_')
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || "+-.eE_".contains(c))
    {
        return None;
    }
    t.replace('_', "").parse().ok()
}

/// A whole float as an int value (`int(3.0)`, `round(2.5)`).
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "cannot convert float NaN to integer",
        ));
    }
    if f.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    Ok(if f.abs() < 9.0e18 {
        Value::Int(f as i64)
    } else {
        use num_traits::FromPrimitive;
        Value::from_bigint(num_bigint::BigInt::from_f64(f).unwrap_or_default())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython_layouts() {
        assert_eq!(repr_float(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(repr_float(1e16), "1e+16");
        assert_eq!(repr_float(1e15), "1000000000000000.0");
        assert_eq!(repr_float(1.5e-5), "1.5e-05");
        assert_eq!(repr_float(0.0001), "0.0001");
        assert_eq!(repr_float(-2.5), "-2.5");
        assert_eq!(repr_float(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(repr_float(f64::INFINITY), "inf");
    }

    #[test]
    fn floor_division_follows_divisor_sign() {
        assert_eq!(divmod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(divmod(-7.5, 2.0), (-4.0, 0.5));
    }
}
