//! Diagnostics: syntax and compile errors rendered by miette with the source span, and
//! the final CPython-style `SyntaxError: message` line; traceback text in
//! [`traceback`]. A front end: it may name every layer (docs/architecture.md).

mod carets;
pub mod colour;
pub mod suggest;
pub mod traceback;

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
    source: ShownSource,
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
    let theme = if colour::on_stderr() {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme).with_width(100)
}

/// Lines at most this long are shown whole; a longer one is clipped to
/// `CLIP_CONTEXT` bytes either side of the error (miette cannot lay out columns past
/// 65535, and nobody reads them).
const LONGEST_SHOWN_LINE: usize = 240;
const CLIP_CONTEXT: usize = 80;

/// The source as miette shows it: the file's text, or the text with the error's line
/// clipped around the error (`...` marking what was cut), reporting the columns of
/// that line as they are in the file.
#[derive(Debug)]
struct ShownSource {
    source: NamedSource<String>,
    /// The clipped line (0-based), the bytes of it cut at the left, and the length of
    /// the `...` that replaces them.
    clip: Option<(usize, usize, usize)>,
}

impl miette::SourceCode for ShownSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let c = self.source.read_span(span, before, after)?;
        match self.clip {
            // Only a read without context lines starts mid-line (column > 0).
            Some((line, cut, head)) if c.line() == line && c.column() >= head => {
                Ok(Box::new(miette::MietteSpanContents::new_named(
                    self.source.name().to_string(),
                    c.data(),
                    *c.span(),
                    c.line(),
                    c.column() - head + cut,
                    c.line_count(),
                )))
            }
            _ => Ok(c),
        }
    }
}

/// What miette shows of `src` for an error at `start..end`, and that range in it.
fn shown_source(src: &SourceFile, start: usize, end: usize) -> (ShownSource, usize, usize) {
    let text = &*src.text;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if line_end - line_start <= LONGEST_SHOWN_LINE {
        let source = NamedSource::new(&*src.name, text.to_string());
        return (ShownSource { source, clip: None }, start, end);
    }
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(start.saturating_sub(CLIP_CONTEXT).max(line_start));
    let end = end.min(line_end);
    let to = floor((end.max(start + 1) + CLIP_CONTEXT).min(line_end));
    let head = if from > line_start { "..." } else { "" };
    let tail = if to < line_end { "..." } else { "" };
    let shown = format!(
        "{}{head}{}{tail}{}",
        &text[..line_start],
        &text[from..to],
        &text[line_end..]
    );
    let line = text[..line_start].matches('\n').count();
    let shown = ShownSource {
        source: NamedSource::new(&*src.name, shown),
        clip: Some((line, from - line_start, head.len())),
    };
    let shift = |i: usize| line_start + head.len() + i - from;
    (shown, shift(start), shift(end))
}

/// How a tab is drawn in the source of a syntax error: an arrow and the rest of a
/// four-column stop, so a mix of tabs and spaces (a TabError, an IndentationError)
/// can be seen.
const TAB_SHOWN: &str = "→   ";

/// `src` with its tabs drawn as [`TAB_SHOWN`], and `offset` moved to where the
/// same byte is in that text.
fn with_tabs_shown(src: &SourceFile, offsets: [usize; 2]) -> (SourceFile, [usize; 2]) {
    let text = src.text.replace('\t', TAB_SHOWN);
    let moved = offsets.map(|o| o + src.text[..o].matches('\t').count() * (TAB_SHOWN.len() - 1));
    (SourceFile::new(&src.name, &text), moved)
}

fn render(src: &SourceFile, kind: &str, message: &str, span: Span, help: Option<String>) -> String {
    let len = src.text.len();
    // A span may end inside a character (one byte past an invalid one): widen it to
    // whole characters.
    let at_char = |i: usize| src.text.is_char_boundary(i);
    let start = (span.start as usize).min(len);
    let start = (0..=start).rev().find(|&i| at_char(i)).unwrap_or(0);
    let end = (span.end as usize).clamp(start, len);
    let end = (end..=len).find(|&i| at_char(i)).unwrap_or(len);
    let (drawn, [drawn_start, drawn_end]) = with_tabs_shown(src, [start, end]);
    let (mut shown, shown_start, shown_end) = shown_source(&drawn, drawn_start, drawn_end);
    // The header's column counts the file's bytes, not the drawn tabs' (a clipped
    // line already reports the file's columns).
    let line = src.text[..start].matches('\n').count();
    let line_tabs = src.text[src.line_start(line + 1)..start]
        .matches('\t')
        .count();
    if shown.clip.is_none() && line_tabs > 0 {
        shown.clip = Some((line, 0, line_tabs * (TAB_SHOWN.len() - 1)));
    }
    // The message and the file are printed once, by CPython's lines around the
    // report: the report's own header names the kind, and its label the place.
    let d = SyntaxDiagnostic {
        message: kind.to_string(),
        label: "here".into(),
        help,
        span: SourceSpan::new(shown_start.into(), shown_end - shown_start),
        source: shown,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// checks that a tab in the line of a syntax error is drawn as an arrow, with the
    /// caret still under the error and the header's column the file's.
    #[test]
    fn a_tab_is_drawn_in_a_syntax_error() {
        let src = SourceFile::new("t.py", "def f():\n\tx = (1 +)\n");
        let at = src.text.rfind(')').unwrap_or(0);
        let text = render(
            &src,
            "SyntaxError",
            "invalid syntax",
            Span::new(at, at + 1),
            None,
        );
        assert!(text.contains("→   x = (1 +)"), "{text}");
        assert!(text.contains("t.py:2:10"), "{text}");
        let caret_line = text.lines().find(|l| l.contains('┬')).unwrap_or("");
        let code_line = text.lines().find(|l| l.contains("x = (1 +)")).unwrap_or("");
        let col = |l: &str, c: char| l.chars().position(|x| x == c);
        assert_eq!(col(caret_line, '┬'), col(code_line, ')'), "{text}");
    }
}
