//! The text codecs genpy knows (UTF-8, UTF-8 with a BOM, ASCII, Latin-1, cp1252,
//! UTF-16 and UTF-32 with or without a byte-order mark) with CPython's error
//! handlers (`strict`, `ignore`, `replace`, `backslashreplace`, and
//! `xmlcharrefreplace` for encoding) and its `UnicodeDecodeError`/
//! `UnicodeEncodeError`s: what `str.encode`, `bytes.decode`, `bytes(s, enc)`, the
//! `codecs` module and text files use.

use crate::objects::class::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};

/// An encoding, by its canonical (error-message) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// `utf-8`
    Utf8,
    /// `utf-8-sig`: UTF-8 after a byte-order mark (written first, skipped if present).
    Utf8Sig,
    /// `ascii`
    Ascii,
    /// `latin-1` (ISO-8859-1)
    Latin1,
    /// `cp1252` (Windows-1252): Latin-1 with printable characters in 0x80-0x9F.
    Cp1252,
    /// `utf-16`: a byte-order mark (written little-endian), then UTF-16 in its order.
    Utf16,
    /// `utf-16-le`
    Utf16Le,
    /// `utf-16-be`
    Utf16Be,
    /// `utf-32`: a byte-order mark (written little-endian), then UTF-32 in its order.
    Utf32,
    /// `utf-32-le`
    Utf32Le,
    /// `utf-32-be`
    Utf32Be,
}

impl Encoding {
    /// The encoding an `encoding=` name denotes, as CPython normalises it (case,
    /// `-`/`_`/spaces ignored, the usual aliases); LookupError for any other.
    pub fn lookup(name: &str) -> PyResult<Encoding> {
        let key: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        Ok(match key.as_str() {
            "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
            "utf8sig" => Encoding::Utf8Sig,
            "ascii" | "usascii" | "646" => Encoding::Ascii,
            "latin1" | "latin" | "l1" | "iso88591" | "8859" | "cp819" | "iso8859" => {
                Encoding::Latin1
            }
            "cp1252" | "windows1252" => Encoding::Cp1252,
            "utf16" | "u16" => Encoding::Utf16,
            "utf16le" | "unicodelittleunmarked" => Encoding::Utf16Le,
            "utf16be" | "unicodebigunmarked" => Encoding::Utf16Be,
            "utf32" | "u32" => Encoding::Utf32,
            "utf32le" => Encoding::Utf32Le,
            "utf32be" => Encoding::Utf32Be,
            k if UNSUPPORTED.contains(&k) => {
                return Err(PyErr::new(
                    ExcKind::NotImplementedError,
                    format!(
                        "the '{name}' codec is not supported (genpy has utf-8, utf-8-sig, \
                         ascii, latin-1, cp1252, utf-16 and utf-32)"
                    ),
                ))
            }
            _ => {
                return Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown encoding: {name}"),
                ))
            }
        })
    }

    /// The name CPython's messages use (`'utf-8' codec can't ...`).
    pub fn name(self) -> &'static str {
        match self {
            // Decoding errors past the mark are UTF-8's.
            Encoding::Utf8 | Encoding::Utf8Sig => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
            Encoding::Cp1252 => "charmap",
            // Without a mark (or after a little-endian one), as the platform's order.
            Encoding::Utf16 | Encoding::Utf16Le => "utf-16-le",
            Encoding::Utf16Be => "utf-16-be",
            Encoding::Utf32 | Encoding::Utf32Le => "utf-32-le",
            Encoding::Utf32Be => "utf-32-be",
        }
    }

    /// The codec's name as `codecs.lookup(...).name` gives it.
    pub fn codec_name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Sig => "utf-8-sig",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "iso8859-1",
            Encoding::Cp1252 => "cp1252",
            Encoding::Utf16 => "utf-16",
            Encoding::Utf16Le => "utf-16-le",
            Encoding::Utf16Be => "utf-16-be",
            Encoding::Utf32 => "utf-32",
            Encoding::Utf32Le => "utf-32-le",
            Encoding::Utf32Be => "utf-32-be",
        }
    }

    /// The width and byte order of a UTF-16 or UTF-32 encoding's code units, and
    /// whether it starts with a byte-order mark; `None` for the byte-oriented ones
    /// (where a `\n` byte is always a newline).
    pub fn wide(self) -> Option<(usize, bool, bool)> {
        match self {
            Encoding::Utf16 => Some((2, false, true)),
            Encoding::Utf16Le => Some((2, false, false)),
            Encoding::Utf16Be => Some((2, true, false)),
            Encoding::Utf32 => Some((4, false, true)),
            Encoding::Utf32Le => Some((4, false, false)),
            Encoding::Utf32Be => Some((4, true, false)),
            _ => None,
        }
    }
}

