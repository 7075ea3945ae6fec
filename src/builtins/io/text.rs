//! Text files: `_io.TextIOWrapper`, the text layer over a binary stream (a file
//! opened in text mode, `sys.stdin`, or `io.TextIOWrapper(binary)`), with an encoding,
//! an error handler and CPython's newline modes. Lines are found by scanning the
//! binary stream's read-ahead for newline bytes (in UTF-8, ASCII and Latin-1 a `\n`
//! or `\r` byte is always that character) and decoding just the line, so iterating a
//! file costs one allocation per line and constant memory, and `tell()` is the exact
//! byte position.

use std::cell::{Cell, RefCell};
use std::io::SeekFrom;
use std::rc::Rc;

use super::binary::stream_of;
use super::stream::{closed_error, ByteStream};
use super::wide;
use super::{base_class, unsupported, IoBase};
use crate::builtins::codecs::{self, Encoding, Handler};
use crate::objects::args;
use crate::objects::class::{BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// How much written text a text file keeps before passing it to its binary stream.
const PENDING_LIMIT: usize = 8192;

/// A `newline=` mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newline {
    /// `None`: lines end at `\n`, `\r` or `\r\n`, read as `\n`; `\n` is written as is.
    Universal,
    /// `''`: lines end at `\n`, `\r` or `\r\n`, untranslated.
    Any,
    /// `'\n'`.
    Lf,
    /// `'\r'`: lines end at `\r`; `\n` is written as `\r`.
    Cr,
    /// `'\r\n'`: lines end at `\r\n`; `\n` is written as `\r\n`.
    CrLf,
}

impl Newline {
    /// The mode a `newline=` argument names, or CPython's errors.
    pub fn from_arg(v: Option<&Value>) -> PyResult<Newline> {
        Ok(match v {
            None | Some(Value::None) => Newline::Universal,
            Some(v) => match v.as_str() {
                Some("") => Newline::Any,
                Some("\n") => Newline::Lf,
                Some("\r") => Newline::Cr,
                Some("\r\n") => Newline::CrLf,
                Some(s) => {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!("illegal newline value: {s}"),
                    ))
                }
                None => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "TextIOWrapper() argument 'newline' must be str or None, not {}",
                            v.type_name()
                        ),
                    ))
                }
            },
        })
    }
}

/// The changing state of a text file.
#[derive(Debug)]
struct TextState {
    /// Encoded text not yet passed to the binary stream.
    pending: Vec<u8>,
    /// The bytes of an incomplete character at the end of the last chunk checked
    /// (see [`TextFile::check_chunk`]).
    carry: Vec<u8>,
}

/// A text file as a Python object.
#[derive(Debug)]
pub struct TextFile {
    /// The binary stream under it (`f.buffer`).
    buffer: Value,
    /// `name` and `mode`, for files `open()` made.
    name: Option<Value>,
    mode: Option<String>,
    encoding: Encoding,
    /// `encoding` as given (what the attribute and the repr show).
    encoding_name: String,
    errors: Handler,
    newline: Newline,
    /// Whether a chunk that fails to decode raises as it arrives (strict decoding of
    /// an encoding that can fail).
    check_chunks: bool,
    /// The binary stream's read count when its last chunk was checked.
    checked_reads: Cell<u64>,
    /// False between a `next()` and the end of the file, a seek or a flush, where
    /// CPython's `tell()` refuses ("telling position disabled by next() call").
    telling: Cell<bool>,
    /// The encoding the text is read and written in: `encoding`, or for one that
    /// starts with a byte-order mark, the encoding after the mark (read or written).
    codec: Cell<Encoding>,
    /// For the encodings with a byte-order mark (`utf-8-sig`, `utf-16`, `utf-32`):
    /// reading is at the start of the file (where a mark is read and skipped), and
    /// the next write is the first at the start (which writes one).
    at_start: Cell<bool>,
    bom_pending: Cell<bool>,
    state: RefCell<TextState>,
}

