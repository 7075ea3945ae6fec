//! The string a pattern works on, as the engine sees it: a str's own text, or the
//! bytes of a bytes-like object as Latin-1 text (one character per byte, so the
//! character offsets Python shows are the byte offsets), and the values cut from
//! it, str pieces of a str and bytes pieces of bytes, as CPython returns them.

use std::rc::Rc;

use crate::objects::bytes::repr_bytes;
use crate::objects::str::repr_str;
use crate::objects::Value;

/// A str or bytes-like value with the text the engine searches.
#[derive(Debug, Clone)]
pub struct Text {
    /// The value as given (what `Match.string` and `Pattern.pattern` return).
    pub value: Value,
    /// For bytes, their Latin-1 text; `None` for a str, whose own text is used.
    latin1: Option<Rc<str>>,
}

impl Text {
    /// The text of a str, or of a bytes-like value; `None` for any other value.
    pub fn new(value: &Value) -> Option<Text> {
        if value.as_str().is_some() {
            return Some(Text {
                value: value.clone(),
                latin1: None,
            });
        }
        let latin1 = latin1_decode(&value.as_bytes()?);
        Some(Text {
            value: value.clone(),
            latin1: Some(latin1.into()),
        })
    }

    /// Whether the value is bytes-like.
    pub fn is_bytes(&self) -> bool {
        self.latin1.is_some()
    }

    /// The text the engine searches.
    pub fn as_str(&self) -> &str {
        match &self.latin1 {
            Some(t) => t,
            None => self.value.as_str().unwrap_or(""),
        }
    }

    /// Whether every character is ASCII (so character offsets are byte offsets).
    pub fn is_ascii(&self) -> bool {
        match &self.value {
            Value::Str(s) => s.is_ascii(),
            _ => self.as_str().is_ascii(),
        }
    }

    /// The number of characters (of bytes, for bytes).
    pub fn char_len(&self) -> usize {
        match &self.value {
            Value::Str(s) => s.char_len(),
            _ if self.is_ascii() => self.as_str().len(),
            _ => self.as_str().chars().count(),
        }
    }

    /// A piece of the text (or text made from it) as a value of the text's kind:
    /// a str, or bytes.
    pub fn piece(&self, s: &str) -> Value {
        piece(self.is_bytes(), s)
    }

    /// A piece the text owns already, as [`Text::piece`].
    pub fn owned_piece(&self, s: String) -> Value {
        if self.is_bytes() {
            Value::bytes(latin1_encode(&s))
        } else {
            Value::string(s)
        }
    }

    /// `repr()` of the value, cut to its first `limit` characters as CPython cuts
    /// the text in a pattern's or match's repr.
    pub fn repr_of(&self, s: &str, limit: usize) -> String {
        let r = if self.is_bytes() {
            repr_bytes(&latin1_encode(s))
        } else {
            repr_str(s)
        };
        r.chars().take(limit).collect()
    }

    /// The type name of the value's kind in CPython's messages about mixing them.
    pub fn kind(&self) -> &'static str {
        if self.is_bytes() {
            "a bytes-like object"
        } else {
            "str instance"
        }
    }
}

/// A value of the kind `bytes` says made from `s`.
pub fn piece(bytes: bool, s: &str) -> Value {
    if bytes {
        Value::bytes(latin1_encode(s))
    } else {
        Value::str(s)
    }
}

/// Bytes as the Latin-1 text of one character per byte.
pub fn latin1_decode(b: &[u8]) -> String {
    b.iter().map(|&b| b as char).collect()
}

/// Latin-1 text (every character below U+0100, as [`latin1_decode`] makes it) back
/// into its bytes.
pub fn latin1_encode(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}
