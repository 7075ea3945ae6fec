//! `genpy trace`: every generator's life, told as it happens. [`Tracer`] is a
//! [`GenObserver`]: it names generators `name#N` in creation order, keeps the stack of
//! running generators (for the indentation and for who resumed whom), and writes each
//! event as a line of text for a learner or as a JSON object (schema: docs/trace.md).
//! The events are also kept (as JSON) for the HTML view. A front end
//! (docs/architecture.md).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use super::frames::{short_repr, slot, snapshot, Snapshot};
use crate::objects::generator::{GenState, Generator};
use crate::objects::Value;
use crate::source::SourceFile;
use crate::vm::observe::{GenEvent, GenObserver, Place, ResumedBy};
use crate::vm::Vm;

/// The version of the JSON-lines schema (docs/trace.md).
pub const SCHEMA_VERSION: u32 = 1;

/// How events are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One sentence per event, indented by resume depth.
    Text,
    /// One JSON object per line.
    JsonLines,
    /// Nothing written as it happens: the events are only kept (for the HTML page).
    Quiet,
}

/// Where trace lines go, and the events kept for a later view.
pub struct Sink {
    /// The writer of the lines (stderr or a file).
    pub out: Box<dyn Write>,
    /// Whether events and sources are kept (for `--html`); the REPL's `:trace` keeps
    /// nothing, since a session may run for ever.
    pub keep: bool,
    /// Every event as a JSON object, in order, with its sentence as `text`.
    pub kept: Vec<String>,
    /// The source files the kept events happened in, each once, in order of first use.
    pub sources: Vec<Rc<SourceFile>>,
}

impl Sink {
    /// A sink writing to `out`, keeping the events when `keep` is true.
    pub fn new(out: Box<dyn Write>, keep: bool) -> Rc<RefCell<Sink>> {
        Rc::new(RefCell::new(Sink {
            out,
            keep,
            kept: Vec::new(),
            sources: Vec::new(),
        }))
    }

    /// Keeps `source` unless it is kept already.
    fn keep_source(&mut self, source: &Rc<SourceFile>) {
        if !self.sources.iter().any(|s| s.name == source.name) {
            self.sources.push(source.clone());
        }
    }
}

/// The observer behind `genpy trace` and the REPL's `:trace on`.
pub struct Tracer {
    format: Format,
    only: Option<String>,
    sink: Rc<RefCell<Sink>>,
    next_serial: u32,
    seq: u64,
    /// The generators running now, outermost first.
    running: Vec<Rc<Generator>>,
    /// Whether stdout is flushed before each line (when both go to the terminal).
    flush_stdout: bool,
}

/// One event, ready to be written: its indentation, its sentence and its JSON.
struct Line {
    depth: usize,
    gen: String,
    text: String,
    json: Vec<(&'static str, String)>,
}

impl Tracer {
    /// A tracer writing `format` to `sink`, reporting only the generators whose name
    /// (`__name__`, `__qualname__` or `name#N`) is `only`, if given.
    pub fn new(format: Format, only: Option<String>, sink: Rc<RefCell<Sink>>) -> Tracer {
        Tracer {
            format,
            only,
            sink,
            next_serial: 0,
            seq: 0,
            running: Vec::new(),
            flush_stdout: true,
        }
    }

    /// `name#N` for `gen`, numbering it on first sight.
    fn label(&mut self, gen: &Generator) -> String {
        if gen.serial.get() == 0 {
            self.next_serial += 1;
            gen.serial.set(self.next_serial);
        }
        format!("{}#{}", gen.qualname.borrow(), gen.serial.get())
    }

    fn wanted(&self, gen: &Generator, label: &str) -> bool {
        match &self.only {
            None => true,
            Some(n) => n == label || **gen.name.borrow() == **n || **gen.qualname.borrow() == **n,
        }
    }

    fn depth_of(&self, gen: &Rc<Generator>) -> usize {
        self.running
            .iter()
            .position(|g| Rc::ptr_eq(g, gen))
            .unwrap_or(self.running.len())
    }

    /// Leaves `gen` off the running stack (it yielded or finished).
    fn stopped(&mut self, gen: &Rc<Generator>) -> usize {
        let depth = self.depth_of(gen);
        self.running.truncate(depth);
        depth
    }

