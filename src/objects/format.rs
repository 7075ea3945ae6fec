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

/// Parses a format spec for a value of type `type_name`, with CPython's error for
/// malformed ones.
pub fn parse(spec: &str, type_name: &str) -> PyResult<Spec> {
    let mut s = Spec::default();
    let mut chars = spec.char_indices().peekable();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    let first = spec.chars().next();
    let second = spec.chars().nth(1);
    match (first, second) {
        (Some(f), Some(a)) if is_align(a) => {
            s.fill = Some(f);
            s.align = Some(a);
            chars.next();
            chars.next();
        }
        (Some(a), _) if is_align(a) => {
            s.align = Some(a);
            chars.next();
        }
        _ => {}
    }
    if let Some(&(_, c @ ('+' | '-' | ' '))) = chars.peek() {
        s.sign = Some(c);
        chars.next();
    }
    if chars.next_if(|&(_, c)| c == '#').is_some() {
        s.alternate = true;
    }
    if chars.next_if(|&(_, c)| c == '0').is_some() {
        s.zero = true;
    }
    s.width = number(spec, &mut chars)?.unwrap_or(0);
    if let Some(&(_, c @ (',' | '_'))) = chars.peek() {
        s.grouping = Some(c);
        chars.next();
    }
    if chars.next_if(|&(_, c)| c == '.').is_some() {
        s.precision = number(spec, &mut chars)?;
        if s.precision.is_none() {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "Format specifier missing precision",
            ));
        }
    }
    if let Some((_, c)) = chars.next() {
        s.kind = Some(c);
    }
    if chars.next().is_some() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
        ));
    }
    Ok(s)
}

/// A width or precision read from the digits at `chars`: none when there are none,
/// CPython's error past a C `Py_ssize_t`.
fn number(
    spec: &str,
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
) -> PyResult<Option<usize>> {
    let Some(&(start, _)) = chars.peek() else {
        return Ok(None);
    };
    let mut end = start;
    while let Some((i, c)) = chars.next_if(|&(_, c)| c.is_ascii_digit()) {
        end = i + c.len_utf8();
    }
    if end == start {
        return Ok(None);
    }
    match spec[start..end].parse::<i64>() {
        Ok(n) => Ok(Some(n as usize)),
        Err(_) => Err(PyErr::new(
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
    let mut out = String::with_capacity(sign.len() + body.len() + s.width.saturating_sub(len));
    if len >= s.width {
        out.push_str(sign);
        out.push_str(body);
        return out;
    }
    let n = s.width - len;
    let (fill, align) = match (s.fill, s.align, s.zero) {
        (f, Some(a), _) => (f.unwrap_or(' '), a),
        (None, None, true) => ('0', '='),
        _ => (' ', default_align),
    };
    let (before, after) = match align {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    };
    if align == '=' {
        out.push_str(sign);
    }
    out.extend(std::iter::repeat_n(fill, before));
    if align != '=' {
        out.push_str(sign);
    }
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, after));
    out
}

fn sign_str(s: &Spec, negative: bool) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Inserts a grouping separator every `every` digits of the integer part. With the
/// `0` flag, `width` is the room the digits have: as in CPython, the zeros that fill
/// it are digits, grouped too.
fn group<'a>(digits: &'a str, s: &Spec, every: usize, lead: &str) -> std::borrow::Cow<'a, str> {
    let Some(sep) = s.grouping else {
        return digits.into();
    };
    // Decimal digits are grouped by threes, the other bases' (hex too) by fours.
    let is_digit = |c: char| match every {
        3 => c.is_ascii_digit(),
        _ => c.is_ascii_hexdigit(),
    };
    let (int_part, rest) = match digits.find(|c: char| !is_digit(c)) {
        Some(p) => digits.split_at(p),
        None => (digits, ""),
    };
    let zero_padded = match (s.fill, s.align) {
        (None, None) => s.zero,
        (Some('0'), Some('=')) => true,
        _ => false,
    };
    let room = if zero_padded {
        s.width
            .saturating_sub(lead.chars().count() + rest.chars().count())
    } else {
        0
    };
    let mut n = int_part.len();
    while n + n.saturating_sub(1) / every < room {
        n += 1;
    }
    let zeros = n - int_part.len();
    let mut out = String::with_capacity(n + n / every + rest.len());
    for i in 0..n {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(if i < zeros {
            '0'
        } else {
            int_part.as_bytes()[i - zeros] as char
        });
    }
    out.push_str(rest);
    out.into()
}