impl Encoding {
    /// The byte-order marks a stream in this encoding may start with, each with the
    /// encoding of the text after it (empty for the encodings without one).
    pub fn marks(self) -> &'static [(&'static [u8], Encoding)] {
        match self {
            Encoding::Utf8Sig => &[(BOM, Encoding::Utf8)],
            Encoding::Utf16 => &[
                (b"\xff\xfe", Encoding::Utf16Le),
                (b"\xfe\xff", Encoding::Utf16Be),
            ],
            Encoding::Utf32 => &[
                (b"\xff\xfe\0\0", Encoding::Utf32Le),
                (b"\0\0\xfe\xff", Encoding::Utf32Be),
            ],
            _ => &[],
        }
    }

    /// The encoding of a stream's text after its start: without a mark (or after the
    /// one it writes), UTF-16 and UTF-32 are little-endian (the platform's order).
    pub fn unmarked(self) -> Encoding {
        match self {
            Encoding::Utf8Sig => Encoding::Utf8,
            Encoding::Utf16 => Encoding::Utf16Le,
            Encoding::Utf32 => Encoding::Utf32Le,
            e => e,
        }
    }
}

/// The `encoding`/`errors` argument `name` of `fname` (`encode`, `decode`), or
/// CPython's TypeError: "decode() argument 'encoding' must be str, not int".
pub fn text_arg<'a>(v: &'a Value, fname: &str, name: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        let what = match v {
            Value::None => "None".into(),
            other => other.type_name(),
        };
        PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() argument '{name}' must be str, not {what}"),
        )
    })
}

/// Codecs CPython has and genpy does not (normalised as [`Encoding::lookup`] does):
/// asking for one is NotImplementedError, not "unknown encoding".
const UNSUPPORTED: &[&str] = &[
    "utf7",
    "cp1251",
    "windows1251",
    "cp1250",
    "cp437",
    "cp850",
    "cp866",
    "iso885915",
    "latin9",
    "iso88592",
    "iso88595",
    "iso88597",
    "koi8r",
    "koi8u",
    "macroman",
    "shiftjis",
    "sjis",
    "cp932",
    "eucjp",
    "gbk",
    "gb2312",
    "gb18030",
    "big5",
    "euckr",
    "cp949",
    "idna",
    "punycode",
    "unicodeescape",
    "rawunicodeescape",
    "hex",
    "base64",
    "rot13",
];

/// An error handler (`errors=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Errors {
    /// Raise the Unicode error.
    Strict,
    /// Drop what cannot be converted.
    Ignore,
    /// U+FFFD when decoding, `?` when encoding.
    Replace,
    /// `\xNN` (and `\uNNNN`, `\UNNNNNNNN` when encoding).
    BackslashReplace,
    /// `&#NNN;` (encoding only).
    XmlCharRefReplace,
    /// `surrogateescape` and `surrogatepass`: genpy's str cannot hold lone
    /// surrogates, so these handlers raise NotImplementedError where they would make
    /// one, and act as `strict` where they would not apply.
    SurrogateEscape,
    /// `surrogatepass`, see [`Errors::SurrogateEscape`].
    SurrogatePass,
    /// `namereplace`: `\N{NAME}` (encoding only; `\xNN`... for a nameless character).
    NameReplace,
    /// A name CPython would reject only when an error occurs (it looks it up lazily).
    Unknown,
}

/// An error handler with its name (for the messages of unknown ones).
#[derive(Clone, Debug)]
pub struct Handler {
    kind: Errors,
    name: String,
}

