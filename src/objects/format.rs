//! The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`) for int,
//! float and str.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{fixed_layout, repr_float, sci_layout, split_sci};
use super::{ExcKind, PyErr, PyResult};

/// A parsed `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Default, Clone)]
pub struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

/// Parses a format spec, with CPython's error for malformed ones.
pub fn parse(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    s.width = number(&chars[start..i])?.unwrap_or(0);
    if let Some(&c @ (',' | '_')) = chars.get(i) {
        s.grouping = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if start == i {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "Format specifier missing precision",
            ));
        }
        s.precision = number(&chars[start..i])?;
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(PyErr::new(ExcKind::ValueError, "Invalid format specifier"));
    }
    Ok(s)
}

/// A width or precision: none when empty, CPython's error past a C `Py_ssize_t`.
fn number(digits: &[char]) -> PyResult<Option<usize>> {
    if digits.is_empty() {
        return Ok(None);
    }
    let n: Option<i64> = digits.iter().collect::<String>().parse().ok();
    match n {
        Some(n) => Ok(Some(n as usize)),
        None => Err(PyErr::new(
            ExcKind::ValueError,
            "Too many decimal digits in format string",
        )),
    }
}

fn unknown_code(kind: char, type_name: &str) -> PyErr {
    PyErr::new(
        ExcKind::ValueError,
        format!("Unknown format code '{kind}' for object of type '{type_name}'"),
    )
}

/// Pads `body` (with its sign split off as `sign`) to the spec's width.
fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let n = s.width - len;
    let (fill, align) = match (s.fill, s.align, s.zero) {
        (f, Some(a), _) => (f.unwrap_or(' '), a),
        (None, None, true) => ('0', '='),
        _ => (' ', default_align),
    };
    let fills = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", fills(n)),
        '^' => format!("{}{sign}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{sign}{}{body}", fills(n)),
        _ => format!("{}{sign}{body}", fills(n)),
    }
}

fn sign_str(s: &Spec, negative: bool) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Inserts a grouping separator every three digits of the integer part.
fn group(digits: &str, sep: Option<char>, every: usize) -> String {
    let Some(sep) = sep else {
        return digits.to_string();
    };
    let (int_part, rest) = match digits.find(|c: char| !c.is_ascii_alphanumeric()) {
        Some(p) => digits.split_at(p),
        None => (digits, ""),
    };
    let mut out = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out + rest
}

/// `format(str, spec)`.
pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    let s = parse(spec)?;
    if let Some(k) = s.kind.filter(|k| *k != 's') {
        return Err(unknown_code(k, "str"));
    }
    if s.sign.is_some() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Sign not allowed in string format specifier",
        ));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(&s, "", &body, '<'))
}

/// `format(int, spec)`.
pub fn format_int(n: &BigInt, spec: &str) -> PyResult<String> {
    let s = parse(spec)?;
    let kind = s.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = n.to_f64().unwrap_or(f64::INFINITY);
        return format_float_spec(f, &s);
    }
    if s.precision.is_some() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Precision not allowed in integer format specifier",
        ));
    }
    // Small magnitudes format with machine ints (no big-int conversion).
    let small = n.abs().to_u64();
    let radix = |r: u32| match small {
        Some(m) => match r {
            2 => format!("{m:b}"),
            8 => format!("{m:o}"),
            16 => format!("{m:x}"),
            _ => m.to_string(),
        },
        None => n.abs().to_str_radix(r),
    };
    let (digits, prefix, every) = match kind {
        'd' | 'n' => (radix(10), "", 3),
        'b' => (radix(2), "0b", 4),
        'o' => (radix(8), "0o", 4),
        'x' => (radix(16), "0x", 4),
        'X' => (radix(16).to_uppercase(), "0X", 4),
        'c' => {
            let c = n.to_u32().and_then(char::from_u32).ok_or_else(|| {
                PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)")
            })?;
            return Ok(pad(&s, "", &c.to_string(), '<'));
        }
        k => return Err(unknown_code(k, "int")),
    };
    let digits = group(&digits, s.grouping, every);
    let sign = sign_str(&s, n.is_negative());
    let prefix = if s.alternate { prefix } else { "" };
    Ok(pad(&s, &format!("{sign}{prefix}"), &digits, '>'))
}

