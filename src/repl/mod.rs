//! The interactive REPL on rustyline: `>>> ` and `... ` prompts, multi-line blocks
//! ended by a blank line, expression statements echo their repr, errors print a
//! traceback and the session goes on, Ctrl-C cancels the line, Ctrl-D exits. Tab
//! completes names and attributes ([`complete`]) or indents, and continuation lines
//! start auto-indented ([`indent`]). The line is syntax-highlighted on a terminal
//! ([`highlight`]); a paste without bracketed paste is told from typing
//! ([`typeahead`]) and keeps every line ([`paste`]). A line starting with `:` is a teaching command
//! ([`commands`]: `:help`, `:frame`, `:dis`, `:trace`). A front end
//! (docs/architecture.md).

mod commands;
mod complete;
mod highlight;
mod indent;
mod paste;
mod typeahead;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ColorMode, CompletionType, ConditionalEventHandler, Config, Context, Editor, Event,
    EventContext, EventHandler, Helper, KeyEvent, RepeatCount,
};

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use crate::diag::colour::{self, PROMPT, RESET};
use crate::{Interpreter, RunError};
use typeahead::{KeyWatcher, Typeahead};

/// The line editor's helper: completion from the session's namespaces, the key
/// timing that tells pastes ([`Typeahead`]), told of every refresh, and what the
/// lines before the current one leave open, for its highlighting.
struct ReplHelper(
    complete::Scope,
    std::sync::Arc<Typeahead>,
    std::cell::RefCell<highlight::Carry>,
);

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

    /// No hints; called on every refresh, after rustyline has put the terminal in
    /// raw mode, which is when a probe for more of a paste can start.
    fn hint(&self, _: &str, _: usize, _: &Context<'_>) -> Option<String> {
        self.1.on_refresh();
        None
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _: usize) -> Cow<'l, str> {
        Cow::Owned(highlight::highlight(line, &self.2.borrow()))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, _: bool) -> Cow<'b, str> {
        Cow::Owned(format!("{PROMPT}{prompt}{RESET}"))
    }

    fn highlight_char(&self, _: &str, _: usize, _: bool) -> bool {
        true
    }
}

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
    let colours = if colour::wanted() {
        ColorMode::Enabled
    } else {
        ColorMode::Disabled
    };
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .color_mode(colours)
        .build();
    let Ok(mut editor) = ReplEditor::with_config(config) else {
        crate::vm::output::write_stderr("genpy: cannot start the line editor\n");
        return Some(1);
    };
    editor.bind_sequence(
        KeyEvent::ctrl('D'),
        EventHandler::Conditional(Box::new(CtrlDEndsBlock)),
    );
    let keys = std::sync::Arc::new(Typeahead::default());
    editor.bind_sequence(
        Event::Any,
        EventHandler::Conditional(Box::new(KeyWatcher(keys.clone()))),
    );
    editor.set_helper(Some(ReplHelper(
        complete::Scope {
            globals: interp.globals.clone(),
            builtins: interp.vm.builtins.clone(),
            sys: interp.vm.sys_dict.clone(),
            stdlib: interp.vm.stdlib_module_names(),
        },
        keys.clone(),
        Default::default(),
    )));
    let history = history_file();
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
    let status = repl_loop(interp, &mut editor, &keys);
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
    status
}

/// Where the history is kept between sessions: `$GENPY_HISTORY`, where an empty
/// value keeps none, else `~/.genpy_history` (best effort: no file, no history).
fn history_file() -> Option<std::path::PathBuf> {
    match std::env::var_os("GENPY_HISTORY") {
        Some(path) if path.is_empty() => None,
        Some(path) => Some(path.into()),
        None => {
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".genpy_history"))
        }
    }
}

/// Reads, runs and prints until Ctrl-D or `exit()`; the exit status asked for.
fn repl_loop(interp: &mut Interpreter, editor: &mut ReplEditor, keys: &Typeahead) -> Option<i32> {
    let mut buffer = String::new();
    // A pasted blank line inside a block, held until the next line says whether the
    // block goes on.
    let mut held_blank = false;
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        let indent = if held_blank {
            String::new()
        } else {
            indent::next_indent(&buffer)
        };
        if let Some(helper) = editor.helper_mut() {
            *helper.2.borrow_mut() = highlight::carry_after(&buffer);
        }
        keys.start_line();
        if held_blank {
            keys.arm_probe();
        }
        let read = editor.readline_with_initial(prompt, (&indent, ""));
        if keys.probe_found_nothing() && matches!(read, Err(ReadlineError::Eof)) {
            // Nothing followed the pasted blank line: it ends the block, as a typed
            // one does; the probe's prompt goes (rustyline went to the next line).
            held_blank = false;
            if std::io::stdout().is_terminal() {
                print!("\x1b[A\r\x1b[K");
                let _ = std::io::stdout().flush();
            }
            if let Some(status) = run_input(interp, editor, &mut buffer) {
                return Some(status);
            }
            continue;
        }
        match read {
            Ok(mut line) => {
                let pasted = keys.was_pasted();
                if pasted && !indent.is_empty() {
                    if let Some(own) = line.strip_prefix(&indent) {
                        redraw_pasted(editor, prompt, &line, own);
                        line = own.to_string();
                    }
                }
                let blank = line.trim().is_empty();
                if buffer.is_empty() && blank {
                    continue;
                }
                if buffer.is_empty() && commands::is_command(&line) {
                    run_command(interp, editor, &line);
                    continue;
                }
                if blank && pasted && !held_blank {
                    held_blank = true;
                    continue;
                }
                if (pasted || held_blank) && !blank && paste::starts_new_statement(&buffer, &line) {
                    buffer.push('\n');
                    if let Some(status) = run_input(interp, editor, &mut buffer) {
                        return Some(status);
                    }
                } else if held_blank {
                    buffer.push('\n');
                }
                held_blank = false;
                // A line of nothing but (auto-)indentation ends the block, as a blank
                // line does.
                if !blank {
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
                held_blank = false;
                println!("KeyboardInterrupt");
            }
            // Ctrl-D at `... ` runs the block typed so far; at `>>> ` it exits.
            Err(ReadlineError::Eof) if !buffer.is_empty() => {
                println!();
                held_blank = false;
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

/// Shows a pasted line again without the auto-indent that was put before it (the
/// line as typed, `shown`, took one screen row; a longer one is left as it is).
fn redraw_pasted(editor: &mut ReplEditor, prompt: &str, shown: &str, own: &str) {
    let width = |s: &str| {
        s.chars()
            .map(|c| if c == '\t' { 8 } else { 1 })
            .sum::<usize>()
    };
    let fits = editor
        .dimensions()
        .is_some_and(|(cols, _)| width(prompt) + width(shown) < cols);
    if fits && std::io::stdout().is_terminal() {
        let shown = match editor.helper() {
            Some(h) if colour::wanted() => {
                let prompt = h.highlight_prompt(prompt, true);
                format!("{prompt}{}", h.highlight(own, own.len()))
            }
            _ => format!("{prompt}{own}"),
        };
        print!("\x1b[A\r{shown}\x1b[K\n");
        let _ = std::io::stdout().flush();
    }
}

/// Runs the teaching command `line` and prints what it says.
fn run_command(interp: &mut Interpreter, editor: &mut ReplEditor, line: &str) {
    let _ = editor.add_history_entry(line.trim());
    let said = commands::run(interp, line);
    interp.flush();
    match said {
        Ok(text) => print!("{text}"),
        Err(text) => crate::vm::output::write_stderr(&colour::for_stderr(&text)),
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
            crate::vm::output::write_stderr(&colour::for_stderr(&text));
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
