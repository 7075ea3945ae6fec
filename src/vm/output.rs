//! Buffered stdout, as CPython buffers it: line-buffered on a terminal, block-buffered
//! into a pipe or file, flushed at exit and before a traceback is written. A write that
//! fails (a full disk) keeps the text buffered and the error for the front end to
//! report at exit, as CPython does (exit status 120); a closed pipe (`genpy x.py |
//! head`) ends the output quietly.

use std::io::{IsTerminal, Write};

/// The interpreter's stdout.
#[derive(Debug)]
pub struct Output {
    buf: Vec<u8>,
    line_buffered: bool,
    unbuffered: bool,
    capture: Option<Vec<u8>>,
    /// The reader of the pipe went away: output is dropped from now on.
    closed_pipe: bool,
    /// The last error writing stdout, other than a closed pipe.
    failed: Option<std::io::Error>,
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
            closed_pipe: false,
            failed: None,
        }
    }

    /// An output that keeps everything written (for tests and embedding).
    pub fn captured() -> Output {
        Output {
            buf: Vec::new(),
            line_buffered: false,
            unbuffered: false,
            capture: Some(Vec::new()),
            closed_pipe: false,
            failed: None,
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

    /// Writes buffered text to the real stdout; a failure is kept for
    /// [`Output::take_error`].
    pub fn flush(&mut self) {
        if let Err(e) = self.try_flush() {
            self.failed = Some(e);
        }
    }

    /// Writes buffered text to the real stdout (`sys.stdout.flush()`), returning the
    /// error of a write that failed; the text stays buffered then, as in CPython. A
    /// closed pipe is not an error: the output ends there.
    pub fn try_flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        if self.closed_pipe {
            self.buf.clear();
            return Ok(());
        }
        let written = {
            let mut out = std::io::stdout().lock();
            out.write_all(&self.buf).and_then(|()| out.flush())
        };
        match written {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed_pipe = true;
                self.buf.clear();
                Ok(())
            }
            Err(e) => {
                // Keep at most a block, so that a program writing to a full disk does
                // not hold all its output in memory.
                let keep = self.buf.len().min(BLOCK);
                self.buf.truncate(keep);
                Err(e)
            }
            Ok(()) => {
                self.buf.clear();
                Ok(())
            }
        }
    }

    /// The last error a flush met (other than a closed pipe), taken.
    pub fn take_error(&mut self) -> Option<std::io::Error> {
        self.failed.take()
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