thread_local! {
    static TEXT_CLASS: Rc<Class> = {
        let c = Class::native(
            "_io",
            "TextIOWrapper",
            BuiltinType::Native,
            vec![base_class(IoBase::Text)],
            None,
        );
        c.add_methods(METHODS);
        c.constructor.set(Some(|vm, _, a, kw| new_wrapper(vm, &a, &kw)));
        c
    };
}

/// The class `_io.TextIOWrapper`.
pub fn class() -> Rc<Class> {
    TEXT_CLASS.with(Rc::clone)
}

impl NativeObject for TextFile {
    fn class(&self) -> Rc<Class> {
        class()
    }

    fn type_name(&self) -> &'static str {
        "_io.TextIOWrapper"
    }

    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let mut out = String::from("<_io.TextIOWrapper");
        if let Some(name) = &self.name() {
            match vm.repr(name) {
                Ok(n) => out.push_str(&format!(" name={n}")),
                Err(e) => return Some(Err(e)),
            }
        }
        if let Some(mode) = &self.mode {
            out.push_str(&format!(" mode='{mode}'"));
        }
        out.push_str(&format!(" encoding='{}'>", self.encoding_name));
        Some(Ok(out))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "name" => self.name()?,
            "mode" => Value::str(self.mode.as_deref()?),
            "closed" => Value::Bool(self.stream().borrow().is_closed()),
            "buffer" => self.buffer.clone(),
            "encoding" => Value::str(&self.encoding_name),
            "errors" => Value::str(self.errors.name()),
            "line_buffering" => Value::Bool(false),
            _ => return None,
        })
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _: &mut Vm) -> PyResult<Option<Value>> {
        self.telling.set(false);
        let line = self.readline(None)?;
        if line.is_empty() {
            self.telling.set(true);
            return Ok(None);
        }
        Ok(Some(Value::string(line)))
    }
}

/// Characters in `bytes` of `enc` (for the size limits of read and readline).
fn char_count(bytes: &[u8], enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 | Encoding::Utf8Sig => bytes.iter().filter(|b| (**b & 0xc0) != 0x80).count(),
        _ => bytes.len(),
    }
}

