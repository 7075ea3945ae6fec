//! The REPL's teaching commands, typed at `>>> ` with a leading `:` (no Python
//! statement starts with one): `:help`, `:frame g` (a generator's frame and its
//! yield-from chain), `:dis f` (the bytecode, by `teach::dis`) and `:trace on|off` (a
//! `teach::trace::Tracer` telling each generator event on stderr as it happens). A
//! front end (docs/architecture.md).

use std::rc::Rc;

use crate::objects::code::Code;
use crate::objects::Value;
use crate::teach::trace::{Format, Sink, Tracer};
use crate::{Interpreter, RunError};

/// What `:help` prints (one entry per name in [`NAMES`]).
const HELP: &str = crate::builtins::help::COMMANDS;

/// The commands' names, for `:help` and Tab.
const NAMES: &[&str] = &["dis", "frame", "help", "trace"];

/// Tab on a command's name (`:fr` becomes `:frame `): where the replaced text starts
/// and the candidates, or None when `before` (the text before the cursor) is not a
/// command's name being typed.
pub fn complete(before: &str) -> Option<(usize, Vec<String>)> {
    let start = before.len() - before.trim_start().len();
    let word = before.trim_start().strip_prefix(':')?;
    if word.contains(char::is_whitespace) {
        return None;
    }
    let found = NAMES
        .iter()
        .filter(|n| n.starts_with(word))
        .map(|n| format!(":{n} "))
        .collect();
    Some((start, found))
}

/// True when `line`, typed at the primary prompt, is a command rather than Python.
pub fn is_command(line: &str) -> bool {
    line.trim_start().starts_with(':')
}

/// Runs the command `line`: the text to print on stdout, or (for a mistake, or an
/// exception while evaluating its expression) the text for stderr.
pub fn run(interp: &mut Interpreter, line: &str) -> Result<String, String> {
    let line = line.trim().trim_start_matches(':');
    let (word, arg) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let arg = arg.trim();
    match word {
        "help" | "h" | "?" => Ok(HELP.to_string()),
        "frame" => frame(interp, arg),
        "dis" => dis(interp, arg),
        "trace" => trace(interp, arg),
        _ => Err(format!(
            "unknown command :{word} (type :help for the list)\n"
        )),
    }
}

/// The value of the command's expression, or the error to print.
fn value_of(interp: &mut Interpreter, command: &str, expr: &str) -> Result<Value, String> {
    if expr.is_empty() {
        return Err(format!(":{command} needs an expression (see :help)\n"));
    }
    interp.evaluate(expr).map_err(|e| match e {
        RunError::Syntax(t) | RunError::Exception(t) | RunError::Interrupted(t) => t,
        RunError::Exit(_) => format!(":{command}: the expression asked to exit; ignored\n"),
    })
}

/// `:frame EXPR`.
fn frame(interp: &mut Interpreter, expr: &str) -> Result<String, String> {
    match value_of(interp, "frame", expr)? {
        Value::Generator(ref g) | Value::FrameView(ref g) => {
            Ok(crate::teach::frames::describe(&mut interp.vm, g))
        }
        other => Err(format!(
            ":frame needs a generator (or a generator's frame), not {}\n",
            other.type_name()
        )),
    }
}

/// `:dis EXPR`.
fn dis(interp: &mut Interpreter, expr: &str) -> Result<String, String> {
    let value = value_of(interp, "dis", expr)?;
    match code_of(&value) {
        Some(code) => Ok(crate::teach::dis::disassemble(&code)),
        None => Err(format!(
            ":dis needs a function, generator or code object, not {}\n",
            value.type_name()
        )),
    }
}

/// The code a function, method, generator or code object runs.
fn code_of(v: &Value) -> Option<Rc<Code>> {
    match v {
        Value::Function(f) => Some(f.code.clone()),
        Value::BoundMethod(m) => code_of(&m.func),
        Value::Generator(g) => Some(g.code.clone()),
        Value::Code(c) => Some(c.clone()),
        _ => None,
    }
}