impl Handler {
    /// The handler named `name` (`None` is `strict`).
    pub fn new(name: Option<&str>) -> Handler {
        let name = name.unwrap_or("strict");
        let kind = match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "backslashreplace" => Errors::BackslashReplace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            "surrogateescape" => Errors::SurrogateEscape,
            "surrogatepass" => Errors::SurrogatePass,
            "namereplace" => Errors::NameReplace,
            _ => Errors::Unknown,
        };
        Handler {
            kind,
            name: name.to_string(),
        }
    }

    /// `strict`.
    pub fn strict() -> Handler {
        Handler::new(None)
    }

    /// The handler's name (`errors` attribute of a text file).
    pub fn name(&self) -> &str {
        &self.name
    }

    fn unknown(&self) -> PyErr {
        PyErr::new(
            ExcKind::LookupError,
            format!("unknown error handler name '{}'", self.name),
        )
    }
}

/// `s.encode(enc, errors)`.
pub fn encode(s: &str, enc: Encoding, errors: &Handler) -> PyResult<Vec<u8>> {
    let (byte, reason): (fn(char) -> Option<u8>, &str) = match enc {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Utf8Sig => {
            let mut out = BOM.to_vec();
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Encoding::Ascii => (
            |c| (c.is_ascii()).then_some(c as u32 as u8),
            "ordinal not in range(128)",
        ),
        Encoding::Latin1 => (|c| u8::try_from(c as u32).ok(), "ordinal not in range(256)"),
        Encoding::Cp1252 => (cp1252_byte, "character maps to <undefined>"),
        wide => return Ok(encode_wide(s, wide)),
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|c| byte(**c).is_none())
            .count();
        let bad = &chars[i..end];
        match errors.kind {
            Errors::Strict | Errors::SurrogateEscape | Errors::SurrogatePass => {
                return Err(unicode_error(
                    ExcKind::UnicodeEncodeError,
                    enc.name(),
                    Value::str(s),
                    i,
                    end,
                    reason,
                ));
            }
            Errors::Unknown => return Err(errors.unknown()),
            Errors::NameReplace => {
                for c in bad {
                    match unicode_names2::name(*c) {
                        Some(name) => out.extend_from_slice(format!("\\N{{{name}}}").as_bytes()),
                        None => {
                            out.extend_from_slice(crate::objects::str::escape_char(*c).as_bytes())
                        }
                    }
                }
            }
            Errors::Ignore => {}
            Errors::Replace => out.extend(std::iter::repeat_n(b'?', bad.len())),
            Errors::BackslashReplace => {
                for c in bad {
                    out.extend_from_slice(crate::objects::str::escape_char(*c).as_bytes());
                }
            }
            Errors::XmlCharRefReplace => {
                for c in bad {
                    out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// The characters cp1252 puts at 0x80-0x9F (`None`: undefined); from 0xA0 on it is
/// Latin-1.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

/// The cp1252 byte of a character, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xa0..0x100).contains(&n) {
        return Some(n as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|h| *h == Some(c))
        .map(|i| 0x80 + i as u8)
}

/// The character of a cp1252 byte, if it has one.
fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => CP1252_HIGH[(b - 0x80) as usize],
        _ => Some(b as char),
    }
}

/// `s` in UTF-16 or UTF-32 (cannot fail: genpy's str holds no lone surrogates).
fn encode_wide(s: &str, enc: Encoding) -> Vec<u8> {
    let Some((width, big, bom)) = enc.wide() else {
        return s.as_bytes().to_vec();
    };
    let mut out = Vec::with_capacity((s.len() + 1) * width);
    let mut unit = |u: u32| {
        let b = u.to_le_bytes();
        let b = &b[..width];
        if big {
            out.extend(b.iter().rev());
        } else {
            out.extend_from_slice(b);
        }
    };
    if bom {
        unit(0xfeff);
    }
    for c in s.chars() {
        if width == 4 {
            unit(c as u32);
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                unit(*u as u32);
            }
        }
    }
    out
}

/// A `UnicodeDecodeError`/`UnicodeEncodeError` with CPython's five args (encoding,
/// object, start, end, reason) and the attributes of the same names; its message is
/// made from them when it is shown.
fn unicode_error(
    kind: ExcKind,
    enc: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let fields = [
        ("encoding", Value::str(enc)),
        ("object", object),
        ("start", Value::Int(start as i64)),
        ("end", Value::Int(end as i64)),
        ("reason", Value::str(reason)),
    ];
    let args = fields.iter().map(|(_, v)| v.clone()).collect();
    let err = PyErr::with_args(types().exc(kind), args);
    for (name, v) in fields {
        err.0.dict.set(name, v);
    }
    err
}

/// The text of `data` in `enc`. With `last` false, an incomplete UTF-8 sequence (or
/// code unit) at the end is left undecoded (a file reads on from it): the result
/// says how many bytes were used.
pub fn decode_partial(
    data: &[u8],
    enc: Encoding,
    errors: &Handler,
    last: bool,
) -> PyResult<(String, usize)> {
    match enc {
        Encoding::Utf8 => decode_utf8(data, errors, last),
        Encoding::Utf8Sig => {
            let body = data.strip_prefix(BOM).unwrap_or(data);
            let (text, used) = decode_utf8(body, errors, last)?;
            Ok((text, used + (data.len() - body.len())))
        }
        Encoding::Latin1 => Ok((data.iter().map(|&b| b as char).collect(), data.len())),
        Encoding::Cp1252 => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                match cp1252_char(b) {
                    Some(c) => out.push(c),
                    None => bad_bytes(
                        &mut out,
                        data,
                        (i, i + 1),
                        enc.name(),
                        errors,
                        "character maps to <undefined>",
                    )?,
                }
            }
            Ok((out, data.len()))
        }
        wide @ (Encoding::Utf16
        | Encoding::Utf16Le
        | Encoding::Utf16Be
        | Encoding::Utf32
        | Encoding::Utf32Le
        | Encoding::Utf32Be) => decode_wide(data, wide, errors, last),
        Encoding::Ascii => {
            if data.is_ascii() {
                // SAFETY-free fast path: ASCII is valid UTF-8.
                return Ok((String::from_utf8_lossy(data).into_owned(), data.len()));
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    bad_bytes(
                        &mut out,
                        data,
                        (i, i + 1),
                        enc.name(),
                        errors,
                        "ordinal not in range(128)",
                    )?;
                }
            }
            Ok((out, data.len()))
        }
    }
}

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xef\xbb\xbf";

