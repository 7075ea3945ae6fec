//! The one way from source text to a code object: [`compile_source`] parses the text
//! in one of CPython's three `compile()` modes and compiles the result. Every caller
//! (the command line, the REPL, `eval`/`exec`/`compile`, the Python-written parts of
//! the built-in modules) goes through it, and gets a [`SourceError`] that front ends
//! render and builtins raise as a `SyntaxError`.

use std::rc::Rc;

use super::{codegen, CompileError};
use crate::objects::code::Code;
use crate::objects::ExcKind;
use crate::source::{SourceFile, Span};
use crate::syntax::{self, SyntaxError, SyntaxErrorKind};

/// What the source text is, as `compile()`'s `mode` argument says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `'exec'`: a module; its code returns None.
    Exec,
    /// `'eval'`: one expression; its code returns the expression's value.
    Eval,
    /// `'single'`: REPL input; expression statements print their value's repr.
    Interactive,
}

impl Mode {
    /// The mode named by `compile()`'s `mode` argument (`'exec'`, `'eval'`, `'single'`).
    pub fn from_name(name: &str) -> Option<Mode> {
        match name {
            "exec" => Some(Mode::Exec),
            "eval" => Some(Mode::Eval),
            "single" => Some(Mode::Interactive),
            _ => None,
        }
    }
}

/// Which stage rejected the source.
#[derive(Clone, Debug)]
pub enum SourceFault {
    /// The parser (including the layout pass and the nesting limit).
    Syntax(SyntaxError),
    /// The compiler (`'return' outside function`, a bad `nonlocal`, ...).
    Compile(CompileError),
}

/// Why source text did not compile: the error, and the source it points into.
#[derive(Clone, Debug)]
pub struct SourceError {
    /// The parse or compile error.
    pub fault: SourceFault,
    /// The source, named as given to [`compile_source`].
    pub source: Rc<SourceFile>,
    /// The mode it was compiled in.
    pub mode: Mode,
}

impl SourceError {
    /// CPython's message, e.g. "invalid syntax" or "'return' outside function".
    pub fn message(&self) -> &str {
        match &self.fault {
            SourceFault::Syntax(e) => &e.message,
            SourceFault::Compile(e) => &e.message,
        }
    }

    /// The offending byte range of the source.
    pub fn span(&self) -> Span {
        match &self.fault {
            SourceFault::Syntax(e) => e.span,
            SourceFault::Compile(e) => e.span,
        }
    }

    /// The exception class to raise: SyntaxError, IndentationError or TabError.
    pub fn exc_kind(&self) -> ExcKind {
        match &self.fault {
            SourceFault::Syntax(e) => match e.kind {
                SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
                SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
                SyntaxErrorKind::TabError => ExcKind::TabError,
            },
            SourceFault::Compile(_) => ExcKind::SyntaxError,
        }
    }

    /// The 1-based line and 1-based column (in characters) of byte `pos`.
    pub fn position(&self, pos: u32) -> (usize, usize) {
        let line = self.source.line_of(pos);
        let start = self.source.line_start(line);
        let end = (pos as usize).clamp(start, self.source.text.len());
        let column = self
            .source
            .text
            .get(start..end)
            .map_or(0, |s| s.chars().count());
        (line, column + 1)
    }

    /// The text of the offending line, as CPython's `SyntaxError.text`: with its
    /// newline if it has one (always in [`Mode::Exec`], where CPython appends a newline
    /// to the source); None for errors found by the compiler (CPython gives None there
    /// too when compiling a string).
    pub fn line_text(&self) -> Option<String> {
        let SourceFault::Syntax(e) = &self.fault else {
            return None;
        };
        let start = self.source.line_start(self.source.line_of(e.span.start));
        let rest = &self.source.text[start..];
        let line = rest.split_inclusive('\n').next().unwrap_or("");
        let text = line.trim_end_matches(['\n', '\r']);
        let newline = line.ends_with('\n') || self.mode == Mode::Exec;
        Some(format!("{text}{}", if newline { "\n" } else { "" }))
    }
}