    fn line_for(&mut self, vm: &mut Vm, event: &GenEvent) -> Option<(Line, bool)> {
        let line = match event {
            GenEvent::Created { gen, at } => {
                let label = self.label(gen);
                let text = format!("{label} created{}, not started", at_text(at));
                let mut json = with_place(vec![("event", q("created"))], at);
                json.push(("def_file", q(&gen.code.source.name)));
                json.push(("def_line", gen.code.first_line.to_string()));
                let locals = snapshot(vm, gen).map(|f| f.locals).unwrap_or_default();
                json.push(("locals", json_object(&locals)));
                Line {
                    depth: self.running.len(),
                    json,
                    gen: label,
                    text,
                }
            }
            GenEvent::Resumed {
                gen,
                how,
                by,
                first,
            } => {
                let label = self.label(gen);
                let depth = self.running.len();
                self.running.push(gen.clone());
                let (how_name, how_text, value) = self.resumer(vm, how);
                let parent = self.running.iter().rev().nth(1).map(|g| self.label_of(g));
                let who = match (how, parent) {
                    (ResumedBy::YieldFrom(_), Some(p)) => format!("{p}'s {how_text}"),
                    _ => format!("{how_text}{}", at_text(by)),
                };
                let mut json = vec![
                    ("event", q("resumed")),
                    ("how", q(how_name)),
                    ("first", first.to_string()),
                ];
                if let Some(v) = value {
                    json.push(("sent", q(&v)));
                }
                let json = with_place(json, by);
                Line {
                    depth,
                    gen: label.clone(),
                    text: match first {
                        true => format!("{who} starts {label}"),
                        false => format!("{who} resumes {label}"),
                    },
                    json,
                }
            }
            GenEvent::Yielded { gen, value } => {
                let label = self.label(gen);
                let depth = self.stopped(gen);
                let v = short_repr(vm, value);
                let Snapshot {
                    line,
                    locals,
                    mut stack,
                    delegate,
                } = snapshot(vm, gen).unwrap_or_default();
                // A trace names a generator delegate; any other stays on the stack.
                let delegate = match delegate {
                    Some(Value::Generator(ref g)) => Some(self.label_of(g)),
                    Some(other) => {
                        stack.push(slot(vm, &other));
                        None
                    }
                    None => None,
                };
                let chain = self.chain(gen);
                let mut text = match delegate {
                    Some(d) => {
                        format!("{label} passes on {v} from {d} (yield from) at line {line}")
                    }
                    None => format!("{label} yields {v} at line {line}"),
                };
                text.push_str(", suspended");
                let shown: Vec<String> = locals.iter().map(|(n, v)| format!("{n}={v}")).collect();
                if !shown.is_empty() {
                    text.push_str(&format!(" | locals: {}", shown.join(", ")));
                }
                if !stack.is_empty() {
                    text.push_str(&format!(" | stack: [{}]", stack.join(", ")));
                }
                if chain.len() > 1 {
                    text.push_str(&format!(" | chain: {}", chain.join(" -> ")));
                }
                let json = vec![
                    ("event", q("yielded")),
                    ("value", q(&v)),
                    ("line", line.to_string()),
                    ("locals", json_object(&locals)),
                    ("stack", json_list(&stack)),
                    ("chain", json_list(&chain)),
                    ("file", q(&gen.code.source.name)),
                ];
                Line {
                    depth,
                    gen: label,
                    text,
                    json,
                }
            }
            GenEvent::Returned { gen, value, line } => {
                let label = self.label(gen);
                let depth = self.stopped(gen);
                let v = short_repr(vm, value);
                let text = match self.running.last() {
                    Some(p) if self.delegates_to(p, gen) => {
                        format!("{label} returns {v} to {}'s yield from", self.label_of(p))
                    }
                    _ => format!("{label} returns {v}: it is finished (StopIteration)"),
                };
                Line {
                    depth,
                    gen: label,
                    text,
                    json: in_body(vec![("event", q("returned")), ("value", q(&v))], gen, *line),
                }
            }
            GenEvent::Raised { gen, error, line } => {
                let label = self.label(gen);
                let depth = self.stopped(gen);
                let e = short_repr(vm, error);
                Line {
                    depth,
                    gen: label.clone(),
                    text: format!("{label} raises {e}: it is finished"),
                    json: in_body(vec![("event", q("raised")), ("error", q(&e))], gen, *line),
                }
            }
            GenEvent::Closed { gen, line } => {
                let label = self.label(gen);
                let depth = self.stopped(gen);
                Line {
                    depth,
                    gen: label.clone(),
                    text: format!("{label} is closed"),
                    json: in_body(vec![("event", q("closed"))], gen, *line),
                }
            }
            GenEvent::Finalized { serial, name, at } => {
                let label = format!("{name}#{serial}");
                Line {
                    depth: self.running.len(),
                    text: match at {
                        Some(_) => format!(
                            "{label} is finalized: its last reference went{}",
                            at_text(at)
                        ),
                        None => format!("{label} is finalized: the program ended"),
                    },
                    json: with_place(vec![("event", q("finalized"))], at),
                    gen: label,
                }
            }
        };
        let wanted = match event {
            GenEvent::Finalized { .. } => self.only.as_ref().is_none_or(|n| {
                line.gen == *n || line.gen.rsplit_once('#').is_some_and(|(q, _)| q == n)
            }),
            GenEvent::Created { gen, .. }
            | GenEvent::Resumed { gen, .. }
            | GenEvent::Yielded { gen, .. }
            | GenEvent::Returned { gen, .. }
            | GenEvent::Raised { gen, .. }
            | GenEvent::Closed { gen, .. } => self.wanted(gen, &line.gen),
        };
        Some((line, wanted))
    }

    fn label_of(&self, gen: &Generator) -> String {
        format!("{}#{}", gen.qualname.borrow(), gen.serial.get())
    }

