//! Colour on a terminal: whether a stream gets ANSI colours (a terminal, `NO_COLOR`
//! unset or empty, `TERM` not `dumb`), the palette, and the colouring of a plain
//! traceback as it is printed (file names, line numbers and function names, the
//! `~~~^^^` ranges, `help:` lines and the final `Type: message` line), as CPython
//! 3.13 colours its own. The text made by [`super::traceback`] stays plain: only the
//! front ends' printing of an uncaught error colours it, so the `traceback` module,
//! pipes and files never see an escape code.

use std::io::IsTerminal;

/// The escape codes of the palette.
pub const RESET: &str = "\x1b[0m";
/// Keywords.
pub const KEYWORD: &str = "\x1b[1;34m";
/// `True`, `False`, `None` and numbers.
pub const CONSTANT: &str = "\x1b[36m";
/// String literals.
pub const STRING: &str = "\x1b[32m";
/// Comments.
pub const COMMENT: &str = "\x1b[2;37m";
/// A bracket that closes nothing or the wrong thing.
pub const MISMATCH: &str = "\x1b[1;41;37m";
/// The REPL's prompts.
pub const PROMPT: &str = "\x1b[1;35m";
/// File names, line numbers and function names in a traceback.
const LOCATION: &str = "\x1b[35m";
/// The `~` part of a caret line.
const RANGE: &str = "\x1b[31m";
/// The `^` part of a caret line and the exception's type.
const FOCUS: &str = "\x1b[1;31m";
/// The exception's message.
const MESSAGE: &str = "\x1b[31m";
/// `help:` lines.
const HELP: &str = "\x1b[36m";

/// Whether colours are wanted at all (`NO_COLOR` unset or empty, `TERM` not `dumb`).
pub fn wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

/// Whether text written to stderr gets colours.
pub fn on_stderr() -> bool {
    wanted() && std::io::stderr().is_terminal()
}

/// `text` (an error report for stderr) coloured when stderr gets colours, else as it is.
pub fn for_stderr(text: &str) -> String {
    if on_stderr() {
        traceback(text)
    } else {
        text.to_string()
    }
}

/// Colours a plain traceback (or any error report made of its kinds of line); lines
/// of other kinds (source lines, miette's report) are left as they are.
pub fn traceback(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            let (body, end) = match line.strip_suffix('\n') {
                Some(b) => (b, "\n"),
                None => (line, ""),
            };
            format!("{}{end}", colour_line(body))
        })
        .collect()
}

/// One line of a traceback, coloured by its kind.
fn colour_line(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("  File \"") {
        return file_line(rest).unwrap_or_else(|| line.to_string());
    }
    let trimmed = line.trim_start();
    if let Some(hint) = trimmed.strip_prefix("help: ") {
        let indent = &line[..line.len() - trimmed.len()];
        return format!("{indent}{HELP}help:{RESET} {hint}");
    }
    if !trimmed.is_empty() && trimmed.chars().all(|c| c == '~' || c == '^') {
        let indent = &line[..line.len() - trimmed.len()];
        return format!("{indent}{}", carets(trimmed));
    }
    match final_line(line) {
        Some((kind, message)) => format!("{FOCUS}{kind}{RESET}{MESSAGE}{message}{RESET}"),
        None => line.to_string(),
    }
}

/// `x.py", line 3, in f` (after `  File "`) with the file, line and function coloured.
fn file_line(rest: &str) -> Option<String> {
    let (file, rest) = rest.split_once("\", line ")?;
    let (number, func) = match rest.split_once(", in ") {
        Some((n, f)) => (n, Some(f)),
        None => (rest, None),
    };
    let mut out = format!("  File \"{LOCATION}{file}{RESET}\", line {LOCATION}{number}{RESET}");
    if let Some(f) = func {
        out.push_str(&format!(", in {LOCATION}{f}{RESET}"));
    }
    Some(out)
}

/// A run of `~` and `^`, each part in its colour.
fn carets(marks: &str) -> String {
    let mut out = String::new();
    let mut rest = marks;
    while let Some(c) = rest.chars().next() {
        let n = rest.find(|d| d != c).unwrap_or(rest.len());
        let colour = if c == '^' { FOCUS } else { RANGE };
        out.push_str(&format!("{colour}{}{RESET}", &rest[..n]));
        rest = &rest[n..];
    }
    out
}

/// The exception's type and the rest of a final `Type: message` line (a dotted name
/// at the margin, then `: ` or the end of the line); None for other lines.
fn final_line(line: &str) -> Option<(&str, &str)> {
    let name_end = line
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(line.len());
    let (kind, rest) = line.split_at(name_end);
    let starts_well = kind.starts_with(|c: char| c.is_alphabetic() || c == '_');
    let is_error_name = kind.ends_with("Error")
        || kind.ends_with("Exception")
        || kind.ends_with("Interrupt")
        || kind.ends_with("Exit")
        || kind.ends_with("Warning")
        || kind.ends_with("Iteration")
        || rest.starts_with(": ");
    (starts_well && is_error_name && (rest.is_empty() || rest.starts_with(": ")))
        .then_some((kind, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// checks that each kind of traceback line gets its colours and that the text
    /// without the escape codes is the plain traceback.
    #[test]
    fn a_traceback_is_coloured_line_by_line() {
        let plain = "Traceback (most recent call last):\n  File \"t.py\", line 2, in f\n    x = a[1]\n        ~^^^\n  help: wrap it\nIndexError: list index out of range\n";
        let coloured = traceback(plain);
        assert!(coloured.contains(&format!("\"{LOCATION}t.py{RESET}\"")));
        assert!(coloured.contains(&format!("in {LOCATION}f{RESET}")));
        assert!(coloured.contains(&format!("{RANGE}~{RESET}{FOCUS}^^^{RESET}")));
        assert!(coloured.contains(&format!("{FOCUS}IndexError{RESET}")));
        assert!(coloured.starts_with("Traceback (most recent call last):\n"));
        let stripped: String = strip(&coloured);
        assert_eq!(stripped, plain);
    }

    /// Removes the escape codes of `s`.
    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for d in chars.by_ref() {
                    if d == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
