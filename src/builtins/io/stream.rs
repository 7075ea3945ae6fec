//! [`ByteStream`]: the buffered byte layer under every file object, over an open OS
//! file or an in-memory buffer (`BytesIO`). Reads come through a read-ahead buffer
//! that the text layer scans in place (`fill`/`consume`, as `BufRead`), writes
//! collect in a write buffer; switching between the two, seeking and telling keep
//! the OS position right, so `r+` files read and write as CPython's do. This is also
//! the Rust face of a binary file: a native helper reads and writes bytes through
//! `binary::stream_of(value)`. A stream over a [`Codec`] reads what the codec decodes
//! and writes through it (a gzip or bz2 file), so the text layer's line scanning
//! works over compressed files unchanged.

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};

use super::super::oserror;
use crate::objects::{ExcKind, PyErr, PyResult};

/// How much a file reads ahead, and how many written bytes it keeps before writing:
/// CPython's buffer size, so a text file decodes (and fails to decode) the chunks
/// CPython's does.
const CHUNK: usize = 8192;

/// A transform between a stream's bytes and where they are kept (a compressed file):
/// the stream reads what the codec decodes and hands it what is written.
pub trait Codec: std::fmt::Debug {
    /// Decodes into `buf`, returning how many bytes; 0 at the end.
    fn read(&mut self, buf: &mut [u8]) -> PyResult<usize>;
    /// Encodes and stores `data`.
    fn write(&mut self, data: &[u8]) -> PyResult<()>;
    /// Pushes out what the encoder holds, as a user's `flush()` asks (a gzip file's
    /// sync flush).
    fn flush(&mut self) -> PyResult<()> {
        Ok(())
    }
    /// Goes back to the start of the decoded bytes (a backward seek).
    fn rewind(&mut self) -> PyResult<()>;
    /// Finishes the encoded data and releases what the codec holds.
    fn close(&mut self) -> PyResult<()>;
    /// The descriptor of the file under the codec, if it has one.
    fn fileno(&self) -> Option<i32>;
    /// What the codec has learnt from the data, by name (a gzip header's `mtime`).
    fn info(&self, _name: &str) -> Option<u64> {
        None
    }
}

/// Where a stream's bytes live.
#[derive(Debug)]
enum Store {
    /// An OS file (`None` once closed).
    File(Option<fs::File>),
    /// An in-memory buffer and the position in it (which may be past its end).
    Memory { data: Vec<u8>, pos: usize },
    /// A codec, and how many decoded bytes it has given or taken.
    Codec { codec: Box<dyn Codec>, pos: u64 },
}

/// A buffered byte stream (see the module docs).
#[derive(Debug)]
pub struct ByteStream {
    store: Store,
    /// Read-ahead of a file: `rbuf[rpos..]` is read from the OS but not yet consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    /// How many reads from the OS have brought data, and where in `rbuf` the bytes of
    /// the last one are (a text file checks each chunk's encoding as it arrives).
    reads: u64,
    latest: std::ops::Range<usize>,
    /// Bytes written and not yet passed to the OS.
    wbuf: Vec<u8>,
    readable: bool,
    writable: bool,
    closed: bool,
    /// The descriptor `fileno()` reports when it is not the file's own (`sys.stdin`
    /// reads a duplicate of descriptor 0).
    reported_fd: Option<i32>,
    /// Every write goes to the OS at once (`open(..., buffering=0)`).
    unbuffered: bool,
}

fn os_error(e: std::io::Error) -> PyErr {
    oserror::from_io(&e, None, None)
}

/// The error of an operation on a closed stream.
pub fn closed_error() -> PyErr {
    PyErr::new(ExcKind::ValueError, "I/O operation on closed file.")
}

impl ByteStream {
    /// A stream over an open file.
    pub fn file(f: fs::File, readable: bool, writable: bool) -> ByteStream {
        ByteStream {
            store: Store::File(Some(f)),
            rbuf: Vec::new(),
            rpos: 0,
            reads: 0,
            latest: 0..0,
            wbuf: Vec::new(),
            readable,
            writable,
            closed: false,
            reported_fd: None,
            unbuffered: false,
        }
    }

    /// A stream reading or writing through `codec`.
    pub fn codec(codec: Box<dyn Codec>, readable: bool, writable: bool) -> ByteStream {
        let mut s = ByteStream::memory(Vec::new());
        s.store = Store::Codec { codec, pos: 0 };
        s.readable = readable;
        s.writable = writable;
        s
    }

    /// The stream passes every write to the OS at once.
    pub fn unbuffered(mut self) -> ByteStream {
        self.unbuffered = true;
        self
    }

