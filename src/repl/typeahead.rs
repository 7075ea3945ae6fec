//! Telling pasted (or typed-ahead) input from typing, for a terminal without
//! bracketed paste: rustyline keeps the bytes it read past one line for the next
//! `readline` (its `buffer-redux` feature), so a pasted block arrives line by line,
//! each line's keys following the prompt and each other within a few milliseconds,
//! which no typist does. A line whose first key comes that fast was pasted: the REPL
//! takes the auto-indent off it (the paste brings its own indentation), a Tab in it
//! is a tab character (never a completion), and [`super::paste`] decides where its
//! blank lines end a block.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustyline::{
    Cmd, ConditionalEventHandler, Event, EventContext, KeyCode, KeyEvent, Modifiers, RepeatCount,
};

/// Keys closer together than this were not typed one by one.
const FASTER_THAN_TYPING: Duration = Duration::from_millis(10);

/// What the key handler saw of the current line; shared with the REPL loop.
#[derive(Default)]
pub struct Typeahead {
    /// When the last key (or the prompt) came.
    last: Mutex<Option<Instant>>,
    /// No key of this line has come yet.
    first: AtomicBool,
    /// The line's first key came faster than typing.
    pasted: AtomicBool,
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