/// The byte length of the first `n` characters of `bytes` (all of it when shorter).
fn char_prefix(bytes: &[u8], n: usize, enc: Encoding) -> usize {
    if !matches!(enc, Encoding::Utf8 | Encoding::Utf8Sig) {
        return bytes.len().min(n);
    }
    let mut seen = 0;
    for (i, b) in bytes.iter().enumerate() {
        if (b & 0xc0) != 0x80 {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    bytes.len()
}

/// Where a line ends in `buf` under `newline`: the length of the line with its
/// terminator, and whether the terminator is a `\r` at the very end of `buf` (which
/// a `\n` in the next chunk may complete).
fn line_end(buf: &[u8], newline: Newline, prev: Option<u8>) -> Option<(usize, bool)> {
    match newline {
        Newline::Lf => buf.iter().position(|b| *b == b'\n').map(|i| (i + 1, false)),
        Newline::Cr => buf.iter().position(|b| *b == b'\r').map(|i| (i + 1, false)),
        Newline::CrLf => {
            let mut from = 0;
            while let Some(i) = buf[from..].iter().position(|b| *b == b'\n') {
                let i = from + i;
                let before = if i == 0 { prev } else { Some(buf[i - 1]) };
                if before == Some(b'\r') {
                    return Some((i + 1, false));
                }
                from = i + 1;
            }
            None
        }
        Newline::Universal | Newline::Any => {
            let i = buf.iter().position(|b| *b == b'\n' || *b == b'\r')?;
            if buf[i] == b'\n' {
                return Some((i + 1, false));
            }
            match buf.get(i + 1) {
                Some(b'\n') => Some((i + 2, false)),
                Some(_) => Some((i + 1, false)),
                None => Some((i + 1, true)),
            }
        }
    }
}

impl TextFile {
    /// A text file over the binary stream object `buffer`.
    pub fn value(
        buffer: Value,
        encoding: Option<&str>,
        errors: Option<&str>,
        newline: Newline,
        name: Option<Value>,
        mode: Option<String>,
    ) -> PyResult<Value> {
        let (encoding, encoding_name) = match encoding {
            Some(e) => (Encoding::lookup(e)?, e.to_string()),
            None => (Encoding::Utf8, "UTF-8".to_string()),
        };
        let errors = Handler::new(errors);
        let sig = !encoding.marks().is_empty();
        let at_zero = match stream_of(&buffer) {
            Some(s) => {
                let mut s = s.borrow_mut();
                s.writable() && s.tell().is_ok_and(|p| p == 0)
            }
            None => false,
        };
        Ok(Native::value(TextFile {
            at_start: Cell::new(sig),
            bom_pending: Cell::new(sig && at_zero),
            buffer,
            name,
            mode,
            check_chunks: encoding != Encoding::Latin1 && errors.name() == "strict",
            codec: Cell::new(encoding.unmarked()),
            encoding,
            encoding_name,
            errors,
            newline,
            checked_reads: Cell::new(0),
            telling: Cell::new(true),
            state: RefCell::new(TextState {
                pending: Vec::new(),
                carry: Vec::new(),
            }),
        }))
    }

    /// `name`: the one `open()` gave, or else (as in CPython) the binary stream's.
    fn name(&self) -> Option<Value> {
        match &self.name {
            Some(name) => Some(name.clone()),
            None => self
                .buffer
                .downcast::<super::binary::BinaryFile>()?
                .attr("name"),
        }
    }

    fn stream(&self) -> &RefCell<ByteStream> {
        stream_of(&self.buffer).expect("a text file's buffer is a binary stream")
    }

    /// The binary stream, with the pending writes passed to it; errors when closed.
    fn open_stream(&self) -> PyResult<std::cell::RefMut<'_, ByteStream>> {
        let mut s = self.stream().borrow_mut();
        if s.is_closed() {
            return Err(closed_error());
        }
        let pending = std::mem::take(&mut self.state.borrow_mut().pending);
        if !pending.is_empty() {
            s.write(&pending)?;
        }
        Ok(s)
    }

    fn reading(&self) -> PyResult<std::cell::RefMut<'_, ByteStream>> {
        let mut s = self.open_stream()?;
        if !s.readable() {
            return Err(unsupported("not readable"));
        }
        if self.at_start.replace(false) {
            let start = s.fill()?;
            let mark = self
                .encoding
                .marks()
                .iter()
                .find(|(m, _)| start.starts_with(m));
            match mark {
                Some((mark, codec)) => {
                    self.codec.set(*codec);
                    s.consume(mark.len());
                }
                // CPython's incremental UTF-16 decoder (unlike `bytes.decode`)
                // insists on a mark once it has a whole code unit.
                None if self.encoding == Encoding::Utf16 && start.len() >= 2 => {
                    return Err(PyErr::new(
                        ExcKind::UnicodeError,
                        "UTF-16 stream does not start with BOM",
                    ));
                }
                None => {}
            }
        }
        Ok(s)
    }

    /// Checks the encoding of a chunk the binary stream has just read, when decoding
    /// is strict: CPython decodes a text file chunk by chunk, so it reports a bad byte
    /// (at its position in the chunk) as soon as the chunk holding it is read, before
    /// returning the lines before it.
    fn check_chunk(&self, s: &ByteStream) -> PyResult<()> {
        if self.checked_reads.get() == s.reads() {
            return Ok(());
        }
        self.checked_reads.set(s.reads());
        if !self.check_chunks {
            return Ok(());
        }
        let mut st = self.state.borrow_mut();
        let chunk = s.latest_read();
        let mut data = std::mem::take(&mut st.carry);
        data.extend_from_slice(chunk);
        let (_, used) = codecs::decode_partial(&data, self.codec.get(), &self.errors, false)?;
        st.carry = data[used..].to_vec();
        Ok(())
    }

    /// Decodes one line's bytes (translating its terminator in universal mode).
    fn decode_line(&self, bytes: &[u8]) -> PyResult<String> {
        let mut s = codecs::decode(bytes, self.codec.get(), &self.errors)?;
        if self.newline != Newline::Universal {
            return Ok(s);
        }
        if s.ends_with('\r') {
            s.pop();
            s.push('\n');
        } else if s.ends_with("\r\n") {
            s.truncate(s.len() - 2);
            s.push('\n');
        }
        Ok(s)
    }

    /// Reads one line with its terminator (at most `limit` characters); empty at end.
    pub fn readline(&self, limit: Option<usize>) -> PyResult<String> {
        let (newline, enc) = (self.newline, self.encoding);
        let mut s = self.reading()?;
        if let Some((width, big, _)) = self.codec.get().wide() {
            let line =
                wide::read_line(&mut s, width, big, newline, limit, |s| self.check_chunk(s))?;
            drop(s);
            return self.decode_line(&line);
        }
        let mut acc: Vec<u8> = Vec::new();
        let mut left = limit.unwrap_or(usize::MAX);
        loop {
            s.fill()?;
            self.check_chunk(&s)?;
            let buf = s.fill()?;
            if buf.is_empty() || left == 0 {
                break;
            }
            let room = if limit.is_some() {
                char_prefix(buf, left, enc)
            } else {
                buf.len()
            };
            match line_end(&buf[..room], newline, acc.last().copied()) {
                Some((end, false)) if acc.is_empty() => {
                    // The fast path: the whole line is in the read-ahead.
                    let line = self.decode_line(&buf[..end]);
                    s.consume(end);
                    return line;
                }
                Some((end, cr_at_end)) => {
                    let used = if limit.is_some() {
                        char_count(&buf[..end], enc)
                    } else {
                        0
                    };
                    acc.extend_from_slice(&buf[..end]);
                    s.consume(end);
                    // In universal mode a `\r\n` reads as one `\n`, which the limit
                    // counts once.
                    if cr_at_end && (left > used || newline == Newline::Universal) {
                        // A `\r` ends the chunk: a `\n` may follow in the next one.
                        s.fill()?;
                        self.check_chunk(&s)?;
                        if s.fill()?.first() == Some(&b'\n') {
                            acc.push(b'\n');
                            s.consume(1);
                        }
                    }
                    break;
                }
                None => {
                    if limit.is_some() {
                        left -= char_count(&buf[..room], enc);
                    }
                    acc.extend_from_slice(&buf[..room]);
                    s.consume(room);
                }
            }
        }
        drop(s);
        self.decode_line(&acc)
    }

    /// Reads up to `n` characters, or everything left.
    pub fn read(&self, n: Option<usize>) -> PyResult<String> {
        let Some(n) = n else {
            let data = self.reading()?.read(None)?;
            let text = codecs::decode(&data, self.codec.get(), &self.errors)?;
            if self.newline == Newline::Universal && text.contains('\r') {
                return Ok(text.replace("\r\n", "\n").replace('\r', "\n"));
            }
            return Ok(text);
        };
        let mut out = String::new();
        let mut got = 0;
        while got < n {
            let piece = self.readline(Some(n - got))?;
            if piece.is_empty() {
                break;
            }
            got += piece.chars().count();
            out.push_str(&piece);
        }
        Ok(out)
    }

    /// Writes text; returns its length in characters.
    pub fn write(&self, text: &str) -> PyResult<usize> {
        let mut s = self.stream().borrow_mut();
        if s.is_closed() {
            return Err(closed_error());
        }
        if !s.writable() {
            return Err(unsupported("not writable"));
        }
        if s.readable() {
            s.skip_read_ahead();
            self.state.borrow_mut().carry.clear();
        }
        drop(s);
        self.at_start.set(false);
        let chars = text.chars().count();
        let translated;
        let text = match self.newline {
            Newline::Cr if text.contains('\n') => {
                translated = text.replace('\n', "\r");
                &translated
            }
            Newline::CrLf if text.contains('\n') => {
                translated = text.replace('\n', "\r\n");
                &translated
            }
            _ => text,
        };
        let mut st = self.state.borrow_mut();
        if self.bom_pending.replace(false) {
            if let Some((mark, codec)) = self.encoding.marks().first() {
                st.pending.extend_from_slice(mark);
                self.codec.set(*codec);
            }
        }
        if self.codec.get() == Encoding::Utf8 {
            st.pending.extend_from_slice(text.as_bytes());
        } else {
            let bytes = codecs::encode(text, self.codec.get(), &self.errors)?;
            st.pending.extend_from_slice(&bytes);
        }
        let full = st.pending.len() >= PENDING_LIMIT;
        drop(st);
        if full {
            self.open_stream()?;
        }
        Ok(chars)
    }

    /// Passes pending text to the binary stream and flushes it (which, as in
    /// CPython, allows `tell()` again).
    pub fn flush(&self) -> PyResult<()> {
        self.open_stream()?.flush_through()?;
        self.telling.set(true);
        Ok(())
    }

    /// Flushes and closes the binary stream (closing twice does nothing).
    pub fn close(&self) -> PyResult<()> {
        if self.stream().borrow().is_closed() {
            return Ok(());
        }
        let flushed = self.flush();
        let closed = self.stream().borrow_mut().close();
        flushed.and(closed)
    }
}