    /// The stream reports descriptor `fd` as its `fileno()` (it reads and writes a
    /// duplicate of it).
    pub fn with_fileno(mut self, fd: i32) -> ByteStream {
        self.reported_fd = Some(fd);
        self
    }

    /// A stream over bytes in memory (`BytesIO`), positioned at the start.
    pub fn memory(data: Vec<u8>) -> ByteStream {
        ByteStream {
            store: Store::Memory { data, pos: 0 },
            rbuf: Vec::new(),
            rpos: 0,
            reads: 0,
            latest: 0..0,
            wbuf: Vec::new(),
            readable: true,
            writable: true,
            closed: false,
            reported_fd: None,
            unbuffered: false,
        }
    }

    /// True after `close()`.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// True when the stream was opened for reading.
    pub fn readable(&self) -> bool {
        self.readable
    }

    /// True when the stream was opened for writing.
    pub fn writable(&self) -> bool {
        self.writable
    }

    /// True for an in-memory stream.
    pub fn is_memory(&self) -> bool {
        matches!(self.store, Store::Memory { .. })
    }

    /// The OS file, while open.
    fn os_file(&mut self) -> PyResult<&mut fs::File> {
        match &mut self.store {
            Store::File(Some(f)) if !self.closed => Ok(f),
            _ => Err(closed_error()),
        }
    }

    /// The bytes read ahead and not yet consumed, reading more when there are none;
    /// empty at the end of the stream.
    pub fn fill(&mut self) -> PyResult<&[u8]> {
        if self.closed {
            return Err(closed_error());
        }
        if self.is_memory() {
            let Store::Memory { data, pos } = &self.store else {
                return Ok(&[]);
            };
            return Ok(data.get(*pos..).unwrap_or_default());
        }
        if self.rpos >= self.rbuf.len() {
            self.flush()?;
            self.rbuf.clear();
            self.rpos = 0;
            self.read_more()?;
        }
        Ok(&self.rbuf[self.rpos..])
    }

