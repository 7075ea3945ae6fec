//! The text codecs genpy knows (UTF-8, UTF-8 with a BOM, ASCII, Latin-1) with CPython's error handlers
//! (`strict`, `ignore`, `replace`, `backslashreplace`, and `xmlcharrefreplace` for
//! encoding) and its `UnicodeDecodeError`/`UnicodeEncodeError`s: what `str.encode`,
//! `bytes.decode`, `bytes(s, enc)` and text files use.

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
            k if UNSUPPORTED.contains(&k) => {
                return Err(PyErr::new(
                    ExcKind::NotImplementedError,
                    format!(
                        "the '{name}' codec is not supported (genpy has utf-8, utf-8-sig, \
                         ascii and latin-1)"
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
    "utf16",
    "utf16le",
    "utf16be",
    "utf32",
    "utf32le",
    "utf32be",
    "utf7",
    "cp1252",
    "windows1252",
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
    /// `surrogateescape`: genpy's str cannot hold lone surrogates, so this handler
    /// raises NotImplementedError where it would make one.
    SurrogateEscape,
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
    let limit: u32 = match enc {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Utf8Sig => {
            let mut out = BOM.to_vec();
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Encoding::Ascii => 0x80,
        Encoding::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|c| (**c as u32) >= limit)
            .count();
        let bad = &chars[i..end];
        match errors.kind {
            Errors::Strict | Errors::SurrogateEscape => {
                return Err(encode_error(enc, s, i, end, limit));
            }
            Errors::Unknown => return Err(errors.unknown()),
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

fn encode_error(enc: Encoding, s: &str, start: usize, end: usize, limit: u32) -> PyErr {
    let reason = format!("ordinal not in range({limit})");
    unicode_error(
        ExcKind::UnicodeEncodeError,
        enc,
        Value::str(s),
        start,
        end,
        &reason,
    )
}

/// A `UnicodeDecodeError`/`UnicodeEncodeError` with CPython's five args (encoding,
/// object, start, end, reason) and the attributes of the same names; its message is
/// made from them when it is shown.
fn unicode_error(
    kind: ExcKind,
    enc: Encoding,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let fields = [
        ("encoding", Value::str(enc.name())),
        ("object", object),
        ("start", Value::Int(start as i64)),
        ("end", Value::Int(end as i64)),
        ("reason", Value::str(reason)),
    ];
    let args = fields.iter().map(|(_, v)| v.clone()).collect();
    let err = PyErr::with_args(types().exc(kind), args);
    let mut d = err.0.dict.borrow_mut();
    for (name, v) in fields {
        d.insert(name.into(), v);
    }
    drop(d);
    err
}

/// The text of `data` in `enc`. With `last` false, an incomplete UTF-8 sequence at
/// the end is left undecoded (a file reads on from it): the result says how many
/// bytes were used.
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
                        i,
                        i + 1,
                        enc,
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
                bad_bytes(&mut out, data, good, end, Encoding::Utf8, errors, reason)?;
                at = end;
            }
        }
    }
}

/// True for the bytes that may begin a UTF-8 sequence.
fn is_start_byte(b: u8) -> bool {
    b < 0x80 || (0xc2..=0xf4).contains(&b)
}

/// Applies the error handler to the undecodable `data[start..end]`.
fn bad_bytes(
    out: &mut String,
    data: &[u8],
    start: usize,
    end: usize,
    enc: Encoding,
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
        Errors::XmlCharRefReplace => Err(PyErr::new(
            ExcKind::TypeError,
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        Errors::SurrogateEscape => Err(PyErr::new(
            ExcKind::NotImplementedError,
            "the 'surrogateescape' error handler is not supported for decoding \
             (genpy's str cannot hold lone surrogates)",
        )),
        Errors::Unknown => Err(errors.unknown()),
    }
}