impl Drop for TextFile {
    fn drop(&mut self) {
        // Written text reaches the binary stream, which flushes it as it goes (as
        // CPython finalizes an unclosed file).
        let _ = self.open_stream();
    }
}

/// `io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None, ...)`.
fn new_wrapper(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("TextIOWrapper", a, 1, 4)?;
    args::only_kwargs(
        "TextIOWrapper",
        kw,
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
    )?;
    let get = |i: usize, name: &str| a.get(i).or_else(|| args::kwarg(kw, name));
    let Some(buffer) = get(0, "buffer") else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "TextIOWrapper() missing required argument 'buffer' (pos 1)",
        ));
    };
    // A file class of genpy's library (`gzip.GzipFile`, `bz2.BZ2File`) keeps the
    // binary stream it reads and writes through in `_stream`: the text is read there.
    let inner;
    let buffer = match buffer {
        Value::Instance(_) if stream_of(buffer).is_none() => {
            inner = vm.get_attr(buffer, "_stream").unwrap_or(Value::None);
            if stream_of(&inner).is_some() {
                &inner
            } else {
                buffer
            }
        }
        _ => buffer,
    };
    let text = |i: usize, name: &str| -> PyResult<Option<String>> {
        match get(i, name) {
            None | Some(Value::None) => Ok(None),
            Some(v) => Ok(Some(args::str(v, "TextIOWrapper()")?.to_string())),
        }
    };
    let (encoding, errors) = (text(1, "encoding")?, text(2, "errors")?);
    let newline = Newline::from_arg(get(3, "newline"))?;
    if let Some(std) = super::std::rewrap(buffer, encoding.as_deref(), errors.as_deref(), newline) {
        return std;
    }
    if stream_of(buffer).is_none() {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            format!(
                "io.TextIOWrapper over a '{}' object is not supported (only over binary \
                 files and io.BytesIO)",
                buffer.type_name()
            ),
        ));
    }
    TextFile::value(
        buffer.clone(),
        encoding.as_deref(),
        errors.as_deref(),
        newline,
        None,
        None,
    )
}