/// `format(float, spec)`.
pub fn format_float(f: f64, spec: &str) -> PyResult<String> {
    let s = parse(spec)?;
    if let Some(k @ ('d' | 'b' | 'o' | 'x' | 'X' | 'c' | 's')) = s.kind {
        return Err(unknown_code(k, "float"));
    }
    format_float_spec(f, &s)
}

fn format_float_spec(f: f64, s: &Spec) -> PyResult<String> {
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::new(ExcKind::ValueError, "precision too big"));
    }
    let negative = f.is_sign_negative() && !f.is_nan();
    let percent = s.kind == Some('%');
    let a = if percent { f.abs() * 100.0 } else { f.abs() };
    let body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        match s.kind {
            Some('E' | 'F' | 'G') => t.to_uppercase(),
            Some('%') => format!("{t}%"),
            _ => t.to_string(),
        }
    } else {
        match s.kind {
            Some('f' | 'F') => fixed_digits(a, s.precision.unwrap_or(6)),
            Some('%') => fixed_digits(a, s.precision.unwrap_or(6)) + "%",
            Some(k @ ('e' | 'E')) => {
                let (d, x) = split_sci(&sci_digits(a, s.precision.unwrap_or(6)));
                let t = sci_with_precision(&d, x, s.alternate);
                if k == 'E' {
                    t.to_uppercase()
                } else {
                    t
                }
            }
            Some(k @ ('g' | 'G')) => {
                let t = general(a, s.precision.unwrap_or(6).max(1), s.alternate);
                if k == 'G' {
                    t.to_uppercase()
                } else {
                    t
                }
            }
            None => match s.precision {
                None => repr_float(a),
                Some(p) => repr_style(a, p.max(1)),
            },
            Some(k) => return Err(unknown_code(k, "float")),
        }
    };
    let body = group(&body, s.grouping, 3);
    Ok(pad(s, sign_str(s, negative), &body, '>'))
}

/// Fractional digits past which a double's exact decimal expansion is all zeros (its
/// smallest power of two, 2**-1074, has 1074), and significant digits past which it is
/// (at most 767): Rust's formatter refuses precisions above 65535, so digits beyond
/// these are zeros appended, as CPython prints them.
const EXACT_FRACTION: usize = 1074;
const EXACT_SIGNIFICANT: usize = 767;

/// `a` with `p` digits after the point (`{:.p}` for any `p`).
fn fixed_digits(a: f64, p: usize) -> String {
    let mut t = format!("{:.*}", p.min(EXACT_FRACTION), a);
    t.extend(std::iter::repeat_n('0', p.saturating_sub(EXACT_FRACTION)));
    t
}

/// `a` in scientific notation with `p` digits after the point (`{:.pe}` for any `p`).
fn sci_digits(a: f64, p: usize) -> String {
    let t = format!("{:.*e}", p.min(EXACT_SIGNIFICANT), a);
    match (p.checked_sub(EXACT_SIGNIFICANT), t.find('e')) {
        (Some(zeros), Some(e)) if zeros > 0 => {
            format!("{}{}{}", &t[..e], "0".repeat(zeros), &t[e..])
        }
        _ => t,
    }
}

/// Scientific layout keeping every digit Rust produced (for `e` with a precision).
fn sci_with_precision(digits: &str, exp: i32, alternate: bool) -> String {
    let t = sci_layout(digits, exp);
    if alternate && digits.len() == 1 {
        t.replacen('e', ".e", 1)
    } else {
        t
    }
}

