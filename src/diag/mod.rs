//! Diagnostics: syntax and compile errors rendered by miette with the source span, and
//! the final CPython-style `SyntaxError: message` line; traceback text in
//! [`traceback`]. A front end: it may name every layer (docs/architecture.md).

pub mod suggest;
pub mod traceback;

use std::io::IsTerminal;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};

use crate::compile::{CompileError, SourceError, SourceFault};
use crate::source::SourceFile;
use crate::source::Span;
use crate::syntax::SyntaxError;

/// A syntax-family error as miette sees it.
#[derive(Debug)]
struct SyntaxDiagnostic {
    message: String,
    label: String,
    help: Option<String>,
    span: SourceSpan,
    source: NamedSource<String>,
}

impl std::fmt::Display for SyntaxDiagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxDiagnostic {}

impl Diagnostic for SyntaxDiagnostic {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(self.label.clone()),
            self.span,
        ))))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h.clone()) as Box<dyn std::fmt::Display>)
    }
}

fn handler() -> GraphicalReportHandler {
    let theme = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme).with_width(100)
}

fn render(src: &SourceFile, kind: &str, message: &str, span: Span, help: Option<String>) -> String {
    let len = src.text.len();
    let start = (span.start as usize).min(len);
    let end = (span.end as usize).clamp(start, len);
    let d = SyntaxDiagnostic {
        message: message.to_string(),
        label: "here".into(),
        help,
        span: SourceSpan::new(start.into(), end - start),
        source: NamedSource::new(&*src.name, src.text.to_string()),
    };
    let mut out = String::new();
    if handler().render_report(&mut out, &d).is_err() {
        out.clear();
    }
    let line = src.line_of(start as u32);
    format!(
        "  File \"{}\", line {line}\n{out}{kind}: {message}\n",
        src.name
    )
}

/// Renders a parse error: the miette report, then `SyntaxError: ...` (or
/// IndentationError / TabError).
pub fn render_syntax_error(src: &SourceFile, e: &SyntaxError) -> String {
    let help = (e.message == "expected ':'")
        .then(|| "a block header (def, if, for, while, class, ...) ends with ':'".to_string());
    render(src, e.kind.name(), &e.message, e.span, help)
}

/// Renders a SyntaxError found by the compiler (`'return' outside function`, ...).
pub fn render_compile_error(src: &SourceFile, e: &CompileError) -> String {
    render(src, "SyntaxError", &e.message, e.span, None)
}

/// Renders whatever [`crate::compile::compile_source`] rejected, against its source.
pub fn render_source_error(e: &SourceError) -> String {
    match &e.fault {
        SourceFault::Syntax(s) => render_syntax_error(&e.source, s),
        SourceFault::Compile(c) => render_compile_error(&e.source, c),
    }
}