/// `format(str, spec)`.
pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    let s = parse(spec, "str")?;
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

/// An int to format: a machine int or a big one.
#[derive(Clone, Copy)]
pub enum IntArg<'a> {
    /// An int that fits an i64.
    Small(i64),
    /// Any int.
    Big(&'a BigInt),
}

/// `format(int, spec)` (`type_name` is `int` or `bool`, for the messages).
pub fn format_int(n: IntArg<'_>, spec: &str, type_name: &str) -> PyResult<String> {
    let s = parse(spec, type_name)?;
    let kind = s.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = match n {
            IntArg::Small(i) => i as f64,
            IntArg::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        };
        return format_float_spec(f, &s);
    }
    if s.precision.is_some() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Precision not allowed in integer format specifier",
        ));
    }
    // Small magnitudes format with machine ints (no big-int conversion).
    let (small, negative) = match n {
        IntArg::Small(i) => (Some(i.unsigned_abs()), i < 0),
        IntArg::Big(b) => (b.abs().to_u64(), b.is_negative()),
    };
    let big_abs = |r: u32| match n {
        IntArg::Small(i) => BigInt::from(i).abs().to_str_radix(r),
        IntArg::Big(b) => b.abs().to_str_radix(r),
    };
    let radix = |r: u32| match small {
        Some(m) => match r {
            2 => format!("{m:b}"),
            8 => format!("{m:o}"),
            16 => format!("{m:x}"),
            _ => m.to_string(),
        },
        None => big_abs(r),
    };
    let (digits, prefix, every) = match kind {
        'd' | 'n' => (radix(10), "", 3),
        'b' => (radix(2), "0b", 4),
        'o' => (radix(8), "0o", 4),
        'x' => (radix(16), "0x", 4),
        'X' => (radix(16).to_uppercase(), "0X", 4),
        'c' => {
            let code = match n {
                IntArg::Small(i) => u32::try_from(i).ok(),
                IntArg::Big(b) => b.to_u32(),
            };
            let c = code.and_then(char::from_u32).ok_or_else(|| {
                PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)")
            })?;
            return Ok(pad(&s, "", &c.to_string(), '<'));
        }
        k => return Err(unknown_code(k, type_name)),
    };
    let sign = sign_str(&s, negative);
    let mut lead = String::new();
    lead.push_str(sign);
    if s.alternate {
        lead.push_str(prefix);
    }
    let digits = group(&digits, &s, every, &lead);
    Ok(pad(&s, &lead, &digits, '>'))
}

/// `format(float, spec)`.
pub fn format_float(f: f64, spec: &str) -> PyResult<String> {
    let s = parse(spec, "float")?;
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
    let sign = sign_str(s, negative);
    let body = if a.is_finite() {
        group(&body, s, 3, sign)
    } else {
        body.into()
    };
    Ok(pad(s, sign, &body, '>'))
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
    let s = parse(spec, "complex")?;
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
        assert_eq!(
            format_int(IntArg::Small(42), "05d", "int").unwrap(),
            "00042"
        );
        assert_eq!(
            format_int(IntArg::Small(-42), ">6", "int").unwrap(),
            "   -42"
        );
        assert_eq!(format_int(IntArg::Small(255), "#x", "int").unwrap(), "0xff");
        assert_eq!(
            format_int(IntArg::Small(1234567), ",", "int").unwrap(),
            "1,234,567"
        );
        assert_eq!(format_str("ab", "^6").unwrap(), "  ab  ");
        assert_eq!(format_str("ab", "*<4").unwrap(), "ab**");
    }
}
