//! The compiler: AST → symbol table → [`crate::objects::code::Code`] objects.
//! [`compile_source`] (in `entry.rs`) is its entry point, from source text. The layer
//! between objects and the VM (docs/architecture.md).

mod blocks;
mod codegen;
mod entry;
mod expr;
mod operators;
mod peephole;
pub mod symtable;

pub use entry::{compile_source, Mode, SourceError, SourceFault};

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