/// The methods of text files.
static METHODS: &[MethodDef] = &[
    MethodDef::new("read", read),
    MethodDef::new("readline", readline),
    MethodDef::new("readlines", readlines),
    MethodDef::new("write", write),
    MethodDef::new("writelines", writelines),
    MethodDef::new("seek", seek),
    MethodDef::new("tell", tell),
    MethodDef::new("truncate", truncate),
    MethodDef::new("flush", flush),
    MethodDef::new("close", close),
    MethodDef::new("fileno", fileno),
    MethodDef::new("isatty", isatty),
    MethodDef::new("readable", readable),
    MethodDef::new("writable", writable),
    MethodDef::new("seekable", seekable),
    MethodDef::new("__enter__", super::enter),
    MethodDef::new("__exit__", close),
    MethodDef::new("__iter__", super::enter),
    MethodDef::new("__next__", next),
];

/// The text file a method was called on.
pub fn this(a: &[Value]) -> PyResult<&TextFile> {
    a.first()
        .and_then(Value::downcast::<TextFile>)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a text file"))
}

fn read(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let n = super::binary::size_arg(a.get(1))?;
    Ok(Value::string(f.read(n)?))
}

fn readline(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let n = super::binary::size_arg(a.get(1))?;
    Ok(Value::string(f.readline(n)?))
}