/// The presentation with a precision and no type: like `g`, but fixed notation keeps a
/// digit after the point and scientific notation starts at exponent `p - 1`.
fn repr_style(a: f64, p: usize) -> String {
    if a == 0.0 {
        return "0.0".into();
    }
    let (digits, exp) = split_sci(&sci_digits(a, p - 1));
    let t = digits.trim_end_matches('0');
    let digits = if t.is_empty() { "0" } else { t };
    if exp >= -4 && (exp as i64) < p as i64 - 1 {
        fixed_layout(digits, exp, true)
    } else {
        sci_layout(digits, exp)
    }
}

/// The `g` presentation: `p` significant digits, fixed or scientific by exponent.
fn general(a: f64, p: usize, alternate: bool) -> String {
    if a == 0.0 {
        return if alternate {
            format!("0.{}", "0".repeat(p - 1))
        } else {
            "0".into()
        };
    }
    let (digits, exp) = split_sci(&sci_digits(a, p - 1));
    let digits = if alternate {
        digits
    } else {
        let t = digits.trim_end_matches('0');
        if t.is_empty() {
            "0".into()
        } else {
            t.to_string()
        }
    };
    if exp >= -4 && (exp as i64) < p as i64 {
        fixed_layout(&digits, exp, false)
    } else {
        sci_layout(&digits, exp)
    }
}

/// `format(complex, spec)`: each part formatted as a float (the imaginary one always
/// signed when the real one is shown), then the whole padded; with no type, the parts
/// as in `repr` (in parentheses unless the real part is +0).
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(super::complex::repr_complex(super::complex::Complex::new(
            re, im,
        )));
    }
    let s = parse(spec)?;
    if s.zero {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let kind = match s.kind {
        None => None,
        Some('n') => Some('g'),
        Some(k @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(k),
        Some(k) => return Err(unknown_code(k, "complex")),
    };
    let bare = kind.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part = |f: f64, sign: Option<char>| -> PyResult<String> {
        let text = match (kind, s.precision) {
            (None, None) => super::complex::repr_part(f.abs()),
            _ => {
                let part_spec = Spec {
                    grouping: s.grouping,
                    alternate: s.alternate,
                    precision: s.precision,
                    kind: Some(kind.unwrap_or('g')),
                    ..Spec::default()
                };
                format_float_spec(f.abs(), &part_spec)?
            }
        };
        let negative = f.is_sign_negative() && !f.is_nan();
        let sign = match (negative, sign) {
            (true, _) => "-",
            (false, Some('+')) => "+",
            (false, Some(' ')) => " ",
            _ => "",
        };
        Ok(format!("{sign}{text}"))
    };
    let body = if skip_re {
        format!("{}j", part(im, s.sign)?)
    } else {
        let joined = format!("{}{}j", part(re, s.sign)?, part(im, Some('+'))?);
        if bare {
            format!("({joined})")
        } else {
            joined
        }
    };
    let outer = Spec { zero: false, ..s };
    Ok(pad(&outer, "", &body, '>'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_specs() {
        assert_eq!(format_float(1.23456, ".2f").unwrap(), "1.23");
        assert_eq!(format_float(1.23456, ".2").unwrap(), "1.2");
        assert_eq!(format_float(1234567.0, ",.1f").unwrap(), "1,234,567.0");
        assert_eq!(format_float(0.5, ".1%").unwrap(), "50.0%");
        assert_eq!(format_float(12345.678, ".3e").unwrap(), "1.235e+04");
        assert_eq!(format_int(&BigInt::from(42), "05d").unwrap(), "00042");
        assert_eq!(format_int(&BigInt::from(-42), ">6").unwrap(), "   -42");
        assert_eq!(format_int(&BigInt::from(255), "#x").unwrap(), "0xff");
        assert_eq!(
            format_int(&BigInt::from(1234567), ",").unwrap(),
            "1,234,567"
        );
        assert_eq!(format_str("ab", "^6").unwrap(), "  ab  ");
        assert_eq!(format_str("ab", "*<4").unwrap(), "ab**");
    }
}
