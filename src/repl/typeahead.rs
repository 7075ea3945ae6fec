//! Telling pasted (or typed-ahead) input from typing, for a terminal without
//! bracketed paste: rustyline keeps the bytes it read past one line for the next
//! `readline` (its `buffer-redux` feature), so a pasted block arrives line by line,
//! each line's keys following the prompt and each other within a few milliseconds,
//! which no typist does. A line whose first key comes that fast was pasted: the REPL
//! takes the auto-indent off it (the paste brings its own indentation), a Tab in it
//! is a tab character (never a completion), and [`super::paste`] decides where its
//! blank lines end a block.
//!
//! Whether a paste goes on after one of its blank lines cannot be seen from the keys
//! read so far (the rest may sit in rustyline's buffer or still in the terminal), so
//! the line after it is a *probe*: once rustyline has put the terminal in raw mode
//! (its first refresh), reads are made to give up after [`PROBE_WAIT`] without a
//! byte (`VMIN` 0, `VTIME`), so that `readline` ends with `Eof` when nothing
//! follows, and the REPL runs the block at once, as CPython's does; the first key
//! makes reads block again.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustyline::{
    Cmd, ConditionalEventHandler, Event, EventContext, KeyCode, KeyEvent, Modifiers, RepeatCount,
};

/// Keys closer together than this were not typed one by one.
const FASTER_THAN_TYPING: Duration = Duration::from_millis(10);

/// How long a probe waits for more of a paste, in tenths of a second (`VTIME`).
const PROBE_WAIT: u8 = 1;

/// The states of a probe line.
const PROBE_IDLE: u8 = 0;
/// The next line is a probe; the terminal is not changed yet.
const PROBE_ARMED: u8 = 1;
/// Reads give up after [`PROBE_WAIT`]; no key has come yet.
const PROBE_WAITING: u8 = 2;

/// What the key handler saw of the current line; shared with the REPL loop.
#[derive(Default)]
pub struct Typeahead {
    /// When the last key (or the prompt) came.
    last: Mutex<Option<Instant>>,
    /// No key of this line has come yet.
    first: AtomicBool,
    /// The line's first key came faster than typing.
    pasted: AtomicBool,
    /// Where the probe for more of a paste stands (`PROBE_*`).
    probe: AtomicU8,
}

impl Typeahead {
    /// A new line's prompt is about to be shown.
    pub fn start_line(&self) {
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
        self.first.store(true, Ordering::Relaxed);
        self.pasted.store(false, Ordering::Relaxed);
    }

    /// Whether the line just read was pasted or typed ahead.
    pub fn was_pasted(&self) -> bool {
        self.pasted.load(Ordering::Relaxed)
    }

    /// The line about to be read follows a pasted blank line: it ends at once with
    /// `Eof` when nothing more of the paste follows.
    pub fn arm_probe(&self) {
        self.probe.store(PROBE_ARMED, Ordering::Relaxed);
    }

    /// rustyline drew the line (the terminal is in raw mode): an armed probe makes
    /// reads give up when no byte comes.
    pub fn on_refresh(&self) {
        if self
            .probe
            .compare_exchange(
                PROBE_ARMED,
                PROBE_WAITING,
                Ordering::Relaxed,
                Ordering::Relaxed,
            )
            .is_ok()
        {
            set_read_timeout(Some(PROBE_WAIT));
        }
    }

    /// After `readline`: whether the probe ended without a key (nothing followed the
    /// pasted blank line). Ends the probe either way.
    pub fn probe_found_nothing(&self) -> bool {
        self.probe.swap(PROBE_IDLE, Ordering::Relaxed) == PROBE_WAITING
    }

    /// A key came: a waiting probe has its answer, and reads block again.
    fn end_probe(&self) {
        if self
            .probe
            .compare_exchange(
                PROBE_WAITING,
                PROBE_IDLE,
                Ordering::Relaxed,
                Ordering::Relaxed,
            )
            .is_ok()
        {
            set_read_timeout(None);
        }
    }

    /// Records a key: whether it came faster than typing.
    fn key_is_fast(&self) -> bool {
        let now = Instant::now();
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        let fast = last.is_some_and(|t| now.duration_since(t) < FASTER_THAN_TYPING);
        *last = Some(now);
        fast
    }
}

/// The handler rustyline consults for every key without a binding of its own.
pub struct KeyWatcher(pub Arc<Typeahead>);

impl ConditionalEventHandler for KeyWatcher {
    fn handle(&self, evt: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        let fast = self.0.key_is_fast();
        self.0.end_probe();
        let key = match evt {
            Event::KeySeq(keys) if keys.len() == 1 => keys[0],
            _ => return None,
        };
        if self.0.first.swap(false, Ordering::Relaxed) {
            self.0.pasted.store(fast, Ordering::Relaxed);
        }
        match key {
            KeyEvent(KeyCode::Tab, Modifiers::NONE) if fast => Some(Cmd::Insert(1, "\t".into())),
            _ => None,
        }
    }
}

/// Makes reads of the terminal on stdin give up after `timeout` tenths of a second
/// without a byte, or (None) block for one byte as rustyline's raw mode has them.
fn set_read_timeout(timeout: Option<u8>) {
    use rustix::termios::{tcgetattr, tcsetattr, OptionalActions, SpecialCodeIndex};
    let stdin = std::io::stdin();
    let Ok(mut t) = tcgetattr(&stdin) else {
        return;
    };
    let (min, time) = timeout.map_or((1, 0), |tenths| (0, tenths));
    t.special_codes[SpecialCodeIndex::VMIN] = min;
    t.special_codes[SpecialCodeIndex::VTIME] = time;
    let _ = tcsetattr(&stdin, OptionalActions::Now, &t);
}
