//! CPython's traceback text: an uncaught exception with its chained causes and
//! contexts, the frames (deep recursion folded), genpy's `help:` line for the
//! generator errors people meet most, the final `Type: message` line with its "Did you
//! mean" suggestion (chosen only now, when the exception is printed) and its notes
//! (`add_note`), and the
//! "Exception ignored in" report of an unraisable exception.

use std::rc::Rc;

use crate::objects::exc::TbEntry;
use crate::objects::{ExcKind, PyErr, Value};
use crate::vm::{ExceptionFormat, Vm};

/// Formats an exception as CPython prints it uncaught: chained causes and contexts
/// first, then `Traceback (most recent call last):`, the frames, `Type: message`.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    let all = ExceptionFormat {
        only: false,
        limit: None,
        chain: true,
    };
    format_chain(vm, err, &all, &mut Vec::new(), &mut GroupBox::default())
}

/// The VM's exception formatter in a full interpreter (the `traceback` module's):
/// the text of [`format_exception`] with `how`'s frame limit and chaining, or with
/// `how.only` its final part (a SyntaxError's location and the `Type: message` line).
pub fn format_for_module(vm: &mut Vm, err: &PyErr, how: &ExceptionFormat) -> String {
    if how.only {
        return format_final(vm, err);
    }
    format_chain(vm, err, how, &mut Vec::new(), &mut GroupBox::default())
}

/// Where an exception group's drawing is: how deep in nested groups the text being
/// written is (each level indents two columns and draws a `|` margin), and whether
/// the last member's box still needs its closing line.
#[derive(Default)]
struct GroupBox {
    depth: usize,
    need_close: bool,
}

/// The groups CPython draws at most, in depth and in members per group.
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;

