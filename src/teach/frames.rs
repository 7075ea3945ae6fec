//! What a generator's frame holds, as the teaching views show it: the line it is
//! suspended at (or will start at), its bound locals, its value stack and its `yield
//! from` delegate. The tracer reports it at each event; the REPL's `:frame` prints it
//! with the whole yield-from chain ([`describe`]). A front end (docs/architecture.md).

use std::fmt::Write;

use crate::objects::generator::{GenState, Generator};
use crate::objects::Value;
use crate::vm::Vm;

/// The longest repr a view shows before cutting it with `...`.
const REPR_WIDTH: usize = 60;

/// A generator's frame while it is not running, its values as reprs.
#[derive(Default)]
pub struct Snapshot {
    /// The line it is suspended at (its `def` line when it has not started).
    pub line: usize,
    /// Its bound locals (cell variables included), name and repr, as `f_locals` has
    /// them.
    pub locals: Vec<(String, String)>,
    /// Its value stack, bottom first, as reprs, without the `yield from` delegate.
    pub stack: Vec<String>,
    /// The iterator it is delegating to in a `yield from`, if it is.
    pub delegate: Option<Value>,
}

/// The frame of `gen`, or None when it has none to show (running or finished).
pub fn snapshot(vm: &mut Vm, gen: &Generator) -> Option<Snapshot> {
    let (line, locals, mut stack, delegating) = match &*gen.state.borrow() {
        GenState::Suspended(f) | GenState::Created(f) => (
            f.line(),
            f.bound_locals(),
            f.stack.clone(),
            f.is_delegating(),
        ),
        GenState::Running | GenState::Closed => return None,
    };
    let delegate = if delegating { stack.pop() } else { None };
    let locals = locals
        .into_iter()
        .map(|(n, v)| (n.to_string(), slot(vm, &v)))
        .collect();
    let stack = stack.iter().map(|v| slot(vm, v)).collect();
    Some(Snapshot {
        line,
        locals,
        stack,
        delegate,
    })
}

/// A local or value-stack slot as a view shows it: iterators by their type (what a
/// `for` loop keeps), other values by repr.
pub fn slot(vm: &mut Vm, v: &Value) -> String {
    match v {
        Value::Iter(_) | Value::Generator(_) => format!("<{}>", v.type_name()),
        _ => short_repr(vm, v),
    }
}

/// `repr(v)` without addresses, cut to [`REPR_WIDTH`] characters.
pub fn short_repr(vm: &mut Vm, v: &Value) -> String {
    let r = vm
        .repr(v)
        .unwrap_or_else(|_| format!("<{} object>", v.type_name()));
    let r = without_addresses(&r);
    if r.chars().count() <= REPR_WIDTH {
        return r;
    }
    let cut: String = r.chars().take(REPR_WIDTH - 3).collect();
    format!("{cut}...")
}

/// `text` without the ` at 0x...` of default reprs (`<generator object g at 0x7f..>`
/// becomes `<generator object g>`): addresses change from run to run and say nothing
/// to a learner.
fn without_addresses(text: &str) -> String {
    const MARK: &str = " at 0x";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(MARK) {
        let after = &rest[i + MARK.len()..];
        let digits = after.len()
            - after
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        out.push_str(&rest[..i]);
        if digits > 0 && after[digits..].starts_with(['>', ',']) {
            rest = &after[digits..];
        } else {
            out.push_str(MARK);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// `qualname#N` for a generator a tracer has numbered, else its `__qualname__`.
pub fn name_of(gen: &Generator) -> String {
    match gen.serial.get() {
        0 => gen.qualname.borrow().to_string(),
        n => format!("{}#{n}", gen.qualname.borrow()),
    }
}

/// `gen`'s state, line (with its source text), locals and value stack, then the same
/// for each generator down its yield-from chain to the innermost delegate: what the
/// REPL's `:frame` prints.
pub fn describe(vm: &mut Vm, gen: &Generator) -> String {
    let mut out = String::new();
    describe_one(vm, gen, 0, &mut out);
    out
}

fn describe_one(vm: &mut Vm, gen: &Generator, depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth);
    let name = name_of(gen);
    let file = gen.code.source.name.clone();
    let state = match &*gen.state.borrow() {
        GenState::Created(_) => "created, not started: its body begins at line",
        GenState::Suspended(_) => "suspended at line",
        GenState::Running => "running: its frame is on the stack, executing",
        GenState::Closed => "finished (it returned, raised or was closed): it has no frame",
    };
    let Some(frame) = snapshot(vm, gen) else {
        let _ = writeln!(out, "{pad}{name}: {state}");
        return;
    };
    let _ = writeln!(out, "{pad}{name}: {state} {} of {file}", frame.line);
    let text = gen.code.source.line_text(frame.line).trim();
    let _ = writeln!(out, "{pad}  {:>4} | {text}", frame.line);
    let locals: Vec<String> = frame
        .locals
        .iter()
        .map(|(n, v)| format!("{n} = {v}"))
        .collect();
    let locals = match locals.is_empty() {
        true => "none bound".to_string(),
        false => locals.join(", "),
    };
    let _ = writeln!(out, "{pad}  locals: {locals}");
    let stack = match frame.stack.is_empty() {
        true => "empty".to_string(),
        false => format!("[{}]", frame.stack.join(", ")),
    };
    let _ = writeln!(out, "{pad}  value stack: {stack}");
    match &frame.delegate {
        Some(Value::Generator(d)) => {
            let _ = writeln!(out, "{pad}  yield from: delegating to {}", name_of(d));
            describe_one(vm, d, depth + 1, out);
        }
        Some(other) => {
            let it = slot(vm, other);
            let _ = writeln!(out, "{pad}  yield from: delegating to {it}");
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::without_addresses;

    /// checks that default reprs lose their addresses and other text is kept.
    #[test]
    fn addresses_are_left_out() {
        assert_eq!(
            without_addresses("(<generator object g at 0x7f12ab>, <frame at 0x1f, file 'x'>)"),
            "(<generator object g>, <frame, file 'x'>)"
        );
        assert_eq!(
            without_addresses("'meet at 0x10 sharp'"),
            "'meet at 0x10 sharp'"
        );
        assert_eq!(without_addresses("' at 0x'"), "' at 0x'");
    }
}
