//! The compiler: AST → symbol table → [`crate::objects::code::Code`] objects.

mod blocks;
mod codegen;
mod expr;
mod operators;
mod peephole;
pub mod symtable;

pub use codegen::compile_module;

use crate::source::Span;

/// A SyntaxError found after parsing (`'return' outside function`, bad `nonlocal`, ...).
#[derive(Debug, Clone)]
pub struct CompileError {
    /// CPython's message.
    pub message: String,
    /// Where.
    pub span: Span,
}

impl From<symtable::SymError> for CompileError {
    fn from(e: symtable::SymError) -> CompileError {
        CompileError {
            message: e.message,
            span: e.span,
        }
    }
}