    /// True when `parent` is suspended in (or running) a `yield from` over `gen`.
    fn delegates_to(&self, parent: &Generator, gen: &Rc<Generator>) -> bool {
        match &*parent.state.borrow() {
            GenState::Suspended(f) => {
                f.is_delegating()
                    && matches!(f.stack.last(), Some(Value::Generator(g)) if Rc::ptr_eq(g, gen))
            }
            _ => true,
        }
    }

    /// The yield-from chain from `gen` down to its innermost delegate.
    fn chain(&mut self, gen: &Rc<Generator>) -> Vec<String> {
        let mut chain = vec![self.label(gen)];
        let mut cur = gen.clone();
        while let Some(Value::Generator(ref next)) = cur.yieldfrom() {
            chain.push(self.label(next));
            cur = next.clone();
        }
        chain
    }

    /// The `how` of a resume: its JSON name, its words, and the value sent or thrown.
    fn resumer(&mut self, vm: &mut Vm, how: &ResumedBy) -> (&'static str, String, Option<String>) {
        match how {
            ResumedBy::Next => ("next", "next()".into(), None),
            ResumedBy::Send(v) => {
                let v = short_repr(vm, v);
                ("send", format!("send({v})"), Some(v))
            }
            ResumedBy::Throw(e) => {
                let e = short_repr(vm, e);
                ("throw", format!("throw({e})"), Some(e))
            }
            ResumedBy::Close => ("close", "close()".into(), None),
            ResumedBy::ForLoop => ("for", "a for loop".into(), None),
            ResumedBy::YieldFrom(Value::None) => ("yield from", "yield from".into(), None),
            ResumedBy::YieldFrom(v) => {
                let v = short_repr(vm, v);
                ("yield from", format!("yield from (sending {v})"), Some(v))
            }
            ResumedBy::Builtin => ("builtin", "a built-in".into(), None),
        }
    }

    /// Writes `line` and, when the sink keeps events, keeps it with the source files it
    /// names: the running code's and `code`'s, the code of a generator just created.
    fn write(&mut self, vm: &mut Vm, line: Line, code: Option<Rc<SourceFile>>) {
        self.seq += 1;
        let mut json = format!(
            "{{\"v\": {SCHEMA_VERSION}, \"seq\": {}, \"gen\": {}, \"depth\": {}",
            self.seq,
            q(&line.gen),
            line.depth
        );
        for (k, v) in &line.json {
            json.push_str(&format!(", {}: {v}", q(k)));
        }
        json.push('}');
        if self.flush_stdout {
            vm.out.flush();
        }
        let mut sink = self.sink.borrow_mut();
        let text = match self.format {
            Format::Text => Some(format!("{}{}\n", "  ".repeat(line.depth), line.text)),
            Format::JsonLines => Some(format!("{json}\n")),
            Format::Quiet => None,
        };
        if let Some(t) = text {
            // A trace that cannot be written is dropped; the program goes on.
            let _ = sink.out.write_all(t.as_bytes());
            let _ = sink.out.flush();
        }
        if sink.keep {
            let running = vm.frames.last().map(|f| f.code.source.clone());
            for source in code.iter().chain(running.iter()) {
                sink.keep_source(source);
            }
            json.pop();
            sink.kept
                .push(format!("{json}, \"text\": {}}}", q(&line.text)));
        }
    }
}

impl GenObserver for Tracer {
    fn event(&mut self, vm: &mut Vm, event: GenEvent) {
        if let Some((line, true)) = self.line_for(vm, &event) {
            let code = match &event {
                GenEvent::Created { gen, .. } => Some(gen.code.source.clone()),
                _ => None,
            };
            self.write(vm, line, code);
        }
    }
}

fn at_text(at: &Option<Place>) -> String {
    match at {
        Some(p) => format!(" at line {} in {}", p.line, p.func),
        None => String::new(),
    }
}

fn with_place(
    mut json: Vec<(&'static str, String)>,
    at: &Option<Place>,
) -> Vec<(&'static str, String)> {
    match at {
        Some(p) => {
            json.push(("func", q(&p.func)));
            json.push(("line", p.line.to_string()));
            json.push(("file", q(&p.file)));
        }
        None => {
            json.push(("func", "null".into()));
            json.push(("line", "null".into()));
            json.push(("file", "null".into()));
        }
    }
    json
}

/// Adds where in `gen`'s body an event happened: `line` and `file`.
fn in_body(
    mut json: Vec<(&'static str, String)>,
    gen: &Generator,
    line: usize,
) -> Vec<(&'static str, String)> {
    json.push(("line", line.to_string()));
    json.push(("file", q(&gen.code.source.name)));
    json
}

/// A JSON string literal.
pub fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON object of names and reprs.
fn json_object(pairs: &[(String, String)]) -> String {
    let items: Vec<String> = pairs
        .iter()
        .map(|(n, v)| format!("{}: {}", q(n), q(v)))
        .collect();
    format!("{{{}}}", items.join(", "))
}

fn json_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| q(s)).collect();
    format!("[{}]", items.join(", "))
}
