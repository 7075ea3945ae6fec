//! Finding lines in UTF-16 and UTF-32 text: the read-ahead is scanned code unit by
//! code unit (a newline is a unit whose value is `\n` or `\r`, never a byte), so a
//! text file in these encodings reads line by line as one in UTF-8 does.

use super::stream::ByteStream;
use super::text::Newline;
use crate::objects::PyResult;

const LF: u32 = 0x0a;
const CR: u32 = 0x0d;

/// The value of the code unit at the start of `b` (`width` bytes, in the given order).
fn unit(b: &[u8], width: usize, big: bool) -> u32 {
    let mut v = 0u32;
    for k in 0..width {
        let byte = if big { b[k] } else { b[width - 1 - k] };
        v = v << 8 | byte as u32;
    }
    v
}

/// Whether a code unit begins a character (a UTF-16 low surrogate continues one).
fn starts_char(u: u32, width: usize) -> bool {
    width == 4 || !(0xdc00..0xe000).contains(&u)
}

/// The next whole code unit in the stream, reading more when fewer than `width`
/// bytes are read ahead; `None` at the end.
fn peek_unit(s: &mut ByteStream, width: usize, big: bool) -> PyResult<Option<u32>> {
    loop {
        let buf = s.fill()?;
        if buf.len() >= width {
            return Ok(Some(unit(buf, width, big)));
        }
        if buf.is_empty() || !s.fill_more()? {
            return Ok(None);
        }
    }
}

/// Reads the bytes of one line (with its terminator, at most `limit` characters)
/// from `s`, whose text is in code units of `width` bytes; `check` sees each chunk
/// as it is read (strict decoding checks it). Empty at the end of the stream; a
/// trailing incomplete unit is returned for the decoder to report.
pub fn read_line(
    s: &mut ByteStream,
    width: usize,
    big: bool,
    newline: Newline,
    limit: Option<usize>,
    check: impl Fn(&ByteStream) -> PyResult<()>,
) -> PyResult<Vec<u8>> {
    let mut line = Vec::new();
    let mut left = limit.unwrap_or(usize::MAX);
    let mut prev: Option<u32> = None;
    'chunks: loop {
        s.fill()?;
        check(s)?;
        let buf = s.fill()?;
        if buf.is_empty() {
            break;
        }
        if buf.len() < width {
            // Part of a unit: read on, or hand the rest to the decoder at the end.
            if s.fill_more()? {
                continue;
            }
            let rest = s.fill()?.to_vec();
            s.consume(rest.len());
            line.extend_from_slice(&rest);
            break;
        }
        let whole = buf.len() - buf.len() % width;
        let mut at = 0;
        while at < whole {
            let u = unit(&buf[at..], width, big);
            if starts_char(u, width) {
                if left == 0 {
                    break;
                }
                left -= 1;
            }
            at += width;
            let end = match newline {
                Newline::Lf => u == LF,
                Newline::Cr => u == CR,
                Newline::CrLf => u == LF && prev == Some(CR),
                Newline::Universal | Newline::Any => u == LF || u == CR,
            };
            prev = Some(u);
            if !end {
                continue;
            }
            line.extend_from_slice(&buf[..at]);
            s.consume(at);
            if u == CR && matches!(newline, Newline::Universal | Newline::Any) {
                // A `\r\n` is one line end (one character against the limit in
                // universal mode, where it reads as `\n`).
                let room = left > 0 || newline == Newline::Universal;
                if room && peek_unit(s, width, big)? == Some(LF) {
                    let lf = s.fill()?[..width].to_vec();
                    s.consume(width);
                    line.extend_from_slice(&lf);
                }
            }
            break 'chunks;
        }
        line.extend_from_slice(&buf[..at]);
        s.consume(at);
        if left == 0 {
            break;
        }
    }
    Ok(line)
}
