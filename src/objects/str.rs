//! `str`: an immutable UTF-8 string that knows whether it is ASCII, so indexing and
//! `len` are O(1) in the common case. Short texts live inside the object (one
//! allocation per str, not two), and the hash is computed once.

use std::cell::Cell;
use std::hash::{Hash, Hasher};

/// Texts up to this many bytes are stored inline.
const INLINE: usize = 22;

/// Where a str's bytes live.
#[derive(Clone)]
enum Text {
    /// A short text, in the object itself.
    Inline { len: u8, buf: [u8; INLINE] },
    /// A longer text (or one handed over as a String), on the heap.
    Heap(String),
}

/// The payload of a Python str.
#[derive(Clone)]
pub struct PyStr {
    text: Text,
    chars: usize,
    /// The str's hash once computed; -1 (never a Python hash) until then.
    hash: Cell<i64>,
}

impl PyStr {
    /// Wraps a String, counting its characters once.
    pub fn new(s: String) -> PyStr {
        let chars = count_chars(&s);
        PyStr {
            text: Text::Heap(s),
            chars,
            hash: Cell::new(-1),
        }
    }

    /// Copies a text (inline when it is short).
    pub fn from_text(s: &str) -> PyStr {
        let chars = count_chars(s);
        let text = if s.len() <= INLINE {
            let mut buf = [0; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            Text::Heap(s.to_string())
        };
        PyStr {
            text,
            chars,
            hash: Cell::new(-1),
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Text::Heap(s) => s,
            // SAFETY: the buffer's first `len` bytes were copied from a `&str`
            // (`from_text`) and never change.
            Text::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize))
            },
        }
    }

    /// Number of code points (`len(s)`).
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// True when every character is ASCII (byte index = char index).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.as_str().len()
    }

    /// The character at code-point index `i` (must be in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str().chars().nth(i).unwrap_or('\0')
        }
    }

    /// The str's Python hash (`hash(s)`), computed by `compute` on first use.
    #[inline]
    pub fn cached_hash(&self, compute: impl FnOnce(&str) -> i64) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = compute(self.as_str());
        self.hash.set(h);
        h
    }
}

/// The number of code points of a text.
fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for PyStr {}

impl PartialOrd for PyStr {
    fn partial_cmp(&self, other: &PyStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PyStr {
    fn cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for PyStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// `repr()` of a str, with CPython's choice of quotes and escapes.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// True for characters `repr()` shows as they are (`str.isprintable`).
pub fn is_printable(c: char) -> bool {
    !((c as u32) < 0x20 || c as u32 == 0x7f || is_unprintable(c))
}

/// Characters CPython's repr escapes beyond ASCII controls (C1 controls, surrogates,
/// a few separators); an approximation of `str.isprintable`.
fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    (0x80..=0xa0).contains(&n)
        || n == 0xad
        || (0x2028..=0x2029).contains(&n)
        // Space separators (Zs) other than the space.
        || n == 0x1680
        || (0x2000..=0x200a).contains(&n)
        || n == 0x202f
        || n == 0x205f
        || n == 0x3000
        // Format characters (Cf): zero-width spaces and joiners, direction marks,
        // the byte-order mark.
        || (0x200b..=0x200f).contains(&n)
        || (0x202a..=0x202e).contains(&n)
        || (0x2060..=0x206f).contains(&n)
        || n == 0xfeff
        || (0xfff9..=0xfffb).contains(&n)
        || n == 0x061c
        || n == 0x180e
        || (0xd800..=0xdfff).contains(&n)
        || (0xe000..=0xf8ff).contains(&n)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character, as CPython escapes it.
pub fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}