/// `data.decode(enc, errors)`.
pub fn decode(data: &[u8], enc: Encoding, errors: &Handler) -> PyResult<String> {
    Ok(decode_partial(data, enc, errors, true)?.0)
}

fn decode_utf8(data: &[u8], errors: &Handler, last: bool) -> PyResult<(String, usize)> {
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok((s.to_string(), data.len()));
    }
    let mut out = String::with_capacity(data.len());
    let mut at = 0;
    loop {
        match std::str::from_utf8(&data[at..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok((out, data.len()));
            }
            Err(e) => {
                let good = at + e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[at..good]).unwrap_or_default());
                let (end, reason) = match e.error_len() {
                    None if !last => return Ok((out, good)),
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if n == 1 && !is_start_byte(data[good]) => {
                        (good + 1, "invalid start byte")
                    }
                    Some(n) => (good + n, "invalid continuation byte"),
                };
                if errors.kind == Errors::SurrogatePass
                    && data[good] == 0xed
                    && data.get(good + 1).is_some_and(|b| *b >= 0xa0)
                {
                    return Err(no_surrogates("surrogatepass"));
                }
                bad_bytes(&mut out, data, (good, end), "utf-8", errors, reason)?;
                at = end;
            }
        }
    }
}

/// Decodes UTF-16 or UTF-32: after a byte-order mark that picks the order (for the
/// encodings that have one; without it, little-endian), each code unit, with
/// CPython's errors at their positions in `data`.
fn decode_wide(
    data: &[u8],
    enc: Encoding,
    errors: &Handler,
    last: bool,
) -> PyResult<(String, usize)> {
    let Some((width, mut big, bom)) = enc.wide() else {
        return Ok((String::new(), 0));
    };
    let mut i = 0;
    if bom {
        let le_mark: &[u8] = if width == 2 {
            b"\xff\xfe"
        } else {
            b"\xff\xfe\0\0"
        };
        let be_mark: &[u8] = if width == 2 {
            b"\xfe\xff"
        } else {
            b"\0\0\xfe\xff"
        };
        if data.starts_with(le_mark) {
            i = width;
        } else if data.starts_with(be_mark) {
            (i, big) = (width, true);
        }
    }
    let name = match (width, big) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    };
    let unit = |at: usize| -> u32 {
        let b = &data[at..at + width];
        let mut v = 0u32;
        for k in 0..width {
            let byte = if big { b[k] } else { b[width - 1 - k] };
            v = v << 8 | byte as u32;
        }
        v
    };
    let mut out = String::with_capacity(data.len() / width);
    while i + width <= data.len() {
        let u = unit(i);
        if width == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None if (0xd800..0xe000).contains(&u) => {
                    if errors.kind == Errors::SurrogatePass {
                        return Err(no_surrogates("surrogatepass"));
                    }
                    let reason = "code point in surrogate code point range(0xd800, 0xe000)";
                    bad_bytes(&mut out, data, (i, i + 4), name, errors, reason)?
                }
                None => {
                    let reason = "code point not in range(0x110000)";
                    bad_bytes(&mut out, data, (i, i + 4), name, errors, reason)?
                }
            }
            i += 4;
            continue;
        }
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if errors.kind == Errors::SurrogatePass {
            return Err(no_surrogates("surrogatepass"));
        }
        if u >= 0xdc00 {
            bad_bytes(&mut out, data, (i, i + 2), name, errors, "illegal encoding")?;
            i += 2;
        } else if i + 4 > data.len() {
            if !last {
                return Ok((out, i));
            }
            let end = data.len();
            bad_bytes(
                &mut out,
                data,
                (i, end),
                name,
                errors,
                "unexpected end of data",
            )?;
            i = end;
        } else {
            let low = unit(i + 2);
            if (0xdc00..0xe000).contains(&low) {
                let c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                let reason = "illegal UTF-16 surrogate";
                bad_bytes(&mut out, data, (i, i + 2), name, errors, reason)?;
                i += 2;
            }
        }
    }
    if i < data.len() {
        if !last {
            return Ok((out, i));
        }
        bad_bytes(
            &mut out,
            data,
            (i, data.len()),
            name,
            errors,
            "truncated data",
        )?;
    }
    Ok((out, data.len()))
}

