//! Buffered stdout, as CPython buffers it: line-buffered on a terminal, block-buffered
//! into a pipe or file, flushed at exit and before a traceback is written.

use std::io::{IsTerminal, Write};

/// The interpreter's stdout.
#[derive(Debug)]
pub struct Output {
    buf: Vec<u8>,
    line_buffered: bool,
    unbuffered: bool,
    capture: Option<Vec<u8>>,
}

const BLOCK: usize = 8192;

impl Default for Output {
    fn default() -> Output {
        Output::new()
    }
}

impl Output {
    /// Stdout, line-buffered when it is a terminal.
    pub fn new() -> Output {
        Output {
            buf: Vec::with_capacity(BLOCK),
            line_buffered: std::io::stdout().is_terminal(),
            unbuffered: false,
            capture: None,
        }
    }

    /// An output that keeps everything written (for tests and embedding).
    pub fn captured() -> Output {
        Output {
            buf: Vec::new(),
            line_buffered: false,
            unbuffered: false,
            capture: Some(Vec::new()),
        }
    }

    /// Makes every write reach stdout at once (`genpy -u`).
    pub fn set_unbuffered(&mut self) {
        self.unbuffered = true;
    }

    /// Writes text.
    pub fn write_str(&mut self, s: &str) {
        self.write_bytes(s.as_bytes());
    }

    /// Writes bytes (`sys.stdout.buffer.write`).
    pub fn write_bytes(&mut self, b: &[u8]) {
        if let Some(c) = &mut self.capture {
            c.extend_from_slice(b);
            return;
        }
        self.buf.extend_from_slice(b);
        if self.unbuffered || self.buf.len() >= BLOCK || (self.line_buffered && b.contains(&b'\n'))
        {
            self.flush();
        }
    }

    /// Writes buffered text to the real stdout.
    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            // A closed pipe (e.g. `genpy x.py | head`) is not an interpreter error.
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
            self.buf.clear();
        }
    }

    /// Takes what a captured output holds.
    pub fn take_captured(&mut self) -> String {
        String::from_utf8_lossy(&self.capture.take().unwrap_or_default()).into_owned()
    }
}

/// Writes text to stderr, ignoring a stderr that is closed or full (`2>&-`,
/// `2>/dev/full`): as in CPython, an unwritable stderr loses the text but changes
/// neither the program's course nor its exit status.
pub fn write_stderr(s: &str) {
    write_stderr_bytes(s.as_bytes());
}

/// Writes bytes to stderr (`sys.stderr.buffer.write`), as [`write_stderr`].
pub fn write_stderr_bytes(b: &[u8]) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(b);
    let _ = err.flush();
}