impl GroupBox {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text` with every line behind the margin of the current depth (`margin` is `|`,
    /// or `+` on a top-level group's first line); unchanged outside groups.
    fn emit(&self, text: &str, margin: char) -> String {
        if self.depth == 0 {
            return text.to_string();
        }
        let prefix = format!("{}{margin} ", self.indent());
        text.split_inclusive('\n')
            .map(|line| format!("{prefix}{line}"))
            .collect()
    }
}

/// Formats `err` after the exceptions it was chained to; `seen` holds those already
/// formatted (the chain's identities), where a cyclic chain stops, as in CPython.
fn format_chain(
    vm: &mut Vm,
    err: &PyErr,
    how: &ExceptionFormat,
    seen: &mut Vec<PyErr>,
    group: &mut GroupBox,
) -> String {
    seen.push(err.clone());
    let mut out = String::new();
    let data = err.data().clone();
    let unseen = |e: &PyErr| how.chain && !seen.iter().any(|s| Rc::ptr_eq(&s.0, &e.0));
    if let Some(cause) = data
        .cause
        .as_ref()
        .and_then(PyErr::from_value)
        .filter(unseen)
    {
        out.push_str(&format_chain(vm, &cause, how, seen, group));
        out.push_str(&group.emit(
            "\nThe above exception was the direct cause of the following exception:\n\n",
            '|',
        ));
    } else if let Some(ctx) = data
        .context
        .as_ref()
        .and_then(PyErr::from_value)
        .filter(|e| !data.suppress_context && unseen(e))
    {
        out.push_str(&format_chain(vm, &ctx, how, seen, group));
        out.push_str(&group.emit(
            "\nDuring handling of the above exception, another exception occurred:\n\n",
            '|',
        ));
    }
    let frames = limited(&data.traceback, how.limit);
    let members = match &data.group {
        Some((_, Value::Tuple(members))) => members.to_vec(),
        _ => {
            if !frames.is_empty() {
                out.push_str(&group.emit("Traceback (most recent call last):\n", '|'));
                out.push_str(&group.emit(&format_traceback(frames), '|'));
            }
            if let Some(hint) = help_for(&exception_line(vm, err)) {
                out.push_str(&group.emit(&format!("  help: {hint}\n"), '|'));
            }
            out.push_str(&group.emit(&format_final(vm, err), '|'));
            return out;
        }
    };
    if group.depth > MAX_GROUP_DEPTH {
        let text = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
        out.push_str(&group.emit(&text, '|'));
        return out;
    }
    out.push_str(&format_group(vm, err, frames, &members, how, seen, group));
    out
}

/// An exception group as CPython draws it: its traceback and line behind a margin,
/// then each member (at most 15) in a numbered box, one level deeper.
fn format_group(
    vm: &mut Vm,
    err: &PyErr,
    frames: &[TbEntry],
    members: &[Value],
    how: &ExceptionFormat,
    seen: &mut Vec<PyErr>,
    group: &mut GroupBox,
) -> String {
    let mut out = String::new();
    let top = group.depth == 0;
    if top {
        group.depth += 1;
    }
    if !frames.is_empty() {
        let margin = if top { '+' } else { '|' };
        out.push_str(&group.emit(
            "Exception Group Traceback (most recent call last):\n",
            margin,
        ));
        out.push_str(&group.emit(&format_traceback(frames), '|'));
    }
    out.push_str(&group.emit(&format_final(vm, err), '|'));
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    group.need_close = false;
    for (i, member) in members.iter().take(shown).enumerate() {
        let last = i + 1 == shown;
        if last {
            group.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        out.push_str(&format!(
            "{}{corner}+---------------- {title} ----------------\n",
            group.indent()
        ));
        group.depth += 1;
        if truncated {
            let more = members.len() - MAX_GROUP_WIDTH;
            let plural = if more == 1 { "" } else { "s" };
            out.push_str(&group.emit(&format!("and {more} more exception{plural}\n"), '|'));
        } else if let Some(e) = PyErr::from_value(member) {
            out.push_str(&format_chain(vm, &e, how, seen, group));
        }
        if last && group.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                group.indent()
            ));
            group.need_close = false;
        }
        group.depth -= 1;
    }
    if top {
        group.depth = 0;
    }
    out
}

/// The entries (innermost first) that a frame limit keeps: the outermost `n` for a
/// positive `n`, the innermost `-n` for a negative one.
fn limited(entries: &[TbEntry], limit: Option<i64>) -> &[TbEntry] {
    let len = entries.len();
    match limit {
        None => entries,
        Some(n) if n >= 0 => &entries[len.saturating_sub(n as usize)..],
        Some(n) => &entries[..len.min(n.unsigned_abs() as usize)],
    }
}

/// The end of an exception's text: a SyntaxError's location, and the
/// `Type: message` line.
fn format_final(vm: &mut Vm, err: &PyErr) -> String {
    let mut out = String::new();
    if err.matches(ExcKind::SyntaxError) {
        out.push_str(&syntax_error_location(err));
    }
    out.push_str(&exception_line(vm, err));
    out.push('\n');
    let notes = err.0.dict.get("__notes__");
    if let Some(Value::List(notes)) = &notes {
        let notes = notes.borrow().clone();
        for note in notes {
            let text = vm.str_of(&note);
            out.push_str(text.as_deref().unwrap_or("<note str() failed>"));
            out.push('\n');
        }
    }
    out
}

/// Where a SyntaxError exception points, as CPython prints it below the traceback:
/// `File "name", line N`, the line, and carets under the offending text.
fn syntax_error_location(err: &PyErr) -> String {
    let d = |k: &str| err.0.dict.get(k);
    let (Some(Value::Str(file)), Some(Value::Int(line))) = (d("filename"), d("lineno")) else {
        return String::new();
    };
    let mut out = format!("  File \"{}\", line {line}\n", file.as_str());
    let Some(Value::Str(text)) = d("text") else {
        return out;
    };
    let text = text.as_str();
    let text = text.trim_end_matches(['\n', '\r']);
    let stripped = text.trim_start();
    let indent = text.chars().count() - stripped.chars().count();
    let int = |k: &str| match d(k) {
        Some(Value::Int(i)) => i,
        _ => 0,
    };
    let (offset, end_offset) = (int("offset"), int("end_offset"));
    let col = (offset - 1 - indent as i64).max(0) as usize;
    let width = if int("end_lineno") == line && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    out.push_str(&format!(
        "    {stripped}\n    {}{}\n",
        " ".repeat(col),
        "^".repeat(width)
    ));
    out
}

/// The final `Type: message` line; the type is qualified by its module unless that is
/// `builtins` or `__main__`, as CPython prints it (`helper.MyError: boom`).
fn exception_line(vm: &mut Vm, err: &PyErr) -> String {
    let class = err.class();
    let name = match &*class.module {
        "builtins" | "__main__" => class.qualname.to_string(),
        module => format!("{module}.{}", class.qualname),
    };
    let msg = vm.exception_str(err).unwrap_or_default();
    let suggestion = did_you_mean(err);
    let hint = suggestion.map_or(String::new(), |s| format!(". Did you mean: '{s}'?"));
    if msg.is_empty() {
        format!("{name}{hint}")
    } else {
        format!("{name}: {msg}{hint}")
    }
}

/// The "Did you mean" candidate for a NameError (from the names in scope where it was
/// raised) or an AttributeError raised by genpy (from `dir()` of the object).
fn did_you_mean(err: &PyErr) -> Option<String> {
    if let Some(missing) = &err.data().missing_name {
        return missing.scopes.iter().find_map(|names| {
            let names: Vec<&str> = names.iter().map(|n| &**n).collect();
            super::suggest::suggest(&missing.name, &names).map(str::to_string)
        });
    }
    if !err.matches(ExcKind::AttributeError) {
        return None;
    }
    let (obj, name) = (err.0.dict.get("obj")?, err.0.dict.get("name")?);
    let name = name.as_str()?;
    let names = crate::vm::attr::dir_names(&obj);
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    super::suggest::suggest(name, &refs).map(str::to_string)
}

/// Prints an exception raised where it cannot propagate (generator finalization) as
/// CPython's default `sys.unraisablehook` does; the VM's unraisable hook in a full
/// interpreter.
pub fn print_unraisable(vm: &mut Vm, what: &str, err: &PyErr) {
    print_ignored(vm, &format!("Exception ignored in: {what}"), err);
}

/// Prints an exception that is reported and then ignored, under `heading`
/// (`Exception ignored in atexit callback: <function f at 0x...>`).
pub fn print_ignored(vm: &mut Vm, heading: &str, err: &PyErr) {
    vm.out.flush();
    let text = format_exception(vm, err);
    crate::vm::output::write_stderr(&format!("{heading}\n{text}"));
}

/// genpy's advice for the generator errors people meet most, printed just above the
/// final line (which stays exactly CPython's).
fn help_for(line: &str) -> Option<&'static str> {
    const LAZY: &str = "generators are lazy and single-pass: they have no length and no indexes; \
                        wrap it in list(...) first (or count with sum(1 for _ in g), take items with \
                        itertools.islice)";
    if line.starts_with("TypeError: unsupported operand type(s) for ")
        && line.contains("'generator'")
    {
        return Some(
            "generators are lazy and single-pass: they do not add or repeat; chain them with \
             itertools.chain(a, b), or wrap them in list(...)",
        );
    }
    if line == "StopIteration" || line.starts_with("StopIteration: ") {
        return Some(
            "next() found the iterator exhausted: a generator runs only once; call the \
             generator function again for a new one, or give a default: next(g, None)",
        );
    }
    Some(match line {
        "TypeError: object of type 'generator' has no len()"
        | "TypeError: 'generator' object is not subscriptable"
        | "TypeError: 'generator' object does not support item assignment" => LAZY,
        "TypeError: 'function' object is not iterable" => {
            "a function is not iterable: call it (`for x in f(...)`); calling a generator \
             function is what creates the generator"
        }
        "TypeError: can't send non-None value to a just-started generator" => {
            "call next(g) or g.send(None) first, to run the generator to its first yield"
        }
        "ValueError: generator already executing" => {
            "a generator cannot resume itself: code running inside it called next(), send() or throw() on it"
        }
        "RuntimeError: generator ignored GeneratorExit" => {
            "after close() a generator must not yield again: return, or let GeneratorExit propagate"
        }
        "RuntimeError: generator raised StopIteration" => {
            "inside a generator, write `return` (or `return value`) instead of raising StopIteration (PEP 479)"
        }
        "RecursionError: maximum recursion depth exceeded" => {
            "a function that calls itself needs a base case that returns without calling \
             itself: check that every call gets closer to it (the line repeated above is the \
             call that never stops); only when the depth is really needed, raise the limit \
             with sys.setrecursionlimit(n) (genpy's calls do not use the machine stack)"
        }
        _ => return None,
    })
}

/// The traceback entries, outermost first. Like CPython, a run of more than three
/// identical entries (deep recursion) prints three and `[Previous line repeated N more
/// times]`.
fn format_traceback(entries: &[TbEntry]) -> String {
    let key = |tb: &TbEntry| (Rc::as_ptr(&tb.code), tb.code.source.line_of(tb.span.start));
    let mut out = String::new();
    let mut last = None;
    let mut count = 0;
    let flush = |out: &mut String, count: usize| {
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for tb in entries.iter().rev() {
        let k = key(tb);
        if Some(k) == last {
            count += 1;
        } else {
            flush(&mut out, count);
            last = Some(k);
            count = 1;
        }
        if count <= 3 {
            out.push_str(&format_tb_entry(tb));
        }
    }
    flush(&mut out, count);
    out
}

/// One `File "...", line N, in NAME` entry with its source line and carets.
fn format_tb_entry(tb: &TbEntry) -> String {
    let src = &tb.code.source;
    let line = src.line_of(tb.span.start);
    let mut out = format!(
        "  File \"{}\", line {}, in {}\n",
        src.name, line, tb.code.name
    );
    let text = src.line_text(line);
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let indent = text.len() - trimmed.len();
        let line_start = src.line_start(line);
        let start = (tb.span.start as usize).saturating_sub(line_start);
        let full_end = (tb.span.end as usize).saturating_sub(line_start);
        let end = full_end.min(text.trim_end().len());
        let line_text = text.trim_end();
        if let Some(marks) = super::carets::indicator(line_text, indent, start, end, full_end > end)
        {
            out.push_str(&marks);
            out.push('\n');
        }
    }
    out
}