/// The NotImplementedError of a handler that would make a lone surrogate.
fn no_surrogates(handler: &str) -> PyErr {
    PyErr::new(
        ExcKind::NotImplementedError,
        format!(
            "the '{handler}' error handler is not supported for decoding \
             (genpy's str cannot hold lone surrogates)"
        ),
    )
}

/// True for the bytes that may begin a UTF-8 sequence.
fn is_start_byte(b: u8) -> bool {
    b < 0x80 || (0xc2..=0xf4).contains(&b)
}

/// Applies the error handler to the undecodable `data[start..end]`.
fn bad_bytes(
    out: &mut String,
    data: &[u8],
    (start, end): (usize, usize),
    enc: &str,
    errors: &Handler,
    reason: &str,
) -> PyResult<()> {
    match errors.kind {
        Errors::Strict => Err(unicode_error(
            ExcKind::UnicodeDecodeError,
            enc,
            Value::bytes(data.to_vec()),
            start,
            end,
            reason,
        )),
        Errors::Ignore => Ok(()),
        Errors::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Errors::BackslashReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        Errors::XmlCharRefReplace | Errors::NameReplace => Err(PyErr::new(
            ExcKind::TypeError,
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        Errors::SurrogateEscape => Err(no_surrogates("surrogateescape")),
        Errors::SurrogatePass => Err(unicode_error(
            ExcKind::UnicodeDecodeError,
            enc,
            Value::bytes(data.to_vec()),
            start,
            end,
            reason,
        )),
        Errors::Unknown => Err(errors.unknown()),
    }
}