    /// Appends the next chunk of the file to the read-ahead; false at end of file
    /// (and always for a memory stream, whose `fill` already holds everything).
    pub fn fill_more(&mut self) -> PyResult<bool> {
        if self.is_memory() {
            return Ok(false);
        }
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.latest = self.latest.start.saturating_sub(self.rpos)
                ..self.latest.end.saturating_sub(self.rpos);
            self.rpos = 0;
        }
        self.read_more()
    }

    fn read_more(&mut self) -> PyResult<bool> {
        let old = self.rbuf.len();
        self.rbuf.resize(old + CHUNK, 0);
        let result = match &mut self.store {
            Store::File(Some(f)) => loop {
                match f.read(&mut self.rbuf[old..]) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                        if let Err(e) = crate::vm::check_interrupt() {
                            break Err(e);
                        }
                    }
                    other => break other.map_err(os_error),
                }
            },
            Store::Codec { codec, pos } => codec.read(&mut self.rbuf[old..]).inspect(|n| {
                *pos += *n as u64;
            }),
            _ => Ok(0),
        };
        let n = match result {
            Ok(n) => n,
            Err(e) => {
                self.rbuf.truncate(old);
                return Err(e);
            }
        };
        self.rbuf.truncate(old + n);
        if n > 0 {
            self.reads += 1;
            self.latest = old..old + n;
        }
        Ok(n > 0)
    }

    /// How many reads from the OS have brought data so far.
    pub fn reads(&self) -> u64 {
        self.reads
    }

    /// The bytes the last read from the OS brought.
    pub fn latest_read(&self) -> &[u8] {
        self.rbuf.get(self.latest.clone()).unwrap_or_default()
    }

    /// Marks `n` bytes of what [`ByteStream::fill`] returned as read.
    pub fn consume(&mut self, n: usize) {
        match &mut self.store {
            Store::Memory { pos, .. } => *pos += n,
            _ => self.rpos = (self.rpos + n).min(self.rbuf.len()),
        }
    }

    /// How many bytes are read ahead and not yet consumed, up to one chunk: where a
    /// CPython text file's binary stream is ahead of the text.
    pub fn read_ahead(&self) -> usize {
        let unread = match &self.store {
            Store::Memory { data, pos } => data.len().saturating_sub(*pos),
            _ => self.rbuf.len() - self.rpos,
        };
        unread.min(CHUNK)
    }

    /// Consumes what is read ahead, up to one chunk: a text file writing after
    /// reading writes where CPython's would, after the chunk its decoder took.
    pub fn skip_read_ahead(&mut self) {
        self.consume(self.read_ahead());
    }

    /// Reads `n` bytes (fewer at the end of the stream), or everything left.
    pub fn read(&mut self, n: Option<usize>) -> PyResult<Vec<u8>> {
        let Some(n) = n else {
            let mut out = self.fill()?.to_vec();
            self.consume(out.len());
            match self.store {
                Store::File(_) => {
                    self.rbuf.clear();
                    self.rpos = 0;
                    self.os_file()?.read_to_end(&mut out).map_err(os_error)?;
                }
                Store::Codec { .. } => {
                    while self.fill_more()? {
                        out.extend_from_slice(&self.rbuf[self.rpos..]);
                        self.rpos = self.rbuf.len();
                    }
                }
                Store::Memory { .. } => {}
            }
            return Ok(out);
        };
        let mut out = Vec::with_capacity(n.min(CHUNK));
        while out.len() < n {
            let buf = self.fill()?;
            if buf.is_empty() {
                break;
            }
            let take = buf.len().min(n - out.len());
            out.extend_from_slice(&buf[..take]);
            self.consume(take);
        }
        Ok(out)
    }

    /// Reads up to and including the next `\n` (at most `limit` bytes).
    pub fn readline(&mut self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let limit = limit.unwrap_or(usize::MAX);
        let mut out = Vec::new();
        while out.len() < limit {
            let buf = self.fill()?;
            if buf.is_empty() {
                break;
            }
            let room = buf.len().min(limit - out.len());
            let (take, done) = match buf[..room].iter().position(|b| *b == b'\n') {
                Some(i) => (i + 1, true),
                None => (room, false),
            };
            out.extend_from_slice(&buf[..take]);
            self.consume(take);
            if done {
                break;
            }
        }
        Ok(out)
    }

    /// Writes `data` (buffered for a file); returns its length.
    pub fn write(&mut self, data: &[u8]) -> PyResult<usize> {
        if self.closed {
            return Err(closed_error());
        }
        match &mut self.store {
            // Writing nothing past the end pads nothing.
            Store::Memory { .. } if data.is_empty() => {}
            // CPython raises instead of trying to fill an impossible gap.
            Store::Memory { pos, .. } if *pos > 1 << 34 => {
                return Err(PyErr::bare(ExcKind::MemoryError))
            }
            Store::Memory { data: buf, pos } => {
                if *pos > buf.len() {
                    buf.resize(*pos, 0);
                }
                let end = *pos + data.len();
                let overlap = end.min(buf.len()) - *pos;
                buf[*pos..*pos + overlap].copy_from_slice(&data[..overlap]);
                buf.extend_from_slice(&data[overlap..]);
                *pos = end;
            }
            _ => {
                self.drop_read_ahead()?;
                self.wbuf.extend_from_slice(data);
                if self.unbuffered || self.wbuf.len() >= CHUNK {
                    self.flush()?;
                }
            }
        }
        Ok(data.len())
    }

    /// Forgets the read-ahead of a file, moving the OS position back to where the
    /// reader is (before a write or a seek).
    fn drop_read_ahead(&mut self) -> PyResult<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            self.os_file()?
                .seek(SeekFrom::Current(-(unread as i64)))
                .map_err(os_error)?;
        }
        Ok(())
    }

    /// Moves to a new position; returns it.
    pub fn seek(&mut self, to: SeekFrom) -> PyResult<u64> {
        if self.closed {
            return Err(closed_error());
        }
        if let Store::Memory { data, pos } = &mut self.store {
            let base = match to {
                SeekFrom::Start(n) => n as i64,
                SeekFrom::Current(n) => *pos as i64 + n,
                SeekFrom::End(n) => data.len() as i64 + n,
            };
            *pos = base.max(0) as usize;
            return Ok(*pos as u64);
        }
        if let Store::Codec { .. } = self.store {
            return self.codec_seek(to);
        }
        self.flush()?;
        self.drop_read_ahead()?;
        self.os_file()?.seek(to).map_err(os_error)
    }

    /// Seeks a codec stream as CPython's gzip and bz2 files do: by decoding from the
    /// start (backwards) or onwards when reading, by writing zeros when writing.
    fn codec_seek(&mut self, to: SeekFrom) -> PyResult<u64> {
        let mut at = self.tell()?;
        let target = match to {
            SeekFrom::Start(n) => n,
            SeekFrom::Current(n) => at.saturating_add_signed(n),
            SeekFrom::End(_) if self.writable => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "Seek from end not supported",
                ))
            }
            SeekFrom::End(n) => {
                // The size is known once everything is decoded.
                while !self.fill()?.is_empty() {
                    let n = self.rbuf.len() - self.rpos;
                    self.consume(n);
                }
                at = self.tell()?;
                at.saturating_add_signed(n)
            }
        };
        if self.writable {
            if target < at {
                return Err(PyErr::new(ExcKind::OSError, "Negative seek in write mode"));
            }
            let zeros = [0; 1024];
            let mut left = target - at;
            while left > 0 {
                let n = left.min(zeros.len() as u64) as usize;
                self.write(&zeros[..n])?;
                left -= n as u64;
            }
            return Ok(target);
        }
        if target < at {
            if let Store::Codec { codec, pos } = &mut self.store {
                codec.rewind()?;
                *pos = 0;
            }
            self.rbuf.clear();
            self.rpos = 0;
            at = 0;
        }
        let skipped = self.read(Some((target - at) as usize))?;
        Ok(at + skipped.len() as u64)
    }

    /// The current position.
    pub fn tell(&mut self) -> PyResult<u64> {
        if self.closed {
            return Err(closed_error());
        }
        match &self.store {
            Store::Memory { pos, .. } => return Ok(*pos as u64),
            Store::Codec { pos, .. } => {
                // Decoded bytes read ahead are not yet told; written ones are.
                let unread = (self.rbuf.len() - self.rpos) as u64;
                return Ok(*pos + self.wbuf.len() as u64 - unread);
            }
            Store::File(_) => {}
        }
        self.flush()?;
        let unread = (self.rbuf.len() - self.rpos) as u64;
        let at = self.os_file()?.stream_position().map_err(os_error)?;
        Ok(at.saturating_sub(unread))
    }

    /// Cuts the stream to `size` bytes (the current position by default), leaving
    /// the position where it is; returns the new size.
    pub fn truncate(&mut self, size: Option<u64>) -> PyResult<u64> {
        let size = match size {
            Some(s) => s,
            None => self.tell()?,
        };
        if let Store::Memory { data, .. } = &mut self.store {
            data.truncate(size as usize);
            return Ok(size);
        }
        self.flush()?;
        if let Store::Codec { .. } = self.store {
            return Err(PyErr::new(
                ExcKind::OSError,
                "truncate is not supported on a compressed file",
            ));
        }
        self.drop_read_ahead()?;
        self.os_file()?.set_len(size).map_err(os_error)?;
        Ok(size)
    }

    /// Passes buffered writes to the OS.
    pub fn flush(&mut self) -> PyResult<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        if let Store::Codec { codec, pos } = &mut self.store {
            *pos += data.len() as u64;
            return codec.write(&data);
        }
        self.os_file()?.write_all(&data).map_err(os_error)
    }

    /// Flushes as a user's `flush()` does: the write buffer, then, for a codec, what
    /// the encoder holds.
    pub fn flush_through(&mut self) -> PyResult<()> {
        self.flush()?;
        match &mut self.store {
            Store::Codec { codec, .. } if !self.closed && self.writable => codec.flush(),
            _ => Ok(()),
        }
    }

    /// Flushes and closes (closing twice does nothing).
    pub fn close(&mut self) -> PyResult<()> {
        if self.closed {
            return Ok(());
        }
        let mut flushed = self.flush();
        if let Store::Codec { codec, .. } = &mut self.store {
            flushed = flushed.and(codec.close());
        }
        self.closed = true;
        self.rbuf = Vec::new();
        self.store = match self.store {
            Store::File(_) => Store::File(None),
            _ => Store::Memory {
                data: Vec::new(),
                pos: 0,
            },
        };
        flushed
    }

    /// What the codec under the stream has learnt from the data (see [`Codec::info`]).
    pub fn codec_info(&self, name: &str) -> Option<u64> {
        match &self.store {
            Store::Codec { codec, .. } => codec.info(name),
            _ => None,
        }
    }

    /// The OS file descriptor of an open file.
    pub fn fileno(&self) -> Option<i32> {
        use std::os::fd::AsRawFd;
        match &self.store {
            Store::File(Some(f)) if !self.closed => Some(self.reported_fd.unwrap_or(f.as_raw_fd())),
            Store::Codec { codec, .. } if !self.closed => codec.fileno(),
            _ => None,
        }
    }

    /// True when the stream is a terminal.
    pub fn isatty(&self) -> bool {
        use std::io::IsTerminal;
        match &self.store {
            Store::File(Some(f)) => f.is_terminal(),
            _ => false,
        }
    }

    /// Everything an open memory stream holds (`BytesIO.getvalue()`).
    pub fn memory_value(&self) -> Option<&[u8]> {
        match &self.store {
            Store::Memory { data, .. } if !self.closed => Some(data),
            _ => None,
        }
    }
}

impl Drop for ByteStream {
    fn drop(&mut self) {
        // As CPython flushes a file object that is collected without close().
        let _ = self.flush();
    }
}