/// `:trace on`, `:trace off`, `:trace`.
fn trace(interp: &mut Interpreter, arg: &str) -> Result<String, String> {
    let state = |on: bool| match on {
        true => "tracing is on: generator events go to stderr\n".to_string(),
        false => "tracing is off\n".to_string(),
    };
    match arg {
        "on" => {
            let sink = Sink::new(Box::new(std::io::stderr()), false);
            let tracer = Tracer::new(Format::Text, None, sink);
            interp.set_observer(Some(Box::new(tracer)));
            Ok(state(true))
        }
        "off" => {
            interp.set_observer(None);
            Ok(state(false))
        }
        "" => Ok(state(interp.vm.has_observer())),
        _ => Err(format!(":trace takes on or off, not {arg}\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::output::Output;

    fn session(src: &str) -> Interpreter {
        let mut interp = Interpreter::with_output(vec![String::new()], Output::captured());
        interp.run_source(src, "<stdin>").expect("the setup runs");
        interp
    }

    const CHAIN: &str = "def inner():\n    x = yield 1\n    yield x\n\ndef outer(n):\n    \
                         r = yield from inner()\n    yield r\n\ng = outer(5)\nnext(g)\n";

    /// checks that :frame shows a suspended generator's line and its source, its
    /// locals, its value stack, and the frame of the delegate it is in a yield from.
    #[test]
    fn frame_shows_the_yield_from_chain() {
        let mut interp = session(CHAIN);
        let text = run(&mut interp, ":frame g").expect(":frame works");
        assert_eq!(
            text,
            "outer: suspended at line 6 of <stdin>\n\
             \x20    6 | r = yield from inner()\n\
             \x20 locals: n = 5\n\
             \x20 value stack: empty\n\
             \x20 yield from: delegating to inner\n\
             \x20 inner: suspended at line 2 of <stdin>\n\
             \x20      2 | x = yield 1\n\
             \x20   locals: none bound\n\
             \x20   value stack: empty\n"
        );
    }

    /// checks that :frame tells a created and a finished generator, and refuses what
    /// is not a generator with the reason.
    #[test]
    fn frame_of_created_finished_and_non_generators() {
        let mut interp = session(CHAIN);
        let created = run(&mut interp, ":frame outer(7)").expect(":frame works");
        assert!(created.starts_with("outer: created, not started: its body begins at line 5"));
        assert!(created.contains("locals: n = 7"), "{created}");
        run(&mut interp, ":frame g.close()").expect_err("None is no generator");
        let closed = run(&mut interp, ":frame g").expect(":frame works");
        assert!(closed.starts_with("outer: finished"), "{closed}");
        assert_eq!(
            run(&mut interp, ":frame 3"),
            Err(":frame needs a generator (or a generator's frame), not int\n".into())
        );
        let err = run(&mut interp, ":frame nope").expect_err("a NameError");
        assert!(
            err.contains("NameError: name 'nope' is not defined"),
            "{err}"
        );
    }

    /// checks that :dis disassembles a function, a generator and a code object, and
    /// that :help lists every command.
    #[test]
    fn dis_and_help() {
        let mut interp = session(CHAIN);
        let listing = run(&mut interp, ":dis inner").expect(":dis works");
        assert!(listing.starts_with("Disassembly of <code object inner (line 1)>"));
        assert_eq!(run(&mut interp, ":dis g"), run(&mut interp, ":dis outer"));
        assert_eq!(run(&mut interp, ":dis inner.__code__"), Ok(listing));
        assert!(run(&mut interp, ":dis 1").is_err());
        let help = run(&mut interp, ":help").expect(":help works");
        for c in NAMES
            .iter()
            .map(|n| format!(":{n} "))
            .chain([":trace off".into()])
        {
            assert!(help.contains(&c), "{c}");
        }
        assert!(run(&mut interp, ":nonsense").is_err());
    }

    /// checks that Tab completes a command's name, and leaves its argument (Python)
    /// and other lines to the Python completer.
    #[test]
    fn tab_completes_command_names() {
        assert_eq!(complete(":fr"), Some((0, vec![":frame ".to_string()])));
        assert_eq!(complete(":").map(|(_, c)| c.len()), Some(NAMES.len()));
        assert_eq!(complete(":frame g"), None);
        assert_eq!(complete("x = 1"), None);
    }

    /// checks that :trace on installs a tracer and :trace off removes it.
    #[test]
    fn trace_on_and_off() {
        let mut interp = session("");
        assert_eq!(run(&mut interp, ":trace"), Ok("tracing is off\n".into()));
        run(&mut interp, ":trace on").expect(":trace on works");
        assert!(interp.vm.has_observer());
        run(&mut interp, ":trace off").expect(":trace off works");
        assert!(!interp.vm.has_observer());
        assert!(run(&mut interp, ":trace maybe").is_err());
    }
}
