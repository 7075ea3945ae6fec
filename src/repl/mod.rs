//! The interactive REPL on rustyline: `>>> ` and `... ` prompts, multi-line blocks
//! ended by a blank line, expression statements echo their repr, errors print a
//! traceback and the session goes on, Ctrl-C cancels the line, Ctrl-D exits. A front
//! end (docs/architecture.md).

use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

use crate::{Interpreter, RunError};

/// What to do with the lines typed so far.
#[derive(Debug, PartialEq, Eq)]
pub enum InputState {
    /// Run them.
    Complete,
    /// Show `... ` and read more.
    NeedMore,
}

/// Decides whether `buffer` (the lines typed so far) is ready to run. A block that
/// was opened (`def f():`, `if x:`, a decorator) runs only after a blank line, as in
/// CPython's REPL; otherwise input runs as soon as it parses or fails for a reason
/// other than ending too early.
pub fn input_state(buffer: &str) -> InputState {
    let last_blank = buffer.ends_with("\n\n") || buffer.trim().is_empty();
    let first = buffer.lines().next().unwrap_or("").trim_end();
    let opens_block = first.ends_with(':')
        || first.trim_start().starts_with('@')
        || buffer.lines().count() > 1 && buffer.lines().skip(1).any(|l| l.starts_with([' ', '\t']));
    if opens_block && !last_blank {
        return InputState::NeedMore;
    }
    match crate::syntax::parse(buffer) {
        Err(e) if e.incomplete && !last_blank => InputState::NeedMore,
        _ => InputState::Complete,
    }
}

/// Runs the REPL until Ctrl-D or `exit()`.
pub fn run(interp: &mut Interpreter) {
    let Ok(mut editor) = DefaultEditor::new() else {
        crate::vm::output::write_stderr("genpy: cannot start the line editor\n");
        return;
    };
    // History survives sessions in ~/.genpy_history (best effort: no file, no history).
    let history =
        std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".genpy_history"));
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    repl_loop(interp, &mut editor);
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
}

/// Reads, runs and prints until Ctrl-D or `exit()`.
fn repl_loop(interp: &mut Interpreter, editor: &mut DefaultEditor) {
    println!(
        "genpy {} (a Python 3.11 subset built around generators)\nType Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    );
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                if input_state(&buffer) == InputState::NeedMore {
                    continue;
                }
                let _ = editor.add_history_entry(buffer.trim_end());
                let code = std::mem::take(&mut buffer);
                match interp.run_interactive(&code) {
                    Ok(()) => interp.flush(),
                    Err(
                        RunError::Syntax(text)
                        | RunError::Exception(text)
                        | RunError::Interrupted(text),
                    ) => {
                        interp.flush();
                        crate::vm::output::write_stderr(&text);
                    }
                    Err(RunError::Exit(_)) => return,
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                println!();
                return;
            }
            Err(e) => {
                crate::vm::output::write_stderr(&format!("genpy: {e}\n"));
                return;
            }
        }
    }
}
