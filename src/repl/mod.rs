//! The interactive REPL on rustyline: `>>> ` and `... ` prompts, multi-line blocks
//! ended by a blank line, expression statements echo their repr, errors print a
//! traceback and the session goes on, Ctrl-C cancels the line, Ctrl-D exits. Tab
//! completes names and attributes ([`complete`]) or indents, and continuation lines
//! start auto-indented ([`indent`]). A line starting with `:` is a teaching command
//! ([`commands`]: `:help`, `:frame`, `:dis`, `:trace`). A front end
//! (docs/architecture.md).

mod commands;
mod complete;
mod indent;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, CompletionType, ConditionalEventHandler, Config, Context, Editor, Event, EventContext,
    EventHandler, Helper, KeyEvent, RepeatCount,
};

use crate::{Interpreter, RunError};

/// The line editor's helper: completion from the session's namespaces.
struct ReplHelper(complete::Scope);

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        Ok(commands::complete(before).unwrap_or_else(|| self.0.complete(before)))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

/// The REPL's line editor.
type ReplEditor = Editor<ReplHelper, DefaultHistory>;

/// Ctrl-D on a continuation line holding only its auto-indentation ends the block
/// (the line is accepted as a blank one), as Ctrl-D at an empty `... ` does; anywhere
/// else Ctrl-D keeps its usual meaning.
struct CtrlDEndsBlock;

impl ConditionalEventHandler for CtrlDEndsBlock {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let line = ctx.line();
        (!line.is_empty() && line.trim().is_empty()).then_some(Cmd::AcceptLine)
    }
}

/// What to do with the lines typed so far.
#[derive(Debug, PartialEq, Eq)]
pub enum InputState {
    /// Run them.
    Complete,
    /// Show `... ` and read more.
    NeedMore,
}

/// The keywords that begin a compound statement: after one, even on a single line
/// (`if x: y`), the REPL waits for a blank line, since an `else:` may follow.
const COMPOUND: &[&str] = &["if", "for", "while", "def", "class", "with", "try", "async"];

/// Decides whether `buffer` (the lines typed so far) is ready to run. A block that
/// was opened (`def f():`, `if x:`, `if x: y`, a decorator) runs only after a blank
/// line, as in CPython's REPL; otherwise input runs as soon as it parses. Input that
/// fails for a reason other than ending too early is complete at once.
pub fn input_state(buffer: &str) -> InputState {
    let last_blank = buffer.ends_with("\n\n") || buffer.trim().is_empty();
    let first = buffer.lines().next().unwrap_or("").trim_end();
    let first_word = first
        .trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let opens_block = first.ends_with(':')
        || COMPOUND.contains(&first_word)
        || first.trim_start().starts_with('@')
        || buffer.lines().count() > 1 && buffer.lines().skip(1).any(|l| l.starts_with([' ', '\t']));
    match crate::syntax::parse(buffer) {
        // An error that more lines cannot mend is shown at once (`def f(:`).
        Err(e) if !e.incomplete => InputState::Complete,
        _ if opens_block && !last_blank => InputState::NeedMore,
        Err(_) if !last_blank => InputState::NeedMore,
        _ => InputState::Complete,
    }
}