fn readlines(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let hint = super::binary::size_arg(a.get(1))?.filter(|h| *h > 0);
    let (mut out, mut total) = (Vec::new(), 0);
    // By iteration, as CPython's: tell() is refused after a hint stops it early.
    while let Some(line) = f.next(vm)? {
        total += line.as_str().map_or(0, |s| s.chars().count());
        out.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(out))
}

fn str_arg<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() argument must be str, not {}", v.type_name()),
        )
    })
}

fn write(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("write", a, 1, 1)?;
    let f = this(a)?;
    Ok(Value::Int(f.write(str_arg(&a[1], "write")?)? as i64))
}

fn writelines(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("writelines", a, 1, 1)?;
    let f = this(a)?;
    let it = vm.get_iter(a[1].clone())?;
    while let Some(line) = vm.iter_next(&it)? {
        f.write(str_arg(&line, "write")?)?;
    }
    Ok(Value::None)
}

fn seek(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("seek", a, 1, 2)?;
    let f = this(a)?;
    let offset = args::int(&a[1], "")?;
    let whence = super::binary::whence_arg(a.get(2), false)?;
    let mut s = f.open_stream()?;
    if whence == 1 && offset == 0 && !f.telling.get() {
        // CPython's seek(0, 1) is a tell().
        return Err(telling_disabled());
    }
    let to = match whence {
        0 if offset < 0 => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("negative seek position {offset}"),
            ))
        }
        0 => SeekFrom::Start(offset as u64),
        1 if offset == 0 => SeekFrom::Current(0),
        2 if offset == 0 => SeekFrom::End(0),
        1 => return Err(unsupported("can't do nonzero cur-relative seeks")),
        _ => return Err(unsupported("can't do nonzero end-relative seeks")),
    };
    let at = s.seek(to)?;
    // Reading starts afresh: no part of a character is left from before; at the
    // start a file in an encoding with a byte-order mark reads (or writes) its mark
    // again.
    f.state.borrow_mut().carry.clear();
    let sig = !f.encoding.marks().is_empty();
    f.at_start.set(sig && at == 0);
    f.bom_pending.set(sig && at == 0 && s.writable());
    f.telling.set(true);
    Ok(Value::Int(at as i64))
}

fn tell(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let mut s = f.open_stream()?;
    if !f.telling.get() {
        return Err(telling_disabled());
    }
    Ok(Value::Int(s.tell()? as i64))
}

fn telling_disabled() -> PyErr {
    PyErr::new(ExcKind::OSError, "telling position disabled by next() call")
}

fn truncate(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("truncate", a, 0, 1)?;
    let f = this(a)?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            u64::try_from(args::int(v, "")?)
                .map_err(|_| super::super::oserror::with_errno(22, None, None))?,
        ),
    };
    f.flush()?;
    let mut s = f.open_stream()?;
    if !s.writable() {
        return Err(unsupported("truncate"));
    }
    // By default CPython cuts where its binary stream is: after the chunk its
    // decoder took, which the text read on from still.
    let size = match size {
        Some(n) => n,
        None => s.tell()? + s.read_ahead() as u64,
    };
    Ok(Value::Int(s.truncate(Some(size))? as i64))
}

fn flush(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.flush()?;
    Ok(Value::None)
}

fn close(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.close()?;
    Ok(Value::None)
}

fn fileno(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let s = f.open_stream()?;
    match s.fileno() {
        Some(fd) => Ok(Value::Int(fd.into())),
        None => Err(unsupported("fileno")),
    }
}

fn isatty(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.open_stream()?.isatty()))
}

fn readable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.open_stream()?.readable()))
}

fn writable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.open_stream()?.writable()))
}

fn seekable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let mut s = f.open_stream()?;
    Ok(Value::Bool(s.is_memory() || s.tell().is_ok()))
}

fn next(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    match this(a)?.next(vm)? {
        Some(line) => Ok(line),
        None => Err(PyErr::bare(ExcKind::StopIteration)),
    }
}
