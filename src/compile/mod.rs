//! The compiler: AST → symbol table → [`code::Code`] objects.

mod blocks;
pub mod code;
mod codegen;
mod expr;
mod peephole;
pub mod symtable;

use std::rc::Rc;

pub use codegen::compile_module;

use crate::syntax::ast::Span;

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

/// Shared handle to compiled code.
pub type CodeRef = Rc<code::Code>;