/// Parses and compiles `text` in `mode` into a `<module>` code object whose
/// `co_filename` (and tracebacks) show `filename`.
pub fn compile_source(text: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, SourceError> {
    let source = Rc::new(SourceFile::new(filename, text));
    let fail = |fault| SourceError {
        fault,
        source: source.clone(),
        mode,
    };
    let compiled = match mode {
        Mode::Exec | Mode::Interactive => {
            let module = syntax::parse(text).map_err(|e| fail(SourceFault::Syntax(e)))?;
            codegen::compile_module(&module, source.clone(), mode == Mode::Interactive)
        }
        Mode::Eval => {
            let expr = syntax::parse_expression(text).map_err(|e| fail(SourceFault::Syntax(e)))?;
            codegen::compile_expression(&expr, source.clone())
        }
    };
    compiled.map_err(|e| fail(SourceFault::Compile(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::Value;
    use crate::vm::output::Output;

    /// Runs `code` in a fresh namespace: what it returned, and what it printed.
    fn run(code: Rc<Code>) -> (Value, String) {
        let mut vm = crate::build_vm(vec![], Output::captured());
        let globals = Rc::default();
        let value = vm.run_module(code, globals).expect("runs");
        vm.out.flush();
        (value, vm.out.take_captured())
    }

    fn syntax_message(text: &str, mode: Mode) -> String {
        match compile_source(text, "t.py", mode) {
            Err(e) => e.message().to_string(),
            Ok(_) => panic!("{text:?} compiled"),
        }
    }

    #[test]
    fn exec_returns_none_and_names_the_file() {
        let code = compile_source("x = 1\nprint(x + 1)\n", "f.py", Mode::Exec).unwrap();
        assert_eq!(&*code.name, "<module>");
        assert_eq!(&*code.source.name, "f.py");
        let (value, out) = run(code);
        assert!(matches!(value, Value::None));
        assert_eq!(out, "2\n");
    }

    #[test]
    fn exec_does_not_echo_expressions() {
        let (_, out) = run(compile_source("1 + 2\n", "f", Mode::Exec).unwrap());
        assert_eq!(out, "");
    }

    #[test]
    fn eval_returns_the_value() {
        let (value, _) = run(compile_source("1 + 2", "f", Mode::Eval).unwrap());
        assert!(matches!(value, Value::Int(3)));
        let (value, _) =
            run(compile_source("[x * x for x in range(4)][-1]\n\n", "f", Mode::Eval).unwrap());
        assert!(matches!(value, Value::Int(9)));
    }

    #[test]
    fn eval_takes_a_bare_tuple() {
        let (value, _) = run(compile_source("1, 2,", "f", Mode::Eval).unwrap());
        let Value::Tuple(ref items) = value else {
            panic!("not a tuple")
        };
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn eval_rejects_statements_and_empty_input() {
        for text in ["x = 1", "1\n2", "", "*a,", "yield 1", "x := 1", "1;"] {
            assert_eq!(
                syntax_message(text, Mode::Eval),
                "invalid syntax",
                "{text:?}"
            );
        }
        assert_eq!(
            syntax_message("(yield)", Mode::Eval),
            "'yield' outside function"
        );
    }

    #[test]
    fn interactive_echoes_expression_statements() {
        let code = compile_source("x = 5\nx * 2\nNone\n'a'\n", "<stdin>", Mode::Interactive);
        let (value, out) = run(code.unwrap());
        assert!(matches!(value, Value::None));
        assert_eq!(out, "10\n'a'\n");
    }

    #[test]
    fn errors_carry_kind_position_and_text() {
        let e = compile_source("x = 1\n  y = 2\n", "f.py", Mode::Exec).unwrap_err();
        assert_eq!(e.exc_kind(), ExcKind::IndentationError);
        assert_eq!(e.message(), "unexpected indent");
        assert_eq!(e.position(e.span().start).0, 2);
        assert_eq!(e.line_text().as_deref(), Some("  y = 2\n"));
        let e = compile_source("a b", "f.py", Mode::Exec).unwrap_err();
        assert_eq!(e.line_text().as_deref(), Some("a b\n"));
        let e = compile_source("a b", "f.py", Mode::Eval).unwrap_err();
        assert_eq!(e.line_text().as_deref(), Some("a b"));
        let e = compile_source("(a b)\r\n\n", "f.py", Mode::Interactive).unwrap_err();
        assert_eq!(e.line_text().as_deref(), Some("(a b)\n"));
        assert_eq!(&*e.source.name, "f.py");

        let e = compile_source("é = 1\nreturn 3\n", "f.py", Mode::Exec).unwrap_err();
        assert!(matches!(e.fault, SourceFault::Compile(_)));
        assert_eq!(e.message(), "'return' outside function");
        assert_eq!(e.position(e.span().start), (2, 1));
        assert_eq!(e.position(e.span().end), (2, 9));
        assert_eq!(e.line_text(), None);
    }

    #[test]
    fn mode_names_are_cpythons() {
        assert_eq!(Mode::from_name("exec"), Some(Mode::Exec));
        assert_eq!(Mode::from_name("eval"), Some(Mode::Eval));
        assert_eq!(Mode::from_name("single"), Some(Mode::Interactive));
        assert_eq!(Mode::from_name("interactive"), None);
    }
}
