//! TEMPORARY stub until the parser lands.
pub mod ast;

/// Stub.
#[derive(Debug)]
pub struct SyntaxError {
    /// kind
    pub kind: SyntaxErrorKind,
    /// msg
    pub message: String,
    /// span
    pub span: ast::Span,
    /// incomplete
    pub incomplete: bool,
}
/// Stub.
#[derive(Debug)]
pub enum SyntaxErrorKind {
    /// s
    SyntaxError,
}
impl SyntaxErrorKind {
    /// n
    pub fn name(&self) -> &'static str {
        "SyntaxError"
    }
}
/// Stub.
pub fn parse(_s: &str) -> Result<ast::Module, SyntaxError> {
    Ok(ast::Module { body: vec![] })
}
