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
    s.width = chars[start..i]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
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
        s.precision = chars[start..i].iter().collect::<String>().parse().ok();
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
    let negative = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        if matches!(s.kind, Some('E' | 'F' | 'G')) {
            t.to_uppercase()
        } else {
            t.to_string()
        }
    } else {
        match s.kind {
            Some('f' | 'F') => format!("{:.*}", s.precision.unwrap_or(6), a),
            Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), a * 100.0),
            Some(k @ ('e' | 'E')) => {
                let (d, x) = split_sci(&format!("{:.*e}", s.precision.unwrap_or(6), a));
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
    let (digits, exp) = split_sci(&format!("{:.*e}", p - 1, a));
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
    let (digits, exp) = split_sci(&format!("{:.*e}", p - 1, a));
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
