//! Teaching views: how generators work inside: the disassembler and the tracer. A front end
//! (docs/architecture.md).

pub mod dis;
pub mod trace;
