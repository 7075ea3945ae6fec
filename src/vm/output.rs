//! Buffered stdout, as CPython buffers it: line-buffered on a terminal, block-buffered
//! into a pipe or file, flushed at exit and before a traceback is written. A write
//! whose flush fails (a full disk) keeps the text buffered and fails, so that `print`
//! raises OSError as in CPython; a flush that fails at exit is reported by the front
//! end (exit status 120); a closed pipe (`genpy x.py | head`) ends the output quietly.
//! The text of a write whose flush failed is dropped, as CPython's ends up.
//! Stderr is written at once. CPython's stderr is line-buffered, so a failed write
//! there raises when the text holds a newline (or always, with `-u`), and without
//! `-u` any failure, even of a traceback, makes the exit status 120, as its failed
//! flush at exit would.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// Some text for stderr could not be written.
static STDERR_LOST: AtomicBool = AtomicBool::new(false);

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

    /// Writes text; the error of the flush it caused, if that failed.
    pub fn write_str(&mut self, s: &str) -> std::io::Result<()> {
        self.write_bytes(s.as_bytes())
    }

    /// Writes bytes (`sys.stdout.buffer.write`); the error of the flush it caused, if
    /// that failed (the text stays buffered, as in CPython).
    pub fn write_bytes(&mut self, b: &[u8]) -> std::io::Result<()> {
        if let Some(c) = &mut self.capture {
            c.extend_from_slice(b);
            return Ok(());
        }
        self.buf.extend_from_slice(b);
        if self.unbuffered || self.buf.len() >= BLOCK || (self.line_buffered && b.contains(&b'\n'))
        {
            return self.try_flush().inspect_err(|_| self.buf.clear());
        }
        Ok(())
    }

    /// Writes bytes to stderr (`sys.stderr.write`, after flushing stdout): the error
    /// of a failed write that CPython's line-buffered stderr would raise.
    pub fn write_stderr(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.flush();
        match write_stderr_bytes(b) {
            Err(e) if self.unbuffered || b.contains(&b'\n') => Err(e),
            _ => Ok(()),
        }
    }

    /// Whether text for stderr was lost where CPython would have kept it buffered
    /// and failed to flush it at exit (the exit status is 120 then).
    pub fn stderr_lost(&self) -> bool {
        !self.unbuffered && STDERR_LOST.load(Relaxed)
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

/// Writes text to stderr (a traceback, a warning), ignoring a stderr that is closed
/// or full (`2>&-`, `2>/dev/full`) but for [`Output::stderr_lost`]: as in CPython,
/// an unwritable stderr loses the text without changing the program's course.
pub fn write_stderr(s: &str) {
    let _ = write_stderr_bytes(s.as_bytes());
}

/// Writes bytes to stderr, returning the error of a write that failed (which
/// [`write_stderr`] ignores).
pub fn write_stderr_bytes(b: &[u8]) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    err.write_all(b)
        .and_then(|()| err.flush())
        .inspect_err(|_| STDERR_LOST.store(true, Relaxed))
}