/// Runs the REPL until Ctrl-D or `exit()`: the exit status asked for (`exit(n)`,
/// `sys.exit(n)`), or `None` at the end of input. `banner` prints the greeting (`-q`
/// turns it off).
pub fn run(interp: &mut Interpreter, banner: bool) -> Option<i32> {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .build();
    let Ok(mut editor) = ReplEditor::with_config(config) else {
        crate::vm::output::write_stderr("genpy: cannot start the line editor\n");
        return Some(1);
    };
    editor.bind_sequence(
        KeyEvent::ctrl('D'),
        EventHandler::Conditional(Box::new(CtrlDEndsBlock)),
    );
    editor.set_helper(Some(ReplHelper(complete::Scope {
        globals: interp.globals.clone(),
        builtins: interp.vm.builtins.clone(),
        sys: interp.vm.sys_dict.clone(),
        stdlib: interp.vm.stdlib_module_names(),
    })));
    // History survives sessions in ~/.genpy_history (best effort: no file, no history).
    let history =
        std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".genpy_history"));
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    if banner {
        println!(
            "genpy {} (a Python 3.11 subset built around generators)\n\
             Type :help for the teaching commands, Ctrl-D to exit.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let status = repl_loop(interp, &mut editor);
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
    status
}

/// Reads, runs and prints until Ctrl-D or `exit()`; the exit status asked for.
fn repl_loop(interp: &mut Interpreter, editor: &mut ReplEditor) -> Option<i32> {
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        let indent = indent::next_indent(&buffer);
        match editor.readline_with_initial(prompt, (&indent, "")) {
            Ok(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                if buffer.is_empty() && commands::is_command(&line) {
                    run_command(interp, editor, &line);
                    continue;
                }
                // A line of nothing but (auto-)indentation ends the block, as a blank
                // line does.
                if !line.trim().is_empty() {
                    buffer.push_str(&line);
                }
                buffer.push('\n');
                if input_state(&buffer) == InputState::NeedMore {
                    continue;
                }
                if let Some(status) = run_input(interp, editor, &mut buffer) {
                    return Some(status);
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("KeyboardInterrupt");
            }
            // Ctrl-D at `... ` runs the block typed so far; at `>>> ` it exits.
            Err(ReadlineError::Eof) if !buffer.is_empty() => {
                println!();
                if let Some(status) = run_input(interp, editor, &mut buffer) {
                    return Some(status);
                }
            }
            Err(ReadlineError::Eof) => {
                println!();
                return None;
            }
            Err(e) => {
                crate::vm::output::write_stderr(&format!("genpy: {e}\n"));
                return Some(1);
            }
        }
    }
}

/// Runs the teaching command `line` and prints what it says.
fn run_command(interp: &mut Interpreter, editor: &mut ReplEditor, line: &str) {
    let _ = editor.add_history_entry(line.trim());
    let said = commands::run(interp, line);
    interp.flush();
    match said {
        Ok(text) => print!("{text}"),
        Err(text) => crate::vm::output::write_stderr(&text),
    }
}

/// Runs the input in `buffer` (emptying it) and prints its error, if any; the exit
/// status when it asked to exit.
fn run_input(
    interp: &mut Interpreter,
    editor: &mut ReplEditor,
    buffer: &mut String,
) -> Option<i32> {
    let _ = editor.add_history_entry(buffer.trim_end());
    let code = std::mem::take(buffer);
    match interp.run_interactive(&code) {
        Ok(()) => interp.flush(),
        Err(RunError::Syntax(text) | RunError::Exception(text) | RunError::Interrupted(text)) => {
            interp.flush();
            crate::vm::output::write_stderr(&text);
        }
        Err(RunError::Exit(status)) => return Some(status),
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// checks that a compound statement on one line waits for a blank line (an `else:`
    /// may follow), while a simple statement runs at once.
    #[test]
    fn one_line_compound_statements_wait_for_a_blank_line() {
        assert_eq!(input_state("if x: y = 1\n"), InputState::NeedMore);
        assert_eq!(
            input_state("if x: y = 1\nelse: y = 2\n"),
            InputState::NeedMore
        );
        assert_eq!(
            input_state("if x: y = 1\nelse: y = 2\n\n"),
            InputState::Complete
        );
        assert_eq!(input_state("for i in r: print(i)\n"), InputState::NeedMore);
        assert_eq!(input_state("iffy = 1\n"), InputState::Complete);
        assert_eq!(input_state("print(1)\n"), InputState::Complete);
        assert_eq!(input_state("def f(:\n"), InputState::Complete);
        assert_eq!(input_state("def f(a,\n"), InputState::NeedMore);
    }
}
